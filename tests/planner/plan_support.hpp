// SPDX-License-Identifier: Apache-2.0
// Test support for the planner: the cases' argument lists, an independent check
// that a returned walk is a legal answer, and brute-force enumeration of walks.
#pragma once

#include <careergraph/detail/compare.hpp>
#include <careergraph/model.hpp>
#include <careergraph/planner.hpp>
#include <careergraph/profile.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace cgtest {

/// A plan question as the command line spells it.
struct plan_question {
    std::vector<careergraph::role_index> targets;
    careergraph::plan_options options;
};

inline std::vector<std::string> split_commas(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) out.push_back(item);
    return out;
}

/// Parses `--to A,B --objective O --alternatives K --max-years Y --max-steps N
/// --exclude a,b --settings s,t`.
inline plan_question parse_plan_args(const careergraph::model& m,
                                     const std::vector<std::string>& args) {
    plan_question q;
    for (std::size_t i = 0; i < args.size(); i += 2) {
        if (i + 1 >= args.size()) throw std::runtime_error("missing value after " + args[i]);
        const auto& key = args[i];
        const auto& value = args[i + 1];
        if (key == "--to") {
            for (const auto& id : split_commas(value))
                q.targets.push_back(m.index_of(careergraph::role_id{id}));
        } else if (key == "--objective") {
            q.options.objective = careergraph::plan_objective_from_string(value).value();
        } else if (key == "--alternatives") {
            q.options.alternatives = std::stoul(value);
        } else if (key == "--max-years") {
            q.options.max_years = std::stod(value);
        } else if (key == "--max-steps") {
            q.options.max_steps = std::stoul(value);
        } else if (key == "--exclude") {
            for (const auto& id : split_commas(value))
                q.options.exclude.push_back(m.index_of(careergraph::role_id{id}));
        } else if (key == "--settings") {
            q.options.settings = split_commas(value);
        } else {
            throw std::runtime_error("unknown plan argument " + key);
        }
    }
    return q;
}

/// Whether the walk may enter `r` under the options (the start role is exempt
/// from the settings filter, not from exclusion).
inline bool may_enter(const careergraph::model& m, careergraph::role_index start,
                      careergraph::role_index r, const careergraph::plan_options& o) {
    if (std::find(o.exclude.begin(), o.exclude.end(), r) != o.exclude.end()) return false;
    if (o.settings.empty() || r == start) return true;
    const auto& s = m.at(r).setting;
    return s && std::find(o.settings.begin(), o.settings.end(), *s) != o.settings.end();
}

inline bool is_target(std::span<const careergraph::role_index> targets, careergraph::role_index r) {
    return std::find(targets.begin(), targets.end(), r) != targets.end();
}

/// Why `plan` is not a legal answer to the question, or nullopt: it starts at
/// the current role, follows real transitions, ends at its first target, keeps
/// every constraint, and re-simulates to exactly its own numbers.
inline std::optional<std::string> walk_problem(const careergraph::model& m,
                                               const careergraph::profile& person,
                                               std::span<const careergraph::role_index> targets,
                                               const careergraph::plan_options& o,
                                               const careergraph::career_plan& plan) {
    using careergraph::detail::less12;
    const auto start = m.index_of(person.current_role);
    const auto& walk = plan.roles;
    if (walk.empty()) return "empty walk";
    if (walk.front() != start) return "does not start at the current role";
    if (!is_target(targets, walk.back())) return "does not end at a target";
    for (std::size_t i = 0; i + 1 < walk.size(); ++i)
        if (is_target(targets, walk[i]))
            return "passes through a target at position " + std::to_string(i);
    if (plan.steps.size() + 1 != walk.size()) return "step count does not match the walk";
    for (std::size_t i = 1; i < walk.size(); ++i) {
        const auto t = m.find_transition(walk[i - 1], walk[i]);
        if (!t) return "no transition at step " + std::to_string(i);
        if (plan.steps[i - 1].transition != *t || plan.steps[i - 1].from != walk[i - 1] ||
            plan.steps[i - 1].to != walk[i])
            return "step " + std::to_string(i) + " names the wrong transition";
        if (!may_enter(m, start, walk[i], o))
            return "enters a forbidden role at step " + std::to_string(i);
    }
    if (o.max_steps && plan.steps.size() > *o.max_steps) return "too many steps";
    if (o.max_years && less12(*o.max_years, plan.years)) return "too many years";
    if (o.alternatives > 0) {
        auto sorted = walk;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
            return "not a simple path";
    }
    const auto again = careergraph::simulate(m, person, walk);
    if (!again) return "re-simulation says infeasible";
    if (!(*again == plan)) return "re-simulation gives other numbers";
    double effort = 0.0;
    double years = 0.0;
    for (const auto& s : plan.steps) {
        effort += s.effort;
        years += s.years;
    }
    if (std::fabs(effort - plan.effort) > 1e-9 || std::fabs(years - plan.years) > 1e-9)
        return "totals are not the sums of the steps";
    return std::nullopt;
}

/// A walk with its simulated cost, from brute-force enumeration.
struct enumerated_walk {
    std::vector<careergraph::role_index> roles;
    double effort = 0.0;
    double years = 0.0;
};

/// Every feasible walk from the current role within the constraints, up to
/// `max_length` steps, ending at its first target (`complete`) or anywhere
/// before one (`prefixes`, the start included), each priced by `simulate`.
/// `simple` keeps paths with no role twice.
inline void enumerate_walks(const careergraph::model& m, const careergraph::profile& person,
                            std::span<const careergraph::role_index> targets,
                            const careergraph::plan_options& o, std::size_t max_length, bool simple,
                            std::vector<enumerated_walk>& complete,
                            std::vector<enumerated_walk>* prefixes = nullptr) {
    using careergraph::detail::less12;
    const auto start = m.index_of(person.current_role);
    std::vector<careergraph::role_index> walk{start};
    std::function<void()> visit = [&] {
        const auto priced = careergraph::simulate(m, person, walk);
        if (!priced) return;
        if (o.max_years && less12(*o.max_years, priced->years)) return;
        if (o.max_steps && priced->steps.size() > *o.max_steps) return;
        const enumerated_walk here{walk, priced->effort, priced->years};
        if (is_target(targets, walk.back())) {
            complete.push_back(here);
            return;
        }
        if (prefixes) prefixes->push_back(here);
        if (walk.size() > max_length) return;
        for (const auto& e : m.out_transitions(walk.back())) {
            if (!may_enter(m, start, e.to, o)) continue;
            if (simple && std::find(walk.begin(), walk.end(), e.to) != walk.end()) continue;
            walk.push_back(e.to);
            visit();
            walk.pop_back();
        }
    };
    visit();
}

/// Orders walks by the objective's key: (effort, years, steps) or (years, effort, steps).
inline bool better_walk(const enumerated_walk& a, const enumerated_walk& b,
                        careergraph::plan_objective o) {
    using careergraph::detail::round12;
    const double a1 =
        o == careergraph::plan_objective::years ? round12(a.years) : round12(a.effort);
    const double b1 =
        o == careergraph::plan_objective::years ? round12(b.years) : round12(b.effort);
    const double a2 =
        o == careergraph::plan_objective::years ? round12(a.effort) : round12(a.years);
    const double b2 =
        o == careergraph::plan_objective::years ? round12(b.effort) : round12(b.years);
    if (a1 != b1) return a1 < b1;
    if (a2 != b2) return a2 < b2;
    return a.roles.size() < b.roles.size();
}

/// The Pareto front of the walks: (effort, years, steps) per non-dominated pair, by effort.
inline std::vector<enumerated_walk> pareto_front(std::vector<enumerated_walk> walks) {
    using careergraph::detail::round12;
    std::sort(walks.begin(), walks.end(), [](const auto& a, const auto& b) {
        return better_walk(a, b, careergraph::plan_objective::effort);
    });
    std::vector<enumerated_walk> front;
    for (const auto& w : walks)
        if (front.empty() || round12(w.years) < round12(front.back().years)) front.push_back(w);
    return front;
}

}  // namespace cgtest
