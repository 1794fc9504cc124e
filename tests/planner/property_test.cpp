// SPDX-License-Identifier: Apache-2.0
// Property tests: on many small random models the planner's answers equal those
// of brute-force enumeration of walks (within a step bound that makes the
// enumeration exhaustive), and every returned walk is a legal answer.
#include <careergraph/detail/compare.hpp>
#include <careergraph/model_builder.hpp>
#include <careergraph/planner.hpp>
#include <careergraph/synthetic.hpp>

#include "plan_support.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace {

using careergraph::role_index;

struct random_source {
    std::mt19937_64 engine;
    explicit random_source(std::uint64_t seed) : engine(seed) {}
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine() % n); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <class T>
    T pick(std::initializer_list<T> values) {
        return *(values.begin() + static_cast<std::ptrdiff_t>(below(values.size())));
    }
};

std::string name(const char* prefix, std::size_t i) { return prefix + std::to_string(i); }

/// A small model rich in what makes §4 subtle: experience waits and blocks,
/// credential prerequisites and twins, fractional levels, zero-cost edges and
/// cycles, self-loops, settings.
/// What a random model stresses.
enum class flavour {
    mixed,       ///< a bit of everything
    experience,  ///< waits, blocks, self-loops (returning to a role pays)
    states       ///< no experience, no tenure: many walks share a state, so dominance decides
};

/// `unused_credentials` are added that no role requires: past 64 credentials
/// the bound prices credential sets as lists instead of bits of a word.
careergraph::model random_model(random_source& g, std::size_t roles, bool acyclic,
                                flavour kind = flavour::mixed, std::size_t unused_credentials = 0) {
    const bool experience_heavy = kind == flavour::experience;
    const bool dense_states = kind == flavour::states;
    careergraph::model_builder b;
    const std::size_t competencies = 3;
    for (std::size_t c = 0; c < competencies; ++c)
        b.add(careergraph::competency{.id = careergraph::competency_id{name("c", c)},
                                      .name = name("C", c),
                                      .effort_per_level = g.pick({0.0, 0.5, 1.0, 2.5})});
    const std::size_t credentials = 4;
    for (std::size_t k = 0; k < credentials; ++k) {
        careergraph::credential cred{.id = careergraph::credential_id{name("k", k)},
                                     .name = name("K", k)};
        cred.effort = g.pick({0.0, 1.0, 2.0, 5.0});
        cred.years = g.pick({0.0, 0.5, 1.0});
        if (k > 0 && g.chance(50))
            cred.prerequisites.push_back(careergraph::credential_id{name("k", g.below(k))});
        if (k > 1 && g.chance(30))
            cred.prerequisites.push_back(careergraph::credential_id{name("k", g.below(k))});
        std::sort(cred.prerequisites.begin(), cred.prerequisites.end());
        cred.prerequisites.erase(std::unique(cred.prerequisites.begin(), cred.prerequisites.end()),
                                 cred.prerequisites.end());
        if (g.chance(30)) cred.valid_years = g.pick({1.0, 2.0});
        b.add(std::move(cred));
    }
    for (std::size_t k = 0; k < unused_credentials; ++k)
        b.add(careergraph::credential{.id = careergraph::credential_id{name("unused", k)},
                                      .name = name("Unused", k)});
    for (std::size_t r = 0; r < roles; ++r) {
        careergraph::role role{.id = careergraph::role_id{name("r", r)}, .name = name("R", r)};
        if (!g.chance(20)) role.setting = g.pick<std::string>({"a", "b"});
        role.tags.push_back(g.pick<std::string>({"t0", "t1"}));
        const std::size_t n_comp = g.below(dense_states ? 5 : 4);
        for (std::size_t i = 0; i < n_comp; ++i)
            role.competencies.push_back(
                {.competency = careergraph::competency_id{name("c", g.below(competencies))},
                 .level = g.pick({1.0, 2.0, 2.5, 3.0, 5.0})});
        const std::size_t n_cred = g.below(3);
        for (std::size_t i = 0; i < n_cred; ++i) {
            careergraph::credential_requirement req;
            const std::size_t n_any = 1 + g.below(3);
            for (std::size_t a = 0; a < n_any; ++a)
                req.any_of.push_back(careergraph::credential_id{name("k", g.below(credentials))});
            role.credentials.push_back(std::move(req));
        }
        if (!dense_states && g.chance(experience_heavy ? 70 : 35)) {
            careergraph::experience_requirement req;
            if (g.chance(experience_heavy ? 30 : 70))
                req.tags.push_back(g.pick<std::string>({"t0", "t1"}));
            else
                for (std::size_t a = 0, n = 1 + g.below(2); a < n; ++a)
                    req.roles.push_back(careergraph::role_id{name("r", g.below(roles))});
            req.years = g.pick({0.0, 1.0, 2.5, 4.0});
            role.experience.push_back(std::move(req));
        }
        b.add(std::move(role));
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0; i < roles; ++i)
        for (std::size_t j = 0; j < roles; ++j) {
            if (acyclic ? j <= i : false) continue;
            if (!g.chance(acyclic ? 55 : (i == j && experience_heavy ? 60 : 35))) continue;
            b.add(careergraph::transition{.from = careergraph::role_id{name("r", i)},
                                          .to = careergraph::role_id{name("r", j)},
                                          .years = experience_heavy ? g.pick({0.5, 1.0, 2.0})
                                                   : dense_states   ? 0.0
                                                                    : g.pick({0.0, 0.5, 1.0, 2.0}),
                                          .effort = g.pick({0.0, 0.0, 1.0, 3.0})});
        }
    return std::move(b).build();
}

careergraph::profile random_profile(random_source& g, const careergraph::model& m) {
    careergraph::profile p;
    p.id = careergraph::profile_id{"p"};
    p.as_of = *careergraph::date::parse("2026-01-01");
    p.current_role = m.at(role_index{static_cast<std::uint32_t>(g.below(m.role_count()))}).id;
    for (std::size_t c = 0; c < m.competency_count(); ++c)
        if (g.chance(60))
            p.competencies.emplace_back(
                m.at(careergraph::competency_index{static_cast<std::uint32_t>(c)}).id,
                g.pick({0.0, 1.0, 1.5, 3.0, 4.0}));
    for (std::size_t k = 0; k < m.credential_count(); ++k)
        if (g.chance(25))
            p.credentials.push_back(
                {.id = m.at(careergraph::credential_index{static_cast<std::uint32_t>(k)}).id,
                 .earned = p.as_of - static_cast<std::int32_t>(g.below(1500))});
    for (std::size_t s = 0, n = g.below(4); s < n; ++s) {
        const auto start = p.as_of - static_cast<std::int32_t>(g.below(2500));
        careergraph::stint st{
            .role = m.at(role_index{static_cast<std::uint32_t>(g.below(m.role_count()))}).id,
            .start = start};
        if (g.chance(60)) st.end = start + static_cast<std::int32_t>(g.below(1200));
        p.history.push_back(std::move(st));
    }
    return p;
}

/// The question, with a step bound whenever the model has cycles so that the
/// enumeration up to that bound is exhaustive.
cgtest::plan_question random_question(random_source& g, const careergraph::model& m,
                                      const careergraph::profile& person, bool acyclic) {
    cgtest::plan_question q;
    // Mostly targets other than the start, so that walks have steps to compare.
    const auto start = m.index_of(person.current_role);
    const std::size_t n_targets = 1 + g.below(2);
    while (q.targets.size() < n_targets) {
        const role_index t{static_cast<std::uint32_t>(g.below(m.role_count()))};
        if (t != start || g.chance(10)) q.targets.push_back(t);
    }
    q.options.objective =
        g.pick({careergraph::plan_objective::effort, careergraph::plan_objective::years,
                careergraph::plan_objective::pareto});
    if (!acyclic || g.chance(30)) q.options.max_steps = 2 + g.below(5);
    if (g.chance(25)) q.options.max_years = g.pick({2.0, 3.5, 6.0});
    if (g.chance(25))
        q.options.exclude.push_back(
            role_index{static_cast<std::uint32_t>(g.below(m.role_count()))});
    if (g.chance(20)) q.options.settings = {g.pick<std::string>({"a", "b"})};
    return q;
}

/// Brute-force closest role: reached by a feasible walk within the constraints,
/// fewest transitions left to a target in the whole graph, least effort, smallest id.
std::optional<role_index> brute_closest(const careergraph::model& m,
                                        std::span<const role_index> targets,
                                        const std::vector<cgtest::enumerated_walk>& reached) {
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> hops(m.role_count(), inf);
    std::deque<role_index> queue;
    for (auto t : targets) {
        hops[t.value()] = 0.0;
        queue.push_back(t);
    }
    while (!queue.empty()) {
        const auto w = queue.front();
        queue.pop_front();
        for (const auto& in : m.in_transitions(w))
            if (hops[in.from.value()] == inf) {
                hops[in.from.value()] = hops[w.value()] + 1.0;
                queue.push_back(in.from);
            }
    }
    std::vector<double> effort(m.role_count(), inf);
    for (const auto& w : reached)
        effort[w.roles.back().value()] = std::min(effort[w.roles.back().value()], w.effort);
    std::optional<role_index> best;
    for (std::uint32_t r = 0; r < m.role_count(); ++r) {
        if (effort[r] == inf || hops[r] == inf) continue;
        if (!best) {
            best = role_index{r};
            continue;
        }
        const auto b = best->value();
        const auto key_r = std::make_tuple(hops[r], careergraph::detail::round12(effort[r]),
                                           m.at(role_index{r}).id.value());
        const auto key_b = std::make_tuple(hops[b], careergraph::detail::round12(effort[b]),
                                           m.at(role_index{b}).id.value());
        if (key_r < key_b) best = role_index{r};
    }
    return best;
}

bool same_cost(const careergraph::career_plan& p, const cgtest::enumerated_walk& w) {
    using careergraph::detail::equal12;
    return equal12(p.effort, w.effort) && equal12(p.years, w.years) &&
           p.roles.size() == w.roles.size();
}

void check_against_enumeration(random_source& g, bool acyclic, bool alternatives,
                               flavour kind = flavour::mixed, std::size_t unused_credentials = 0) {
    const auto m = random_model(g, 5 + g.below(3), acyclic, kind, unused_credentials);
    const auto person = random_profile(g, m);
    auto q = random_question(g, m, person, acyclic);
    if (alternatives) {
        if (q.options.objective == careergraph::plan_objective::pareto)
            q.options.objective = careergraph::plan_objective::effort;
        q.options.alternatives = 1 + g.below(4);
    }
    const std::size_t bound = q.options.max_steps.value_or(m.role_count() + 1);
    INFO("objective " << to_string(q.options.objective) << ", k " << q.options.alternatives
                      << ", max_steps " << bound << ", targets " << q.targets.size());

    const auto result = careergraph::plan(m, person, q.targets, q.options);
    for (const auto& plan : result.plans) {
        const auto problem = cgtest::walk_problem(m, person, q.targets, q.options, plan);
        INFO(problem.value_or(""));
        REQUIRE_FALSE(problem);
    }

    std::vector<cgtest::enumerated_walk> complete;
    std::vector<cgtest::enumerated_walk> prefixes;
    cgtest::enumerate_walks(m, person, q.targets, q.options, bound, alternatives, complete,
                            &prefixes);
    std::sort(complete.begin(), complete.end(), [&](const auto& a, const auto& b) {
        return cgtest::better_walk(a, b, q.options.objective);
    });

    if (complete.empty()) {
        REQUIRE_FALSE(result.feasible);
        REQUIRE(result.plans.empty());
        if (!alternatives) {
            // (For k simple paths the closest role comes from walks, which this
            // enumeration of simple paths does not cover.)
            CHECK(result.closest == brute_closest(m, q.targets, prefixes));
        }
        return;
    }
    REQUIRE(result.feasible);
    CHECK_FALSE(result.closest);
    if (alternatives) {
        const std::size_t k = std::min(q.options.alternatives, complete.size());
        REQUIRE(result.plans.size() == k);
        for (std::size_t i = 0; i < k; ++i) {
            INFO("alternative " << i);
            CHECK(same_cost(result.plans[i], complete[i]));
        }
    } else if (q.options.objective == careergraph::plan_objective::pareto) {
        const auto front = cgtest::pareto_front(complete);
        REQUIRE(result.plans.size() == front.size());
        for (std::size_t i = 0; i < front.size(); ++i) {
            INFO("front point " << i);
            CHECK(same_cost(result.plans[i], front[i]));
        }
    } else {
        REQUIRE(result.plans.size() == 1);
        CHECK(same_cost(result.plans.front(), complete.front()));
    }
}

/// The generated 1,000-role model of the planner benchmarks.
careergraph::model benchmark_model() {
    return careergraph::model{careergraph::synthetic::make_model(
        {.roles = 1000, .competencies = 50, .credentials = 60, .transitions = 10000, .seed = 42})};
}

/// The plan for one target, or nothing when the search reached its label budget.
std::optional<careergraph::plan_result> plan_within_budget(const careergraph::planner& p,
                                                           const careergraph::profile& person,
                                                           role_index target,
                                                           const careergraph::plan_options& options) {
    try {
        return p.plan(person, std::span(&target, 1), options);
    } catch (const careergraph::search_limit_error&) {
        return std::nullopt;
    }
}

/// Person k's target: a role spread over the model, never the start.
role_index spread_target(const careergraph::model& m, const careergraph::profile& person,
                         std::size_t k) {
    const auto start = m.index_of(person.current_role);
    return role_index{static_cast<std::uint32_t>((start.value() + 1 + 37 * k) % m.role_count())};
}

}  // namespace

TEST_CASE("the optimum equals brute force on acyclic models", "[planner][property]") {
    for (std::uint64_t seed = 1; seed <= 1000; ++seed) {
        INFO("seed " << seed);
        random_source g(seed);
        check_against_enumeration(g, true, false);
    }
}

TEST_CASE("the optimum equals brute force within a step bound on cyclic models",
          "[planner][property]") {
    for (std::uint64_t seed = 1001; seed <= 2000; ++seed) {
        INFO("seed " << seed);
        random_source g(seed);
        check_against_enumeration(g, false, false);
    }
}

TEST_CASE("waits, experience blocks and returns to a role agree with brute force",
          "[planner][property]") {
    for (std::uint64_t seed = 3001; seed <= 6000; ++seed) {
        INFO("seed " << seed);
        random_source g(seed);
        check_against_enumeration(g, false, seed % 3 == 0, flavour::experience);
    }
}

TEST_CASE("dominance among walks sharing a state agrees with brute force", "[planner][property]") {
    for (std::uint64_t seed = 9001; seed <= 12000; ++seed) {
        INFO("seed " << seed);
        random_source g(seed);
        check_against_enumeration(g, seed % 4 == 0, seed % 5 == 0, flavour::states);
    }
}

TEST_CASE("credentials priced as lists (more than 64 in the model) agree with brute force",
          "[planner][property]") {
    for (std::uint64_t seed = 13001; seed <= 13600; ++seed) {
        INFO("seed " << seed);
        random_source g(seed);
        check_against_enumeration(g, seed % 2 == 0, seed % 5 == 0, flavour::mixed, 64);
    }
}

TEST_CASE("k best simple paths equal the enumeration of simple paths", "[planner][property]") {
    for (std::uint64_t seed = 7001; seed <= 7800; ++seed) {
        INFO("seed " << seed);
        random_source g(seed);
        check_against_enumeration(g, seed % 2 == 0, true);
    }
}

TEST_CASE("levels stored two bytes wide plan as one byte wide", "[planner][property]") {
    // The search stores a label's levels as one code per competency, one byte
    // wide unless a competency has more than 256 distinct required levels. The
    // same questions on a model with 300 more, unreachable, roles whose
    // requirements give every competency 300 more levels must be answered
    // exactly alike.
    for (std::uint64_t seed = 13001; seed <= 13500; ++seed) {
        INFO("seed " << seed);
        random_source g(seed);
        const auto narrow = random_model(g, 5 + g.below(3), seed % 2 == 0);
        auto data = narrow.data();
        for (std::size_t i = 0; i < 300; ++i) {
            careergraph::role decoy{.id = careergraph::role_id{name("z", i)}, .name = name("Z", i)};
            for (const auto& c : data.competencies)
                decoy.competencies.push_back(
                    {.competency = c.id, .level = 0.01 * static_cast<double>(i + 1) + 0.001});
            data.roles.push_back(std::move(decoy));
        }
        const careergraph::model wide{std::move(data)};
        REQUIRE(wide.role_count() == narrow.role_count() + 300);
        const auto person = random_profile(g, narrow);
        const auto q = random_question(g, narrow, person, seed % 2 == 0);
        const auto expected = careergraph::plan(narrow, person, q.targets, q.options);
        const auto got = careergraph::plan(wide, person, q.targets, q.options);
        CHECK(got.feasible == expected.feasible);
        CHECK(got.plans == expected.plans);
        CHECK(got.closest == expected.closest);
    }
}

TEST_CASE("plans are the same from many threads at once", "[planner][property]") {
    random_source g(77);
    std::vector<careergraph::model> models;
    const auto m = random_model(g, 6, false);
    const careergraph::planner shared{m};
    std::vector<careergraph::profile> people;
    for (int i = 0; i < 16; ++i) people.push_back(random_profile(g, m));
    const role_index target{3};
    std::vector<careergraph::plan_result> serial;
    for (const auto& p : people)
        serial.push_back(shared.plan(p, std::span(&target, 1), {.max_steps = 6}));
    std::vector<careergraph::plan_result> parallel(people.size());
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (std::size_t i = t; i < people.size(); i += 4)
                parallel[i] = shared.plan(people[i], std::span(&target, 1), {.max_steps = 6});
        });
    for (auto& th : threads) th.join();
    for (std::size_t i = 0; i < people.size(); ++i) {
        CHECK(parallel[i].plans == serial[i].plans);
        CHECK(parallel[i].closest == serial[i].closest);
    }
}

TEST_CASE("at its label budget the planner can answer with the best walk found",
          "[planner][property]") {
    using namespace careergraph;
    // The generated 1,000-role model of the benchmarks, where many questions need
    // thousands of labels: take the first whose exact answer needs 3,000 to
    // 30,000 labels, and ask it again with 90% of that budget (A* creates the
    // walks to the target late: with a quarter, none had been found yet).
    const model m = benchmark_model();
    const planner p{m};
    const auto people = synthetic::make_population(m, {.people = 200, .seed = 43});
    for (const auto objective : {plan_objective::effort, plan_objective::years}) {
        CAPTURE(to_string(objective));
        bool tried = false;
        for (std::size_t k = 0; k < people.size() && !tried; ++k) {
            const auto target = spread_target(m, people[k], k);
            const auto within = plan_within_budget(p, people[k], target,
                                                   {.objective = objective, .max_labels = 30000});
            if (!within) continue;
            const plan_result& exact = *within;
            if (!exact.feasible || exact.statistics.labels_created < 3000) continue;
            const plan_options cut{.objective = objective,
                                   .max_labels = exact.statistics.labels_created * 9 / 10,
                                   .on_limit = search_limit_action::best_found};
            const auto cut_short = plan_within_budget(p, people[k], target, cut);
            if (!cut_short) continue;  // no walk found within the budget: nothing to check here
            const plan_result& found = *cut_short;
            tried = true;
            CAPTURE(k, exact.statistics.labels_created);
            REQUIRE(found.feasible);
            REQUIRE(found.plans.size() == 1);
            const auto& walk = found.plans.front();
            const auto first = [objective](const career_plan& c) {
                return objective == plan_objective::years ? c.years : c.effort;
            };
            // A real walk, priced exactly, no better than the optimum, and the
            // bound below the optimum.
            const auto again = p.simulate(people[k], walk.roles);
            REQUIRE(again);
            CHECK(*again == walk);
            CHECK(walk.roles.back() == target);
            CHECK(first(walk) >= first(exact.plans.front()) - 1e-9);
            CHECK(found.lower_bound <= first(exact.plans.front()) + 1e-9);
            CHECK(found.lower_bound <= first(walk) + 1e-9);
            // Cut short while labels that might beat it were still queued.
            CHECK_FALSE(found.proven_optimal);
            // The exact answer says it is exact; without best_found the budget fails.
            CHECK(exact.proven_optimal);
            CHECK(exact.lower_bound == first(exact.plans.front()));
            CHECK_THROWS_AS(p.plan(people[k], std::span(&target, 1),
                                   {.objective = objective, .max_labels = cut.max_labels}),
                            search_limit_error);
        }
        CHECK(tried);
    }
}

TEST_CASE("on the benchmark model the effort and years optima are the ends of the Pareto front",
          "[planner][property]") {
    using namespace careergraph;
    // The effort and years searches queue children unpriced and look ahead
    // lazily or at once (docs/planner.md, section 2); the Pareto search does
    // neither. On the generated 1,000-role model, where the lookahead's joint
    // credential prices matter, the front's least-effort point must be the
    // effort optimum and its least-years point the years optimum.
    const model m = benchmark_model();
    const planner p{m};
    const auto people = synthetic::make_population(m, {.people = 120, .seed = 43});
    std::size_t compared = 0;
    for (std::size_t k = 0; k < people.size(); ++k) {
        CAPTURE(k);
        const auto target = spread_target(m, people[k], k);
        const auto ask = [&](plan_objective objective) {
            return plan_within_budget(p, people[k], target,
                                      {.objective = objective, .max_labels = 20000});
        };
        const auto front = ask(plan_objective::pareto);
        if (!front) continue;
        if (!front->feasible) continue;
        // (Either search may need more labels than the Pareto one: then skipped.)
        if (const auto effort = ask(plan_objective::effort)) {
            ++compared;
            REQUIRE(effort->feasible);
            const auto& least_effort = front->plans.front();
            CHECK(effort->plans.front().effort == Approx(least_effort.effort).margin(1e-9));
            CHECK(effort->plans.front().years == Approx(least_effort.years).margin(1e-9));
        }
        if (const auto years = ask(plan_objective::years)) {
            ++compared;
            REQUIRE(years->feasible);
            const auto& least_years = front->plans.back();
            CHECK(years->plans.front().years == Approx(least_years.years).margin(1e-9));
            CHECK(years->plans.front().effort == Approx(least_years.effort).margin(1e-9));
        }
    }
    CHECK(compared >= 80);
}

TEST_CASE("a plan after one that outgrew the kept search pools answers the same",
          "[planner][property]") {
    using namespace careergraph;
    // A search past 16 MiB of labels leaves its pools cut down to that for the
    // next one on the thread (docs/planner.md, section 1): that one must not see
    // anything of it.
    const model m = benchmark_model();
    const planner p{m};
    const auto people = synthetic::make_population(m, {.people = 40, .seed = 43});
    const auto target_of = [&](std::size_t k) { return spread_target(m, people[k], k); };
    std::vector<plan_result> before;
    for (std::size_t k = 0; k < 8; ++k) {
        before.push_back(
            plan_within_budget(p, people[k], target_of(k), {.max_labels = 20000}).value_or(plan_result{}));
    }
    bool outgrown = false;
    for (std::size_t k = 8; k < people.size() && !outgrown; ++k) {
        // 120,000 labels: about 25 MiB of pools.
        outgrown = !plan_within_budget(p, people[k], target_of(k), {.max_labels = 120000});
    }
    REQUIRE(outgrown);
    for (std::size_t k = 0; k < 8; ++k) {
        CAPTURE(k);
        const auto again =
            plan_within_budget(p, people[k], target_of(k), {.max_labels = 20000}).value_or(plan_result{});
        CHECK(again.plans == before[k].plans);
        CHECK(again.statistics.labels_created == before[k].statistics.labels_created);
    }
}

TEST_CASE("the best walk found is refused where no single best walk is asked for",
          "[planner][usage]") {
    using namespace careergraph;
    const model m{synthetic::make_model({.roles = 30, .competencies = 20, .transitions = 90})};
    const auto person = synthetic::make_population(m, {.people = 1}).front();
    // A target no single step reaches, so that the first labels cannot be walks.
    const auto start = m.index_of(person.current_role);
    role_index target = start;
    for (std::uint32_t r = 0; r < m.role_count() && target == start; ++r) {
        bool adjacent = r == start.value();
        for (const auto& edge : m.out_transitions(start)) adjacent = adjacent || edge.to.value() == r;
        if (!adjacent) target = role_index{r};
    }
    REQUIRE(target != start);
    CHECK_THROWS_AS(planner{m}.plan(person, std::span(&target, 1),
                                    {.objective = plan_objective::pareto,
                                     .max_labels = 10,
                                     .on_limit = search_limit_action::best_found}),
                    usage_error);
    CHECK_THROWS_AS(planner{m}.plan(person, std::span(&target, 1),
                                    {.alternatives = 2,
                                     .max_labels = 10,
                                     .on_limit = search_limit_action::best_found}),
                    usage_error);
    // Nothing found within a budget of one label: still an error, not an answer.
    CHECK_THROWS_AS(planner{m}.plan(person, std::span(&target, 1),
                                    {.max_labels = 1, .on_limit = search_limit_action::best_found}),
                    search_limit_error);
}
