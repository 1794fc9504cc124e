// SPDX-License-Identifier: Apache-2.0
// Succession planning over a population: rank 10,000 (generated) physicians
// for the hospital CMO and VPMA roles, and show where the population falls short.
#include <careergraph/builtin.hpp>
#include <careergraph/population.hpp>
#include <careergraph/ranking.hpp>
#include <careergraph/synthetic.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <string>

namespace cg = careergraph;

namespace {

std::string item_name(const cg::model& m, cg::role_index role, const cg::item_gap& gap) {
    const auto& r = m.at(role);
    switch (gap.kind) {
        case cg::item_kind::competency:
            return m.at(m.index_of(r.competencies[gap.position].competency)).name;
        case cg::item_kind::credential: {
            std::string names;
            for (const auto& id : r.credentials[gap.position].any_of)
                names += (names.empty() ? "" : " or ") + id.value();
            return "credential: " + names;
        }
        case cg::item_kind::experience: {
            const auto& e = r.experience[gap.position];
            std::string what;
            for (const auto& t : e.tags) what += (what.empty() ? "" : ", ") + t;
            for (const auto& id : e.roles) what += (what.empty() ? "" : ", ") + id.value();
            return "experience: " + std::to_string(static_cast<int>(e.years)) + " years in " + what;
        }
    }
    return {};
}

}  // namespace

int main() {
    const cg::model& m = cg::physician_leadership();
    const auto people = cg::synthetic::make_population(m, {.people = 10'000, .seed = 42});

    const auto start = std::chrono::steady_clock::now();
    const cg::population population{m, people};
    const std::array roles{m.index_of(cg::role_id{"cmo-hospital"}), m.index_of(cg::role_id{"vpma"})};
    const auto top = population.top_candidates(roles, 5);
    const auto gaps = population.gaps(roles[0]);
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;

    std::printf("Succession: %zu generated physicians, %zu roles considered (%.1f ms on %u threads)\n",
                population.size(), roles.size(), took.count(), population.threads());
    for (std::size_t k = 0; k < roles.size(); ++k) {
        std::printf("\nTop candidates for %s\n", m.at(roles[k]).name.c_str());
        for (std::size_t i = 0; i < top[k].size(); ++i) {
            const auto& c = top[k][i];
            std::printf("  %zu. %-9s %5.1f%%  %-9s (now %s)\n", i + 1, population.id(c.person).value().c_str(),
                        100 * c.score, c.eligible ? "eligible" : "not yet",
                        m.at(population.current_role(c.person)).id.value().c_str());
        }
    }
    std::printf("\nWhere the population falls short of %s (mean points lost per person)\n",
                m.at(roles[0]).name.c_str());
    for (std::size_t i = 0; i < std::min<std::size_t>(8, gaps.items.size()); ++i)
        std::printf("  %5.2f  %s\n", 100 * gaps.items[i].shortfall_mean,
                    item_name(m, roles[0], gaps.items[i]).c_str());
    return 0;
}
