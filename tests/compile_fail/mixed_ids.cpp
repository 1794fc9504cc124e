// SPDX-License-Identifier: Apache-2.0
// Must not compile with CAREERGRAPH_COMPILE_FAIL: ids of different entities do not mix.
#include <careergraph/strong_id.hpp>

int main() {
    careergraph::role_id role{"cmo-hospital"};
    careergraph::competency_id competency{"finance.pnl"};
#ifdef CAREERGRAPH_COMPILE_FAIL
    return role == competency ? 0 : 1;
#else
    return role.value() == competency.value() ? 0 : 1;
#endif
}
