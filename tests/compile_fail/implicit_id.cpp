// SPDX-License-Identifier: Apache-2.0
// Must not compile with CAREERGRAPH_COMPILE_FAIL: ids are constructed explicitly,
// so a bare string cannot slip in where a role id is expected.
#include <careergraph/strong_id.hpp>

#include <string>

namespace {
bool is_cmo(const careergraph::role_id& r) { return r.value() == "cmo"; }
}  // namespace

int main() {
#ifdef CAREERGRAPH_COMPILE_FAIL
    return is_cmo(std::string("cmo")) ? 0 : 1;
#else
    return is_cmo(careergraph::role_id{"cmo"}) ? 0 : 1;
#endif
}
