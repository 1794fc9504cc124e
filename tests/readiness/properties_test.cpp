// SPDX-License-Identifier: Apache-2.0
// Properties on generated models and populations: scores in [0, 1], score plus
// shortfalls = 1, eligibility = every essential item met, the §3 and §5 orders,
// and the batch engine equal to the single path bit for bit on 1 and 2 threads.
#include <careergraph/population.hpp>
#include <careergraph/ranking.hpp>
#include <careergraph/readiness.hpp>
#include <careergraph/synthetic.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

namespace {

using namespace careergraph;

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

synthetic::model_options small_options(std::uint64_t seed) {
    return {.roles = 40, .competencies = 30, .credentials = 10, .transitions = 120,
            .items_per_role = 10, .settings = 3, .seed = seed};
}

/// A generated population with two extra twists: person i lists `comp-0001` again
/// at the end with one of 400 distinct levels (so the last entry wins, and the
/// competency has too many levels for 8-bit codes), and every fifth person has
/// a stint that starts after as_of.
std::vector<profile> twisted_population(const model& m, std::size_t n, std::uint64_t seed) {
    auto people = synthetic::make_population(m, {.people = n, .seed = seed, .as_of = *date::parse("2026-11-23")});
    for (std::size_t i = 0; i < people.size(); ++i) {
        auto& p = people[i];
        p.competencies.emplace_back(competency_id{"comp-0001"}, static_cast<double>(i % 400) / 80.0);
        if (i % 5 == 0) {
            stint later;
            later.role = p.current_role;
            later.start = p.as_of + 30;
            p.history.push_back(later);
        }
    }
    return people;
}

}  // namespace

TEST_CASE("the synthetic generator is deterministic and valid", "[readiness][synthetic]") {
    const auto a = synthetic::make_model(small_options(5));
    CHECK(a == synthetic::make_model(small_options(5)));
    CHECK_FALSE(a == synthetic::make_model(small_options(6)));
    const model m{a};
    std::size_t items = 0;
    for (std::uint32_t r = 0; r < m.role_count(); ++r)
        items += m.competency_items(role_index{r}).size() + m.credential_items(role_index{r}).size() +
                 m.experience_items(role_index{r}).size();
    CHECK(items == 40 * 10);  // the mean is exact by construction
    CHECK(m.transition_count() == 120);
    // Every role is reachable from role 0 (the spanning tree comes first).
    const auto reach = reachable_roles(m, role_index{0});
    CHECK(std::count(reach.begin(), reach.end(), 1) == 40);
    const auto people = synthetic::make_population(m, {.people = 300, .seed = 9, .as_of = *date::parse("2026-11-23")});
    CHECK(people == synthetic::make_population(m, {.people = 300, .seed = 9, .as_of = *date::parse("2026-11-23")}));
    REQUIRE(people.size() == 300);
    bool future_credential = false;
    bool explicit_expiry = false;
    bool open_stint = false;
    for (const auto& p : people) {
        CHECK_NOTHROW(m.check(p));
        CHECK(p.competencies.size() >= 20);
        CHECK(p.competencies.size() <= 30);  // the model has 30 competencies
        CHECK(p.history.size() >= 2);
        CHECK(p.history.size() <= 5);
        for (const auto& c : p.credentials) {
            future_credential = future_credential || p.as_of < c.earned;
            explicit_expiry = explicit_expiry || c.expires.has_value();
        }
        for (const auto& s : p.history) open_stint = open_stint || !s.end;
    }
    CHECK(future_credential);
    CHECK(explicit_expiry);
    CHECK(open_stint);
}

TEST_CASE("the synthetic generator draws the same model whatever the compiler",
          "[readiness][synthetic]") {
    // A seed names a model: the benchmarks and docs quote results on generated
    // models by seed. These are the first transitions drawn beyond the spanning
    // tree of seed 5, as GCC 12 drew them; Clang drew source and target the
    // other way round while both were arguments of one call (whose order of
    // evaluation C++ leaves open), so a build with either compiler checks it.
    const auto data = synthetic::make_model(small_options(5));
    REQUIRE(data.transitions.size() == 120);
    struct drawn {
        const char* from;
        const char* to;
        double years;
        double effort;
    };
    const drawn expected[] = {{"role-0038", "role-0029", 2.0, 8.0},
                              {"role-0034", "role-0001", 4.0, 7.0},
                              {"role-0038", "role-0014", 0.5, 12.0},
                              {"role-0033", "role-0016", 1.0, 4.0}};
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const auto& t = data.transitions[39 + i];  // 39: the tree's edges into roles 1 to 39
        CHECK(t.from.value() == expected[i].from);
        CHECK(t.to.value() == expected[i].to);
        CHECK(t.years == expected[i].years);
        CHECK(t.effort == expected[i].effort);
    }
}

TEST_CASE("the synthetic generator can draw experience from the roles that lead in",
          "[readiness][synthetic]") {
    auto options = small_options(5);
    options.roles = 200;
    options.transitions = 1200;
    options.items_per_role = 40;  // two experience items per role on average
    const model random{synthetic::make_model(options)};
    options.experience_from_feeders = 100;
    const auto feeders_data = synthetic::make_model(options);
    const model feeders{feeders_data};
    // Only the experience items differ: the same roles, transitions and other items.
    REQUIRE(random.role_count() == feeders.role_count());
    REQUIRE(random.transition_count() == feeders.transition_count());
    // With the option at 100%, every item of a role with feeders can be waited
    // for in one of them; without it, many cannot.
    const auto waitable_share = [](const model& m) {
        std::size_t items = 0;
        std::size_t waitable = 0;
        for (std::uint32_t r = 0; r < m.role_count(); ++r) {
            const role_index role{r};
            if (m.in_transitions(role).empty()) continue;
            for (const auto& item : m.experience_items(role)) {
                ++items;
                bool some = false;
                for (const auto& in : m.in_transitions(role))
                    some = some || m.in_role_set(item.roles, in.from);
                waitable += some ? 1 : 0;
            }
        }
        REQUIRE(items > 100);
        return static_cast<double>(waitable) / static_cast<double>(items);
    };
    CHECK(waitable_share(feeders) == 1.0);
    CHECK(waitable_share(random) < 0.6);
    // 0 (the default) leaves a seed's model exactly as it was.
    options.experience_from_feeders = 0;
    CHECK(synthetic::make_model(options) == random.data());
}

TEST_CASE("readiness properties and batch == single on generated data", "[readiness][properties]") {
    for (std::uint64_t seed : {11U, 12U, 13U}) {
        INFO("seed " << seed);
        const model m{synthetic::make_model(small_options(seed))};
        // 2300 people: three blocks, the last one partial.
        const auto people = twisted_population(m, 2300, seed + 100);
        std::vector<person_state> states;
        states.reserve(people.size());
        for (const auto& p : people) states.emplace_back(m, p);

        std::size_t out_of_range = 0, not_summing = 0, wrong_eligibility = 0, bad_order = 0, split = 0;
        for (std::size_t i = 0; i < people.size(); ++i) {
            for (std::uint32_t r = 0; r < m.role_count(); ++r) {
                const auto why = readiness_of(m, states[i], role_index{r});
                const auto head = score_of(m, states[i], role_index{r});
                if (!same_bits(why.score, head.score) || why.eligible != head.eligible) ++split;
                if (!(why.score >= 0.0 && why.score <= 1.0)) ++out_of_range;
                double total = why.score;
                bool essentials_met = true;
                for (const auto& item : why.items) {
                    total += item.shortfall;
                    if (item.satisfaction < 0.0 || item.satisfaction > 1.0) ++out_of_range;
                    if (item.essential && item.satisfaction != 1.0) essentials_met = false;
                }
                if (std::fabs(total - 1.0) > 1e-12) ++not_summing;
                if (essentials_met != why.eligible) ++wrong_eligibility;
                for (std::size_t k = 1; k < why.items.size(); ++k)
                    if (explanation_before(why.items[k], why.items[k - 1])) ++bad_order;
            }
        }
        CHECK(split == 0);
        CHECK(out_of_range == 0);
        CHECK(not_summing == 0);
        CHECK(wrong_eligibility == 0);
        CHECK(bad_order == 0);

        for (unsigned threads : {1U, 2U}) {
            INFO(threads << " threads");
            const population batch{m, people, {.as_of = std::nullopt, .threads = threads}};
            REQUIRE(batch.size() == people.size());
            // comp-0001 has 400 distinct levels: it must have fallen back to doubles.
            CHECK(batch.coded_competencies() == m.competency_count() - 1);

            const auto matrix = batch.scores();
            std::size_t mismatches = 0;
            for (std::uint32_t r = 0; r < m.role_count(); ++r) {
                for (std::size_t i = 0; i < people.size(); ++i) {
                    const auto single = score_of(m, states[i], role_index{r});
                    if (!same_bits(matrix.score(r, i), single.score) || matrix.is_eligible(r, i) != single.eligible)
                        ++mismatches;
                    const auto one = batch.score(i, role_index{r});
                    if (!same_bits(one.score, single.score) || one.eligible != single.eligible) ++mismatches;
                }
            }
            CHECK(mismatches == 0);

            std::vector<role_index> roles;
            for (std::uint32_t r = 0; r < m.role_count(); ++r) roles.push_back(role_index{r});
            const auto top = batch.top_candidates(roles, 7);
            const auto everyone = batch.top_candidates(roles, all_results);
            std::size_t rank_mismatches = 0, gap_mismatches = 0, order_breaks = 0;
            for (std::uint32_t r = 0; r < m.role_count(); ++r) {
                if (top[r] != rank_candidates(m, people, role_index{r}, 7)) ++rank_mismatches;
                const auto& all = everyone[r];
                if (all.size() != people.size()) ++rank_mismatches;
                for (std::size_t k = 1; k < all.size(); ++k) {
                    const auto& x = all[k - 1];
                    const auto& y = all[k];
                    const bool ordered =
                        x.eligible != y.eligible ? x.eligible
                        : detail::round12(x.score) != detail::round12(y.score)
                            ? detail::round12(x.score) > detail::round12(y.score)
                            : people[x.person].id < people[y.person].id;
                    if (!ordered) ++order_breaks;
                }
                if (batch.gaps(role_index{r}) != population_gaps(m, people, role_index{r})) ++gap_mismatches;
            }
            CHECK(rank_mismatches == 0);
            CHECK(order_breaks == 0);
            CHECK(gap_mismatches == 0);

            std::size_t recommend_mismatches = 0;
            for (bool reachable : {false, true}) {
                const auto best = batch.top_roles({.top = 5, .reachable = reachable});
                for (std::size_t i = 0; i < people.size(); ++i) {
                    const auto single = recommend_roles(m, states[i], {.top = 5, .reachable = reachable});
                    if (best[i] != single) ++recommend_mismatches;
                    for (std::size_t k = 1; k < single.size(); ++k) {
                        const auto& x = single[k - 1];
                        const auto& y = single[k];
                        if (detail::round12(x.score) < detail::round12(y.score) ||
                            (detail::round12(x.score) == detail::round12(y.score) &&
                             !(m.at(x.role).id < m.at(y.role).id)))
                            ++recommend_mismatches;
                    }
                }
            }
            CHECK(recommend_mismatches == 0);
        }
    }
}

TEST_CASE("the batch engine at a caller's date equals the single path at that date",
          "[readiness][properties]") {
    const model m{synthetic::make_model(small_options(21))};
    const auto people = twisted_population(m, 1500, 22);
    const date when = *date::parse("2019-03-01");
    const population batch{m, people, {.as_of = when, .threads = 2}};
    std::size_t mismatches = 0;
    std::size_t differs_from_own_date = 0;
    for (std::size_t i = 0; i < people.size(); ++i) {
        const person_state then{m, people[i], when};
        const person_state now{m, people[i]};
        for (std::uint32_t r = 0; r < m.role_count(); ++r) {
            const auto a = batch.score(i, role_index{r});
            const auto b = score_of(m, then, role_index{r});
            if (!same_bits(a.score, b.score) || a.eligible != b.eligible) ++mismatches;
            if (!same_bits(a.score, score_of(m, now, role_index{r}).score)) ++differs_from_own_date;
        }
    }
    CHECK(mismatches == 0);
    CHECK(differs_from_own_date > 0);  // the date matters: experience and credentials move
}
