// SPDX-License-Identifier: Apache-2.0
// End to end, as a user runs it (issue 3): a JSON Lines population of 100,000
// generated profiles (about 100 MB) is loaded, prepared and ranked against the
// 1,000 roles of the generated model. Each phase is timed on its own and
// reported as a counter in seconds; the benchmark's time is the whole run
// (parse + prepare + top-10 candidates for every role, which scores every pair).
// `score_s` scores every pair once more on its own, to separate scoring from
// the top-k selection.
#include <careergraph/io/json.hpp>
#include <careergraph/population.hpp>
#include <careergraph/synthetic.hpp>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <vector>

namespace cg = careergraph;

namespace {

const cg::model& big_model() {
    static const cg::model m{cg::synthetic::make_model()};
    return m;
}

/// Writes the population file (generation and writing are not part of the run).
std::filesystem::path write_population_file() {
    auto path = std::filesystem::temp_directory_path() / "careergraph-bench-e2e-100k.jsonl";
    const auto people = cg::synthetic::make_population(big_model(), {.people = 100000});
    cg::io::save_profiles(people, path);
    return path;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void bm_e2e_rank_100k_jsonl(benchmark::State& state) {
    const auto& m = big_model();
    const auto file = write_population_file();
    std::vector<cg::role_index> roles;
    for (std::uint32_t r = 0; r < m.role_count(); ++r) roles.push_back(cg::role_index{r});
    const auto threads = static_cast<unsigned>(state.range(0));
    double parse = 0, prepare = 0, score = 0, rank = 0;
    for (auto _ : state) {
        auto t0 = std::chrono::steady_clock::now();
        const auto people = cg::io::load_profiles(file, m);
        parse = seconds_since(t0);

        t0 = std::chrono::steady_clock::now();
        const cg::population pop{m, people, {.as_of = std::nullopt, .threads = threads}};
        prepare = seconds_since(t0);

        t0 = std::chrono::steady_clock::now();
        const auto best = pop.top_candidates(roles, 10);
        rank = seconds_since(t0);
        benchmark::DoNotOptimize(best.data());

        t0 = std::chrono::steady_clock::now();
        pop.for_each_score(roles, [](cg::role_index, std::size_t, std::span<const double> s,
                                     std::span<const std::uint8_t>) { benchmark::DoNotOptimize(s.data()); });
        score = seconds_since(t0);
        state.SetIterationTime(parse + prepare + rank);
    }
    state.counters["parse_s"] = parse;
    state.counters["prepare_s"] = prepare;
    state.counters["topk_incl_scoring_s"] = rank;
    state.counters["score_s"] = score;
    state.counters["total_s"] = parse + prepare + rank;
    state.counters["parse_share"] = parse / (parse + prepare + rank);
    state.counters["file_MB"] = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["maxrss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
    std::filesystem::remove(file);
}
BENCHMARK(bm_e2e_rank_100k_jsonl)->Arg(2)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

}  // namespace
