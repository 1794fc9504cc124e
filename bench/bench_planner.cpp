// SPDX-License-Identifier: Apache-2.0
// The planner family: personalised plans (effort, years, pareto) on the
// built-in model and on generated models, and the static gap-distance query
// beside a plain boost::dijkstra_shortest_paths over the same graph and weights.
//
// Per-plan latencies are timed one by one and reported as counters
// (median_us, p99_us), with the states expanded per plan; the benchmark's own
// time column is per iteration, one iteration planning once for every person
// of a fixed sample. Set CAREERGRAPH_BENCH_EXPORT=DIR to write the
// 100,000-role graph with its gap weights (edges.txt), the query sources
// (sources.txt) and our distances (distances.txt) for
// scripts/peers/networkx_paths.py.
#include <careergraph/builtin.hpp>
#include <careergraph/gap_distance.hpp>
#include <careergraph/planner.hpp>
#include <careergraph/synthetic.hpp>

#include "planner_workload.hpp"

#include <benchmark/benchmark.h>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

namespace {

using namespace careergraph;
using careergraph::bench::lacks_target_experience;
using careergraph::bench::make_medium_workload;
using careergraph::bench::make_workload;
using careergraph::bench::quantile_of_sorted;
using careergraph::bench::share_below;
using careergraph::bench::workload;

/// Latencies of single plans, summarised into counters at the end of a run.
class latency_log {
public:
    /// Times `f`, logs and returns the microseconds it took.
    template <class F>
    double time(F&& f) {
        const auto start = std::chrono::steady_clock::now();
        f();
        const auto stop = std::chrono::steady_clock::now();
        const double took = std::chrono::duration<double, std::micro>(stop - start).count();
        micros_.push_back(took);
        return took;
    }
    void add(double micros) { micros_.push_back(micros); }
    /// Writes median, p99 and max under `prefix` (e.g. "median_us", "open_median_us").
    void report(benchmark::State& state, const std::string& prefix = "") {
        if (micros_.empty()) return;
        std::sort(micros_.begin(), micros_.end());
        state.counters[prefix + "median_us"] = quantile_of_sorted(micros_, 0.5);
        state.counters[prefix + "p99_us"] = quantile_of_sorted(micros_, 0.99);
        state.counters[prefix + "max_us"] = micros_.back();
        state.counters[prefix + "under_5ms"] = share_below(micros_, 5000.0);
    }

private:
    std::vector<double> micros_;
};

/// One iteration plans for every person of the workload once, so that the
/// latency percentiles are over the same fixed sample whatever the run length.
/// A plan over `budget` labels is censored (`search_limit_error`): it is counted
/// with the latency it had when it stopped, which understates the tail, and
/// reported in the `censored` counter.
void run_plans(benchmark::State& state, const workload& w, plan_objective objective,
               std::size_t budget) {
    const planner p{*w.m};
    latency_log log;
    // Split by whether a target requires experience the person lacks (the walk
    // then has to gather it): the two groups differ by orders of magnitude.
    latency_log log_met;
    latency_log log_open;
    std::vector<std::uint8_t> open_deficit;
    for (std::size_t k = 0; k < w.people.size(); ++k)
        open_deficit.push_back(lacks_target_experience(*w.m, w.people[k], w.targets[k]) ? 1 : 0);
    std::vector<double> expanded;
    double feasible = 0.0;
    double censored = 0.0;
    double plans = 0.0;
    std::size_t runs = 0;
    for (auto _ : state) {
        for (std::size_t k = 0; k < w.people.size(); ++k) {
            plan_result r;
            const double took = log.time([&] {
                try {
                    r = p.plan(w.people[k], w.targets[k],
                               {.objective = objective, .max_labels = budget});
                } catch (const search_limit_error&) {
                    censored += 1.0;
                    r.statistics.states_expanded = budget;
                }
            });
            (open_deficit[k] ? log_open : log_met).add(took);
            benchmark::DoNotOptimize(r);
            expanded.push_back(static_cast<double>(r.statistics.states_expanded));
            feasible += r.feasible ? 1.0 : 0.0;
            plans += static_cast<double>(r.plans.size());
            ++runs;
        }
    }
    const auto n = static_cast<double>(runs);
    std::sort(expanded.begin(), expanded.end());
    state.counters["plans_per_iter"] = static_cast<double>(w.people.size());
    state.counters["expanded_median"] = expanded[expanded.size() / 2];
    state.counters["expanded_mean"] = std::accumulate(expanded.begin(), expanded.end(), 0.0) / n;
    state.counters["feasible"] = feasible / n;
    state.counters["censored"] = censored / n;
    state.counters["plans"] = plans / n;
    log.report(state);
    log_met.report(state, "met_");
    log_open.report(state, "open_");
    state.counters["open_share"] =
        static_cast<double>(std::count(open_deficit.begin(), open_deficit.end(), 1)) /
        static_cast<double>(open_deficit.size());
}

// ---- the built-in model ------------------------------------------------------------------

const workload& builtin_workload() {
    static const workload w = [] {
        const model& m = physician_leadership();
        std::vector<role_index> cmos;
        for (const char* id : {"cmo-hospital", "cmo-payer", "cmo-pharma", "cmo-public-health"})
            cmos.push_back(m.index_of(role_id{id}));
        return make_workload(m, 256, 11, cmos);
    }();
    return w;
}

void BM_builtin_plan(benchmark::State& state) {
    run_plans(state, builtin_workload(), static_cast<plan_objective>(state.range(0)), 0);
}
BENCHMARK(BM_builtin_plan)
    ->ArgName("objective")
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond);

// ---- 1,000 roles, 10,000 transitions, 50 competencies --------------------------------------

/// Questions asked of the generated 1,000-role models. Their latencies have two
/// humps (about a millisecond, and a second or more) and the median falls
/// between them, so it needs a large sample: four disjoint samples of 100
/// from the same generator gave effort medians of 3.2, 8.8, 12.7 and 14.8 ms
/// (docs/perf/planner.md). The first 100 are the earlier sessions' sample.
constexpr std::size_t medium_questions = 400;

const workload& medium_workload() {
    static const workload w = make_medium_workload(0, medium_questions);
    return w;
}

/// The same shape, with 85% of the experience items naming the role's feeders,
/// as career frameworks do.
const workload& medium_feeders_workload() {
    static const workload w = make_medium_workload(85, medium_questions);
    return w;
}

/// Labels at which a plan on the generated models is censored (about a second).
constexpr std::size_t generated_budget = 300000;

void BM_medium_plan(benchmark::State& state) {
    run_plans(state, medium_workload(), static_cast<plan_objective>(state.range(0)),
              generated_budget);
}
// Issue 4's target, an effort median under 5 ms, is read on the `_median`
// aggregate of 7 repetitions: one pass's median moves by about 6% with the
// machine's state over minutes, and the 201st plan sits 2-6% under 5 ms
// (docs/perf/planner.md). Each repetition is one pass, printed as well.
BENCHMARK(BM_medium_plan)
    ->ArgName("objective")
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(7);
BENCHMARK(BM_medium_plan)
    ->ArgName("objective")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

void BM_medium_feeders_plan(benchmark::State& state) {
    run_plans(state, medium_feeders_workload(), static_cast<plan_objective>(state.range(0)),
              generated_budget);
}
BENCHMARK(BM_medium_feeders_plan)
    ->ArgName("objective")
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

// ---- 100,000 roles, 1,000,000 transitions --------------------------------------------------

struct large_setup {
    std::unique_ptr<model> m;
    std::unique_ptr<gap_distance> gaps;
    /// The same weights, by CSR edge index, in a plain vector for plain BGL.
    std::vector<double> weights;
    std::vector<role_index> sources;
    workload plans;
};

const large_setup& large() {
    static const large_setup s = [] {
        large_setup out;
        out.m = std::make_unique<model>(synthetic::make_model({.roles = 100000,
                                                               .competencies = 50,
                                                               .credentials = 60,
                                                               .transitions = 1000000,
                                                               .items_per_role = 10,
                                                               .seed = 7}));
        out.gaps = std::make_unique<gap_distance>(*out.m);
        const auto& g = out.m->graph().boost_graph();
        out.weights.resize(boost::num_edges(g));
        const auto index = boost::get(boost::edge_index, g);
        const auto map = out.gaps->effort_map();
        for (auto [it, end] = boost::edges(g); it != end; ++it)
            out.weights[get(index, *it)] = get(map, *it);
        synthetic::detail::rng r(99);
        for (int i = 0; i < 16; ++i)
            out.sources.push_back(
                role_index{static_cast<std::uint32_t>(r.below(out.m->role_count()))});
        out.plans = make_workload(*out.m, 32, 101);
        if (const char* dir = std::getenv("CAREERGRAPH_BENCH_EXPORT")) {
            const std::string base(dir);
            std::ofstream edges(base + "/edges.txt");
            edges.precision(17);
            for (std::uint32_t t = 0; t < out.m->transition_count(); ++t) {
                const auto& tr = out.m->at(transition_index{t});
                edges << out.m->index_of(tr.from).value() << ' ' << out.m->index_of(tr.to).value()
                      << ' ' << out.gaps->effort(transition_index{t}) << '\n';
            }
            std::ofstream sources(base + "/sources.txt");
            for (auto r0 : out.sources) sources << r0.value() << '\n';
            std::ofstream distances(base + "/distances.txt");
            distances.precision(17);
            const auto d = out.gaps->distances_from(out.sources.front());
            for (std::size_t v = 0; v < d.size(); ++v)
                if (d[v] != std::numeric_limits<double>::infinity())
                    distances << v << ' ' << d[v] << '\n';
        }
        return out;
    }();
    return s;
}

void BM_large_static_gap_query(benchmark::State& state) {
    const auto& s = large();
    std::size_t i = 0;
    for (auto _ : state) {
        auto d = s.gaps->distances_from(s.sources[i++ % s.sources.size()]);
        benchmark::DoNotOptimize(d.data());
    }
}
BENCHMARK(BM_large_static_gap_query)->Unit(benchmark::kMillisecond);

void BM_large_plain_bgl_dijkstra(benchmark::State& state) {
    const auto& s = large();
    const auto& rg = s.m->graph();
    const auto& g = rg.boost_graph();
    const auto weight =
        boost::make_iterator_property_map(s.weights.data(), boost::get(boost::edge_index, g));
    std::size_t i = 0;
    for (auto _ : state) {
        std::vector<double> d(boost::num_vertices(g));
        boost::dijkstra_shortest_paths(g, rg.vertex(s.sources[i++ % s.sources.size()]),
                                       boost::weight_map(weight)
                                           .distance_map(boost::make_iterator_property_map(
                                               d.begin(), boost::get(boost::vertex_index, g)))
                                           .distance_inf(std::numeric_limits<double>::infinity()));
        benchmark::DoNotOptimize(d.data());
    }
}
BENCHMARK(BM_large_plain_bgl_dijkstra)->Unit(benchmark::kMillisecond);

void BM_large_static_point_query(benchmark::State& state) {
    const auto& s = large();
    std::size_t i = 0;
    for (auto _ : state) {
        const auto from = s.sources[i % s.sources.size()];
        const auto to = s.sources[(i + 1) % s.sources.size()];
        ++i;
        auto d = s.gaps->distance(from, to);
        benchmark::DoNotOptimize(d);
    }
}
BENCHMARK(BM_large_static_point_query)->Unit(benchmark::kMillisecond);

void BM_large_plan(benchmark::State& state) {
    run_plans(state, large().plans, static_cast<plan_objective>(state.range(0)), generated_budget);
}
BENCHMARK(BM_large_plan)
    ->ArgName("objective")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
