// SPDX-License-Identifier: Apache-2.0
// The questions of BM_medium_plan (bench/bench_planner.cpp), one by one:
// per question its expansions, answer and best time over REPS runs. The
// benchmark reports only percentiles; A/B comparisons of a change on the plans
// that decide the median are made here (docs/perf/planner.md).
//
//   planner_questions [objective 0|1|2] [label budget >= 1] [question 0..PEOPLE-1]
//   env REPS (runs per question, best taken; default 1), FEEDERS (percent of
//   experience items naming feeders; default 0, the generator's default),
//   PEOPLE (questions, 1..100000; default 400, the benchmark's; any sample
//   starts with the same questions, so PEOPLE=100 asks the earlier sessions' 100)
//   Bad arguments: a message naming the argument, status 2 (check_arguments.sh).
//
// A fresh process runs its first plans up to 1.5 times slower for five or six
// repetitions: compare builds with REPS=20, alternated.
#include "planner_workload.hpp"

#include <careergraph/planner.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

using namespace careergraph;

namespace {

/// A whole non-negative number no larger than `most`, or nullopt.
std::optional<std::size_t> whole(const char* text, std::size_t most) {
    std::size_t value = 0;
    const char* end = text + std::strlen(text);
    const auto [at, error] = std::from_chars(text, end, value);
    if (error != std::errc{} || at != end || at == text || value > most) return std::nullopt;
    return value;
}

int usage(const std::string& problem) {
    std::fprintf(stderr,
                 "planner_questions: %s\n"
                 "usage: planner_questions [objective 0|1|2] [label budget >= 1] [question 0..PEOPLE-1]\n"
                 "env: REPS (runs per question, >= 1), FEEDERS (percent, 0..100), PEOPLE (1..100000)\n",
                 problem.c_str());
    return 2;
}

/// With FLUSH set, 64 MiB written before each run: the plan then starts with
/// the caches full of other data, as the benchmark's plans do after a plan
/// of another person (a censored one writes 16 MiB of pools).
void evict_caches() {
    static std::vector<unsigned char> junk(std::getenv("FLUSH") != nullptr ? std::size_t{64} << 20
                                                                           : 0);
    for (std::size_t i = 0; i < junk.size(); i += 64)
        junk[i] = static_cast<unsigned char>(junk[i] + 1);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 4) return usage("too many arguments");
    const auto objective = argc > 1 ? whole(argv[1], 2) : std::optional<std::size_t>{0};
    if (!objective) return usage(std::string("objective must be 0, 1 or 2, not '") + argv[1] + "'");
    const auto budget = argc > 2 ? whole(argv[2], std::size_t{1} << 40) : std::optional<std::size_t>{300000};
    if (!budget || *budget == 0)
        return usage(std::string("label budget must be a whole number >= 1, not '") + argv[2] + "'");
    const char* people_text = std::getenv("PEOPLE");
    const auto people_count =
        people_text == nullptr ? std::optional<std::size_t>{400} : whole(people_text, 100000);
    if (!people_count || *people_count == 0) return usage("PEOPLE must be a whole number, 1..100000");
    const auto only = argc > 3 ? whole(argv[3], *people_count - 1) : std::optional<std::size_t>{};
    if (argc > 3 && !only)
        return usage(std::string("question must be 0..") + std::to_string(*people_count - 1) +
                     ", not '" + argv[3] + "'");
    const char* reps_text = std::getenv("REPS");
    const auto reps = reps_text == nullptr ? std::optional<std::size_t>{1} : whole(reps_text, 100000);
    if (!reps || *reps == 0) return usage("REPS must be a whole number >= 1");
    const char* feeders_text = std::getenv("FEEDERS");
    const auto feeders = feeders_text == nullptr ? std::optional<std::size_t>{0} : whole(feeders_text, 100);
    if (!feeders) return usage("FEEDERS must be a percent, 0..100");
    // The same model, people and targets as bench_planner's BM_medium_plan.
    const auto w = careergraph::bench::make_medium_workload(*feeders, *people_count);
    const model& m = *w.m;
    const auto& people = w.people;
    const planner pl{m};
    std::vector<double> times;
    for (std::size_t k = 0; k < people.size(); ++k) {
        if (only && *only != k) continue;
        const auto& to = w.targets[k];
        const bool open = careergraph::bench::lacks_target_experience(m, people[k], to);
        double best = 1e300;
        plan_result r;
        bool censored = false;
        for (std::size_t rep = 0; rep < *reps; ++rep) {
            evict_caches();
            const auto start = std::chrono::steady_clock::now();
            try {
                r = pl.plan(people[k], to,
                            {.objective = static_cast<plan_objective>(*objective),
                             .max_labels = *budget});
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
        // The benchmark's own statistics (planner_workload.hpp).
        std::printf("median_us %.0f\n", careergraph::bench::quantile_of_sorted(times, 0.5));
        std::printf("under_5ms %.4f\n", careergraph::bench::share_below(times, 5000.0));
    }
}
