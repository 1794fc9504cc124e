// SPDX-License-Identifier: Apache-2.0
// Must not compile with CAREERGRAPH_COMPILE_FAIL: a competency index is not a role index.
#include <careergraph/strong_id.hpp>

int main() {
    careergraph::competency_index c{3};
#ifdef CAREERGRAPH_COMPILE_FAIL
    careergraph::role_index r = c;
#else
    careergraph::role_index r{c.value()};
#endif
    return static_cast<int>(r.value()) - 3;
}
