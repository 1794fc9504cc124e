// SPDX-License-Identifier: Apache-2.0
// The people and targets the planner benchmarks plan for, shared with the
// per-question harness (scripts/perf/planner-questions), which must ask the
// same questions as BM_medium_plan.
#pragma once

#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/synthetic.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace careergraph::bench {

/// A population with one target per person (never the start role), fixed by the seed.
struct workload {
    std::unique_ptr<model> owned;
    const model* m = nullptr;
    std::vector<profile> people;
    std::vector<std::vector<role_index>> targets;
};

inline workload make_workload(const model& m, std::size_t people, std::uint64_t seed,
                              const std::vector<role_index>& fixed_targets = {}) {
    workload w;
    w.m = &m;
    w.people = synthetic::make_population(m, {.people = people, .seed = seed});
    synthetic::detail::rng g(seed * 7919 + 1);
    for (const auto& p : w.people) {
        if (!fixed_targets.empty()) {
            w.targets.push_back(fixed_targets);
            continue;
        }
        const auto start = m.index_of(p.current_role);
        role_index t = start;
        while (t == start) t = role_index{static_cast<std::uint32_t>(g.below(m.role_count()))};
        w.targets.push_back({t});
    }
    return w;
}

/// The 1,000-role model, with `feeders` percent of its experience items naming
/// the role's feeders (synthetic::model_options::experience_from_feeders), and
/// `people` questions (any sample starts with the same questions: the first
/// 100 of the benchmark's 400 are the earlier sessions' sample).
inline workload make_medium_workload(std::size_t feeders, std::size_t people) {
    auto m = std::make_unique<model>(synthetic::make_model({.roles = 1000,
                                                            .competencies = 50,
                                                            .credentials = 60,
                                                            .transitions = 10000,
                                                            .experience_from_feeders = feeders,
                                                            .seed = 42}));
    auto out = make_workload(*m, people, 43);
    out.owned = std::move(m);
    return out;
}

}  // namespace careergraph::bench
