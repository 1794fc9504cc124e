// SPDX-License-Identifier: Apache-2.0
// The people and targets the planner benchmarks plan for, shared with the
// per-question harness (scripts/perf/planner-questions), which must ask the
// same questions as BM_medium_plan.
#pragma once

#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/readiness.hpp>
#include <careergraph/synthetic.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
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

/// Whether some target requires years the person lacks at the start, so that
/// the walk has to gather them (the benchmarks report such plans apart).
inline bool lacks_target_experience(const model& m, const profile& p,
                                    std::span<const role_index> targets) {
    const person_state person{m, p};
    for (auto t : targets)
        for (const auto& item : m.experience_items(t))
            if (person.years(item.roles) < item.years) return true;
    return false;
}

/// The `q` quantile of ascending `sorted` (not empty), by nearest rank: the
/// median reported is the value at rank round((n - 1) / 2).
inline double quantile_of_sorted(const std::vector<double>& sorted, double q) {
    const auto i = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(i, sorted.size() - 1)];
}

/// The share of ascending `sorted` (not empty) strictly below `limit`. Issue 4's
/// target, a median under 5 ms, is this share above one half at 5,000 µs.
inline double share_below(const std::vector<double>& sorted, double limit) {
    return static_cast<double>(std::lower_bound(sorted.begin(), sorted.end(), limit) -
                               sorted.begin()) /
           static_cast<double>(sorted.size());
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
