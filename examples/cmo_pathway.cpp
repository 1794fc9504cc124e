// SPDX-License-Identifier: Apache-2.0
// The flagship example: a mid-career hospitalist asks how to become a Chief
// Medical Officer, on the built-in physician-leadership model.
//
//   cmo_pathway [PROFILE.json]      (default: examples/data/hospitalist.json)
#include <careergraph/builtin.hpp>
#include <careergraph/io/json.hpp>
#include <careergraph/planner.hpp>
#include <careergraph/readiness.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace cg = careergraph;

namespace {

const char* id_of(const cg::model& m, cg::role_index r) { return m.at(r).id.value().c_str(); }

// What an explained item is about, in words.
std::string describe(const cg::model& m, cg::role_index role, const cg::item_explanation& item) {
    const auto& r = m.at(role);
    char buffer[256];
    switch (item.kind) {
        case cg::item_kind::competency: {
            const auto& c = m.at(m.index_of(r.competencies[item.position].competency));
            std::snprintf(buffer, sizeof buffer, "%s: level %.1f of %.1f", c.name.c_str(), item.have,
                          item.required);
            return buffer;
        }
        case cg::item_kind::credential: {
            std::string names;
            for (const auto& id : r.credentials[item.position].any_of)
                names += (names.empty() ? "" : " or ") + id.value();
            return "credential " + names + (item.held ? " (held)" : " (missing)");
        }
        case cg::item_kind::experience: {
            std::snprintf(buffer, sizeof buffer, "experience: %.1f of %.1f years", item.have, item.required);
            return buffer;
        }
    }
    return {};
}

void print_plan(const cg::model& m, const cg::career_plan& plan) {
    std::printf("  %zu steps, effort %.1f, %.1f years\n", plan.step_count(), plan.effort, plan.years);
    int n = 1;
    for (const auto& step : plan.steps) {
        std::printf("  %d. %s -> %s: %.1f years in role", n++, id_of(m, step.from), id_of(m, step.to),
                    step.tenure_years);
        if (step.wait_years > 0) std::printf(" + %.1f waiting for experience", step.wait_years);
        std::printf("; effort %.1f, %.1f years\n", step.effort, step.years);
        for (const auto& raise : step.competencies)
            std::printf("       raise %-32s %.1f -> %.1f  (effort %.1f)\n",
                        m.at(raise.competency).id.value().c_str(), raise.from, raise.to, raise.effort);
        for (const auto& c : step.credentials)
            std::printf("       earn  %-32s effort %.1f, %.1f years\n", m.at(c.credential).id.value().c_str(),
                        c.effort, c.years);
    }
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const cg::model& m = cg::physician_leadership();
        const std::string file = argc > 1 ? argv[1] : CAREERGRAPH_EXAMPLE_PROFILE;
        const cg::profile me = cg::io::load_profile(file, m);
        std::printf("%s, %s, as of %s\n", me.name.value_or(me.id.value()).c_str(), me.current_role.value().c_str(),
                    me.as_of.to_string().c_str());
        std::printf("Model: %s (%zu roles, %zu transitions)\n\n", m.data().name.value_or("").c_str(),
                    m.role_count(), m.transition_count());

        // 1. Readiness for the four Chief Medical Officer roles, with the top gaps.
        const std::array<const char*, 4> cmos{"cmo-hospital", "cmo-payer", "cmo-pharma", "cmo-public-health"};
        const cg::person_state person{m, me};
        std::printf("Readiness for the Chief Medical Officer roles\n");
        for (const char* id : cmos) {
            const auto role = m.index_of(cg::role_id{id});
            const auto r = cg::readiness_of(m, person, role);
            std::printf("  %-18s %5.1f%%  %s\n", id, 100 * r.score, r.eligible ? "eligible" : "not yet eligible");
            for (std::size_t i = 0; i < std::min<std::size_t>(3, r.items.size()); ++i)
                std::printf("      +%4.1f points  %s\n", 100 * r.items[i].shortfall,
                            describe(m, role, r.items[i]).c_str());
        }

        // 2. The effort-optimal plan to the hospital CMO role.
        const cg::planner planner{m};
        const auto target = m.index_of(cg::role_id{"cmo-hospital"});
        const auto best = planner.plan(me, std::span(&target, 1));
        std::printf("\nLeast-effort plan to cmo-hospital\n");
        if (!best.feasible) {
            std::printf("  no feasible plan\n");
            return 1;
        }
        print_plan(m, best.plans.front());

        // 3. The trade-off between effort and years.
        const auto front = planner.plan(me, std::span(&target, 1), {.objective = cg::plan_objective::pareto});
        std::printf("\nPareto options (least effort ... fewest years)\n");
        for (const auto& p : front.plans) {
            std::printf("  effort %6.1f  years %5.1f  via", p.effort, p.years);
            for (std::size_t i = 1; i + 1 < p.roles.size(); ++i) std::printf(" %s", id_of(m, p.roles[i]));
            std::printf("\n");
        }

        // 4. What a management degree would change: the same person with an MBA today.
        cg::profile with_mba = me;
        with_mba.credentials.push_back({cg::credential_id{"mba"}, me.as_of, {}, {}});
        const cg::person_state person_mba{m, with_mba};
        std::printf("\nWith an MBA\n");
        for (const char* id : cmos) {
            const auto role = m.index_of(cg::role_id{id});
            std::printf("  %-18s %5.1f%% -> %5.1f%%\n", id, 100 * cg::score_of(m, person, role).score,
                        100 * cg::score_of(m, person_mba, role).score);
        }
        const auto after = planner.plan(with_mba, std::span(&target, 1));
        if (after.feasible)
            std::printf("  least-effort plan to cmo-hospital: effort %.1f -> %.1f, years %.1f -> %.1f\n",
                        best.plans.front().effort, after.plans.front().effort, best.plans.front().years,
                        after.plans.front().years);
        return 0;
    } catch (const cg::error& e) {
        std::fprintf(stderr, "cmo_pathway: %s\n", e.what());
        return 2;
    }
}
