// SPDX-License-Identifier: Apache-2.0
// Readiness at scale (issue 3): batch scoring of 100,000 generated profiles
// against 1,000 roles (20 requirement items per role on average, 500
// competencies) on 1 and 2 threads, top-10 candidates per role, top-10 roles
// per person, gap sums, a hand-written flat-array loop on the same data as the
// baseline, and the single-answer latency on the built-in model.
//
// Counters: `item_evals` = people x requirement items scored per second;
// `prep_MB` = bytes of the prepared population; `input_MB` = the input itself in
// compact binary form (12 bytes per level, credential and stint, 8 per id);
// `maxrss_MB` = the process's peak resident memory so far.
//
// CAREERGRAPH_BENCH_EXPORT=DIR writes the prepared data and per-role score sums
// for scripts/peers/numpy_scoring.py, then the benchmarks run as usual.
#include <careergraph/builtin.hpp>
#include <careergraph/population.hpp>
#include <careergraph/ranking.hpp>
#include <careergraph/readiness.hpp>
#include <careergraph/synthetic.hpp>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>
#include <vector>

namespace cg = careergraph;

namespace {

constexpr std::size_t people_count = 100000;

double maxrss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double rss_mb() {
    std::ifstream statm("/proc/self/statm");
    std::size_t pages = 0;
    std::size_t resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * 4096.0 / 1e6;
}

struct data_set {
    cg::model m{cg::synthetic::make_model()};
    std::vector<cg::profile> people = cg::synthetic::make_population(m, {.people = people_count});
    std::vector<cg::role_index> roles;
    double items = 0;  // requirement items over all roles
    double input_bytes = 0;

    data_set() {
        for (std::uint32_t r = 0; r < m.role_count(); ++r) {
            const cg::role_index role{r};
            roles.push_back(role);
            items += static_cast<double>(m.competency_items(role).size() + m.credential_items(role).size() +
                                         m.experience_items(role).size());
        }
        for (const auto& p : people)
            input_bytes += 8.0 + 12.0 * static_cast<double>(p.competencies.size() + p.credentials.size() +
                                                            p.history.size());
    }
};

const data_set& data() {
    static const data_set d;
    return d;
}

void export_for_numpy(const data_set& d, const cg::population& pop, const std::filesystem::path& dir);

// Mutable so that each benchmark can set its thread count on the one prepared copy.
cg::population& prepared() {
    static const auto pop = [] {
        const auto& d = data();
        auto p = std::make_unique<cg::population>(d.m, d.people, cg::batch_options{.as_of = std::nullopt, .threads = 2});
        if (const char* dir = std::getenv("CAREERGRAPH_BENCH_EXPORT")) export_for_numpy(d, *p, dir);
        return p;
    }();
    return *pop;
}

void memory_counters(benchmark::State& state) {
    state.counters["maxrss_MB"] = maxrss_mb();
}

void bm_prepare(benchmark::State& state) {
    const auto& d = data();
    const auto threads = static_cast<unsigned>(state.range(0));
    double bytes = 0;
    double rss_delta = 0;
    for (auto _ : state) {
        const double before = rss_mb();
        cg::population pop{d.m, d.people, {.as_of = std::nullopt, .threads = threads}};
        rss_delta = rss_mb() - before;
        bytes = static_cast<double>(pop.memory_bytes());
        benchmark::DoNotOptimize(pop.size());
    }
    state.counters["prep_MB"] = bytes / 1e6;
    state.counters["rss_delta_MB"] = rss_delta;
    state.counters["input_MB"] = d.input_bytes / 1e6;
    state.counters["prep_over_input"] = bytes / d.input_bytes;
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(d.people.size()));
    memory_counters(state);
}
BENCHMARK(bm_prepare)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

double process_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

/// `item_evals`: per second of wall time; `evals_per_cpu_s`: per second of CPU
/// time summed over all threads of the process, which other programs running
/// on the machine disturb much less (the machine is shared).
void set_eval_rate(benchmark::State& state, double cpu_seconds, double items_per_person = 0) {
    const auto& d = data();
    const double evals = static_cast<double>(state.iterations()) *
                         (items_per_person > 0 ? items_per_person : d.items) *
                         static_cast<double>(d.people.size());
    state.counters["item_evals"] = benchmark::Counter(evals, benchmark::Counter::kIsRate);
    state.counters["evals_per_cpu_s"] = evals / cpu_seconds;
    state.counters["pairs"] = static_cast<double>(d.people.size() * d.roles.size());
}

void bm_score_all_pairs(benchmark::State& state) {
    const auto& d = data();
    auto& pop = prepared();
    pop.set_threads(static_cast<unsigned>(state.range(0)));
    const double cpu0 = process_cpu_seconds();
    for (auto _ : state) {
        pop.for_each_score(d.roles, [](cg::role_index, std::size_t, std::span<const double> scores,
                                       std::span<const std::uint8_t> eligible) {
            double sum = 0;
            for (double s : scores) sum += s;
            benchmark::DoNotOptimize(sum);
            benchmark::DoNotOptimize(eligible.data());
        });
    }
    set_eval_rate(state, process_cpu_seconds() - cpu0);
    memory_counters(state);
}
BENCHMARK(bm_score_all_pairs)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

void bm_top10_candidates_per_role(benchmark::State& state) {
    const auto& d = data();
    auto& pop = prepared();
    pop.set_threads(static_cast<unsigned>(state.range(0)));
    const double cpu0 = process_cpu_seconds();
    for (auto _ : state) benchmark::DoNotOptimize(pop.top_candidates(d.roles, 10));
    set_eval_rate(state, process_cpu_seconds() - cpu0);
    memory_counters(state);
}
BENCHMARK(bm_top10_candidates_per_role)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

void bm_top10_roles_per_person(benchmark::State& state) {
    auto& pop = prepared();
    pop.set_threads(static_cast<unsigned>(state.range(0)));
    const double cpu0 = process_cpu_seconds();
    for (auto _ : state) benchmark::DoNotOptimize(pop.top_roles({.top = 10, .reachable = false}));
    set_eval_rate(state, process_cpu_seconds() - cpu0);
    memory_counters(state);
}
BENCHMARK(bm_top10_roles_per_person)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

void bm_gaps_per_role(benchmark::State& state) {
    const auto& d = data();
    auto& pop = prepared();
    pop.set_threads(2);
    std::size_t r = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(pop.gaps(d.roles[r]));
        r = (r + 1) % d.roles.size();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(d.people.size()));
}
BENCHMARK(bm_gaps_per_role)->Unit(benchmark::kMillisecond)->UseRealTime();

void bm_score_matrix_100_roles(benchmark::State& state) {
    const auto& d = data();
    auto& pop = prepared();
    pop.set_threads(2);
    const std::vector<cg::role_index> roles(d.roles.begin(), d.roles.begin() + 100);
    for (auto _ : state) benchmark::DoNotOptimize(pop.scores(roles));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(d.people.size() * roles.size()));
}
BENCHMARK(bm_score_matrix_100_roles)->Unit(benchmark::kMillisecond)->UseRealTime();

// The single path in a loop over all pairs of a slice of the population: what a
// caller without the batch engine would write.
void bm_single_path_pairs(benchmark::State& state) {
    const auto& d = data();
    std::vector<cg::person_state> states;
    for (std::size_t i = 0; i < 2000; ++i) states.emplace_back(d.m, d.people[i]);
    for (auto _ : state) {
        double sum = 0;
        for (const auto& s : states)
            for (auto r : d.roles) sum += cg::score_of(d.m, s, r).score;
        benchmark::DoNotOptimize(sum);
    }
    state.counters["item_evals"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * d.items * static_cast<double>(states.size()),
        benchmark::Counter::kIsRate);
}
BENCHMARK(bm_single_path_pairs)->Unit(benchmark::kMillisecond)->UseRealTime();

// Baseline: a hand-written loop over flat arrays on the same people and roles.
// Levels dense, person-major doubles (100,000 x 500 = 400 MB); every
// competency item as flat (competency, level, weight) arrays; person-outer so a
// person's row stays in L1 across all roles; persons split over the threads.
// Competency items only (no credentials, experience or eligibility): the
// simplest form of the arithmetic, not a full answer. Argument 2 is the
// variant: 0 computes `w * (min(L, r) / r)` as the spec does; 1 folds `w / r`
// into one factor beforehand (`wr * min(L, r)`: no division in the loop, but
// not the spec's rounding, so not bit-exact).
void bm_flat_loop_baseline(benchmark::State& state) {
    const auto& d = data();
    const std::size_t n = d.people.size();
    const std::size_t n_comp = d.m.competency_count();
    std::vector<double> levels(n * n_comp, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (const auto& [id, level] : d.people[i].competencies)
            levels[i * n_comp + d.m.index_of(id).value()] = level;
    std::vector<std::uint32_t> offsets{0};
    std::vector<std::uint32_t> comp;
    std::vector<double> required;
    std::vector<double> weight;
    std::vector<double> total;
    double comp_items = 0;
    for (auto r : d.roles) {
        for (const auto& item : d.m.competency_items(r)) {
            comp.push_back(item.competency.value());
            required.push_back(item.level);
            weight.push_back(item.weight);
        }
        comp_items += static_cast<double>(d.m.competency_items(r).size());
        offsets.push_back(static_cast<std::uint32_t>(comp.size()));
        total.push_back(d.m.total_weight(r));
    }
    const auto threads = static_cast<std::size_t>(state.range(0));
    const bool fold = state.range(1) != 0;
    std::vector<double> factor(comp.size());
    for (std::size_t k = 0; k < comp.size(); ++k) factor[k] = weight[k] / required[k];
    std::vector<double> sums(threads * 8, 0.0);
    const double cpu0 = process_cpu_seconds();
    for (auto _ : state) {
        const auto work = [&](std::size_t t) {
            double checksum = 0;
            for (std::size_t i = t * n / threads; i < (t + 1) * n / threads; ++i) {
                const double* row = levels.data() + i * n_comp;
                for (std::size_t r = 0; r + 1 < offsets.size(); ++r) {
                    double s = 0;
                    if (fold) {
                        for (std::uint32_t k = offsets[r]; k < offsets[r + 1]; ++k)
                            s += factor[k] * std::min(row[comp[k]], required[k]);
                    } else {
                        for (std::uint32_t k = offsets[r]; k < offsets[r + 1]; ++k)
                            s += weight[k] * (std::min(row[comp[k]], required[k]) / required[k]);
                    }
                    checksum += s / total[r];
                }
            }
            sums[t * 8] = checksum;
        };
        {
            std::vector<std::jthread> pool;
            for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
            work(0);
        }
        benchmark::DoNotOptimize(sums.data());
    }
    const double cpu = process_cpu_seconds() - cpu0;
    state.counters["item_evals"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * comp_items * static_cast<double>(n),
        benchmark::Counter::kIsRate);
    state.counters["evals_per_cpu_s"] = static_cast<double>(state.iterations()) * comp_items * static_cast<double>(n) / cpu;
    state.counters["levels_MB"] = static_cast<double>(levels.size() * sizeof(double)) / 1e6;
    memory_counters(state);
}
BENCHMARK(bm_flat_loop_baseline)->Args({1, 0})->Args({2, 0})->Args({1, 1})->Args({2, 1})->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

// ---- single answers on the built-in model -----------------------------------------

struct builtin_case {
    const cg::model& m = cg::physician_leadership();
    cg::profile p = cg::synthetic::make_population(m, {.people = 1, .seed = 7})[0];
    cg::person_state state{m, p};
    cg::role_index role{static_cast<std::uint32_t>(m.role_count() - 1)};
};

const builtin_case& builtin() {
    static const builtin_case c;
    return c;
}

void bm_single_person_state(benchmark::State& state) {
    const auto& c = builtin();
    for (auto _ : state) benchmark::DoNotOptimize(cg::person_state{c.m, c.p});
    state.counters["roles"] = static_cast<double>(c.m.role_count());
}
BENCHMARK(bm_single_person_state);

void bm_single_score_of(benchmark::State& state) {
    const auto& c = builtin();
    for (auto _ : state) benchmark::DoNotOptimize(cg::score_of(c.m, c.state, c.role));
    state.counters["items"] = static_cast<double>(c.m.competency_items(c.role).size() +
                                                  c.m.credential_items(c.role).size() +
                                                  c.m.experience_items(c.role).size());
}
BENCHMARK(bm_single_score_of);

void bm_single_readiness_of(benchmark::State& state) {
    const auto& c = builtin();
    for (auto _ : state) benchmark::DoNotOptimize(cg::readiness_of(c.m, c.state, c.role));
}
BENCHMARK(bm_single_readiness_of);

void bm_single_readiness_from_profile(benchmark::State& state) {
    const auto& c = builtin();
    for (auto _ : state) benchmark::DoNotOptimize(cg::readiness_of(c.m, c.p, c.role));
}
BENCHMARK(bm_single_readiness_from_profile);

void bm_single_readiness_all_roles(benchmark::State& state) {
    const auto& c = builtin();
    for (auto _ : state) benchmark::DoNotOptimize(cg::readiness_all(c.m, c.state));
}
BENCHMARK(bm_single_readiness_all_roles);

void bm_single_recommend_reachable(benchmark::State& state) {
    const auto& c = builtin();
    for (auto _ : state)
        benchmark::DoNotOptimize(cg::recommend_roles(c.m, c.state, {.top = 5, .reachable = true}));
}
BENCHMARK(bm_single_recommend_reachable);

// ---- export for the numpy peer ------------------------------------------------------

template <class T>
void write_raw(const std::filesystem::path& file, const std::vector<T>& v) {
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(T)));
}

/// Raw little-endian arrays: the people's levels (sparse triplets), held
/// credentials and years per role set as resolved at as_of (preparation, which
/// the numpy script does not time), the requirement items, and our score sum
/// per role to check the numpy answers against.
void export_for_numpy(const data_set& d, const cg::population& pop, const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    const auto& m = d.m;
    std::vector<std::uint32_t> lv_person, lv_comp, held_person, held_cred, yr_person, yr_set;
    std::vector<double> lv_level, yr_years;
    for (std::size_t i = 0; i < d.people.size(); ++i) {
        const cg::person_state s{m, d.people[i]};
        for (std::uint32_t c = 0; c < m.competency_count(); ++c) {
            const double level = s.level(cg::competency_index{c});
            if (level != 0.0) {
                lv_person.push_back(static_cast<std::uint32_t>(i));
                lv_comp.push_back(c);
                lv_level.push_back(level);
            }
        }
        for (std::uint32_t c = 0; c < m.credential_count(); ++c)
            if (s.holds(cg::credential_index{c})) {
                held_person.push_back(static_cast<std::uint32_t>(i));
                held_cred.push_back(c);
            }
        for (std::uint32_t q = 0; q < m.role_set_count(); ++q) {
            const double y = s.years(cg::role_set_index{q});
            if (y != 0.0) {
                yr_person.push_back(static_cast<std::uint32_t>(i));
                yr_set.push_back(q);
                yr_years.push_back(y);
            }
        }
    }
    // Items: role, kind (0 competency, 1 credential group, 2 experience), ref
    // (competency, group or role set), required (level or years), weight, essential.
    std::vector<std::uint32_t> it_role, it_kind, it_ref, it_essential, grp_id, grp_cred;
    std::vector<double> it_required, it_weight;
    std::uint32_t group = 0;
    for (auto r : d.roles) {
        for (const auto& item : m.competency_items(r)) {
            it_role.push_back(r.value()); it_kind.push_back(0); it_ref.push_back(item.competency.value());
            it_required.push_back(item.level); it_weight.push_back(item.weight); it_essential.push_back(item.essential);
        }
        for (const auto& item : m.credential_items(r)) {
            for (auto c : m.any_of(item)) { grp_id.push_back(group); grp_cred.push_back(c.value()); }
            it_role.push_back(r.value()); it_kind.push_back(1); it_ref.push_back(group++);
            it_required.push_back(1.0); it_weight.push_back(item.weight); it_essential.push_back(item.essential);
        }
        for (const auto& item : m.experience_items(r)) {
            it_role.push_back(r.value()); it_kind.push_back(2); it_ref.push_back(item.roles.value());
            it_required.push_back(item.years); it_weight.push_back(item.weight); it_essential.push_back(item.essential);
        }
    }
    std::vector<double> score_sums(d.roles.size(), 0.0);
    std::vector<std::uint32_t> eligible_counts(d.roles.size(), 0);
    const auto matrix = pop.scores(std::vector<cg::role_index>(d.roles.begin(), d.roles.begin() + 50));
    for (std::size_t r = 0; r < 50; ++r)
        for (std::size_t i = 0; i < pop.size(); ++i) {
            score_sums[r] += matrix.score(r, i);
            eligible_counts[r] += matrix.is_eligible(r, i) ? 1U : 0U;
        }
    score_sums.resize(50);
    eligible_counts.resize(50);
    write_raw(dir / "lv_person.u32", lv_person); write_raw(dir / "lv_comp.u32", lv_comp);
    write_raw(dir / "lv_level.f64", lv_level);
    write_raw(dir / "held_person.u32", held_person); write_raw(dir / "held_cred.u32", held_cred);
    write_raw(dir / "yr_person.u32", yr_person); write_raw(dir / "yr_set.u32", yr_set);
    write_raw(dir / "yr_years.f64", yr_years);
    write_raw(dir / "it_role.u32", it_role); write_raw(dir / "it_kind.u32", it_kind);
    write_raw(dir / "it_ref.u32", it_ref); write_raw(dir / "it_required.f64", it_required);
    write_raw(dir / "it_weight.f64", it_weight); write_raw(dir / "it_essential.u32", it_essential);
    write_raw(dir / "grp_id.u32", grp_id); write_raw(dir / "grp_cred.u32", grp_cred);
    write_raw(dir / "check_score_sum_50.f64", score_sums);
    write_raw(dir / "check_eligible_50.u32", eligible_counts);
    std::ofstream meta(dir / "meta.txt");
    meta << "people " << d.people.size() << "\ncompetencies " << m.competency_count() << "\ncredentials "
         << m.credential_count() << "\nrole_sets " << m.role_set_count() << "\nroles " << m.role_count()
         << "\ngroups " << group << "\n";
    std::fprintf(stderr, "exported the data set for numpy to %s\n", dir.c_str());
}

}  // namespace
