// SPDX-License-Identifier: Apache-2.0
// The flagship example: the path from physician to Chief Medical Officer on the
// built-in physician-leadership model.
#include <careergraph/builtin.hpp>
#include <careergraph/model.hpp>

#include <cstdio>
#include <string>

int main() {
    const careergraph::model& m = careergraph::physician_leadership();
    std::printf("Model %s: %zu roles, %zu competencies, %zu credentials, %zu transitions\n\n",
                m.data().name.value_or("physician-leadership").c_str(), m.role_count(),
                m.competency_count(), m.credential_count(), m.transition_count());
    std::printf("Roles and where they lead:\n");
    for (std::uint32_t r = 0; r < m.role_count(); ++r) {
        const auto& role = m.at(careergraph::role_index{r});
        std::printf("  %-28s %-14s %s\n", role.id.value().c_str(),
                    role.setting.value_or("").c_str(), role.name.c_str());
        for (const auto& edge : m.out_transitions(careergraph::role_index{r})) {
            std::printf("      -> %-24s after %4.1f years, effort %5.1f\n",
                        m.at(edge.to).id.value().c_str(), edge.years, edge.effort);
        }
    }
    return 0;
}
