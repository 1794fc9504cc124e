// SPDX-License-Identifier: Apache-2.0
// The 100 questions of BM_medium_plan (bench/bench_planner.cpp), one by one:
// per question its expansions, answer and best time over REPS runs. The
// benchmark reports only percentiles; A/B comparisons of a change on the plans
// that decide the median are made here (docs/perf/planner.md).
//
//   planner_questions [objective 0|1|2] [label budget] [question]
//   env REPS (runs per question, best taken; default 1), FEEDERS (percent of
//   experience items naming feeders; default 0, the generator's default)
//
// A fresh process runs its first plans up to 1.5 times slower for five or six
// repetitions: compare builds with REPS=20, alternated.
#include "planner_workload.hpp"

#include <careergraph/planner.hpp>
#include <careergraph/readiness.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace careergraph;

namespace {

std::size_t env_or(const char* name, std::size_t fallback) {
    const char* v = std::getenv(name);
    return v == nullptr ? fallback : std::stoul(v);
}

}  // namespace

int main(int argc, char** argv) {
    const auto objective = static_cast<plan_objective>(argc > 1 ? std::stoi(argv[1]) : 0);
    const std::size_t budget = argc > 2 ? std::stoul(argv[2]) : 300000;
    const long only = argc > 3 ? std::stol(argv[3]) : -1;
    const std::size_t reps = std::max<std::size_t>(1, env_or("REPS", 1));
    // The same model, people and targets as bench_planner's BM_medium_plan.
    const auto w = careergraph::bench::make_medium_workload(env_or("FEEDERS", 0));
    const model& m = *w.m;
    const auto& people = w.people;
    const planner pl{m};
    std::vector<double> times;
    for (std::size_t k = 0; k < people.size(); ++k) {
        if (only >= 0 && static_cast<std::size_t>(only) != k) continue;
        const person_state person{m, people[k]};
        const auto& to = w.targets[k];
        bool open = false;
        for (auto t : to)
            for (const auto& item : m.experience_items(t))
                open = open || person.years(item.roles) < item.years;
        double best = 1e300;
        plan_result r;
        bool censored = false;
        for (std::size_t rep = 0; rep < reps; ++rep) {
            const auto start = std::chrono::steady_clock::now();
            try {
                r = pl.plan(people[k], to, {.objective = objective, .max_labels = budget});
                censored = false;
            } catch (const search_limit_error&) {
                censored = true;
            }
            const std::chrono::duration<double, std::micro> took =
                std::chrono::steady_clock::now() - start;
            best = std::min(best, took.count());
        }
        times.push_back(best);
        const bool found = !censored && r.feasible;
        std::printf("%3zu open=%d censored=%d feasible=%d expanded=%zu effort=%.3f years=%.3f steps=%zu us=%.0f\n",
                    k, open ? 1 : 0, censored ? 1 : 0, found ? 1 : 0,
                    censored ? std::size_t{0} : r.statistics.states_expanded,
                    found ? r.plans.front().effort : -1.0, found ? r.plans.front().years : -1.0,
                    found ? r.plans.front().roles.size() - 1 : std::size_t{0}, best);
    }
    if (times.size() > 1) {
        std::sort(times.begin(), times.end());
        const auto at = static_cast<std::size_t>(0.5 * static_cast<double>(times.size() - 1) + 0.5);
        std::printf("median_us %.0f\n", times[at]);
    }
}
