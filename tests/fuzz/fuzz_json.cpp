// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any bytes given to the JSON readers either load or raise
// careergraph::input_error — never a crash, a hang, or another exception.
#include <careergraph/error.hpp>
#include <careergraph/io/json.hpp>
#include <careergraph/model_builder.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

const careergraph::model& profile_model() {
    namespace cg = careergraph;
    static const cg::model m = [] {
        cg::model_builder b;
        b.add(cg::competency{.id = cg::competency_id{"finance.pnl"}, .name = "P&L"});
        b.add(cg::credential{.id = cg::credential_id{"md"}, .name = "MD", .valid_years = 2.0});
        b.add(cg::role{.id = cg::role_id{"attending"}, .name = "Attending"});
        return std::move(b).build();
    }();
    return m;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto m = careergraph::io::parse_model(text, "fuzz");
        // Whatever loads must save and load back to the same model.
        if (!(careergraph::io::parse_model(careergraph::io::to_json(m)).data() == m.data())) __builtin_trap();
    } catch (const careergraph::input_error&) {
    }
    try {
        (void)careergraph::io::parse_profiles(text, profile_model(), "fuzz");
    } catch (const careergraph::input_error&) {
    }
    return 0;
}
