// SPDX-License-Identifier: Apache-2.0
// JSON load and save of a generated model with 1k roles, 500 competencies and
// 10k transitions (issue 2), and of profile populations.
#include <careergraph/io/json.hpp>
#include <careergraph/synthetic.hpp>

#include <benchmark/benchmark.h>

#include <filesystem>

namespace cg = careergraph;

namespace {

const cg::model& big_model() {
    static const cg::model m{cg::synthetic::make_model(
        {.roles = 1000, .competencies = 500, .credentials = 60, .transitions = 10000, .seed = 1})};
    return m;
}

void bm_model_parse(benchmark::State& state) {
    const std::string text = cg::io::to_json(big_model());
    for (auto _ : state) benchmark::DoNotOptimize(cg::io::parse_model(text));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(bm_model_parse)->Unit(benchmark::kMillisecond);

void bm_model_validate(benchmark::State& state) {
    const cg::model_data data = big_model().data();
    for (auto _ : state) benchmark::DoNotOptimize(cg::model{data});
}
BENCHMARK(bm_model_validate)->Unit(benchmark::kMillisecond);

void bm_model_to_json(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(cg::io::to_json(big_model()));
}
BENCHMARK(bm_model_to_json)->Unit(benchmark::kMillisecond);

void bm_model_save_load_file(benchmark::State& state) {
    const auto file = std::filesystem::temp_directory_path() / "careergraph-bench-model.json";
    for (auto _ : state) {
        cg::io::save_model(big_model(), file);
        benchmark::DoNotOptimize(cg::io::load_model(file));
    }
    std::filesystem::remove(file);
}
BENCHMARK(bm_model_save_load_file)->Unit(benchmark::kMillisecond);

void bm_profiles_parse_jsonl(benchmark::State& state) {
    const auto people = cg::synthetic::make_population(
        big_model(), {.people = static_cast<std::size_t>(state.range(0)), .seed = 2});
    const std::string text = cg::io::to_json_lines(people);
    for (auto _ : state) benchmark::DoNotOptimize(cg::io::parse_profiles(text, big_model(), "pop.jsonl"));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(bm_profiles_parse_jsonl)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
