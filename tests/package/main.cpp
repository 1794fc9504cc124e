// SPDX-License-Identifier: Apache-2.0
#include <careergraph/io/json.hpp>
#include <careergraph/model_builder.hpp>

#include <iostream>

int main() {
    namespace cg = careergraph;
    const cg::model m = cg::model_builder{}
                            .add(cg::role{.id = cg::role_id{"a"}, .name = "A"})
                            .add(cg::role{.id = cg::role_id{"b"}, .name = "B"})
                            .add(cg::transition{.from = cg::role_id{"a"}, .to = cg::role_id{"b"}})
                            .build();
    const cg::model again = cg::io::parse_model(cg::io::to_json(m));
    std::cout << "consumer: " << again.role_count() << " roles, " << again.transition_count()
              << " transition\n";
    return again.data() == m.data() ? 0 : 1;
}
