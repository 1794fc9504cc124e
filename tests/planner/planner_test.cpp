// SPDX-License-Identifier: Apache-2.0
// Hand-computed plans on tiny models embedded as code, and every way to misuse
// the planner's API.
#include <careergraph/error.hpp>
#include <careergraph/io/plan_json.hpp>
#include <careergraph/model_builder.hpp>
#include <careergraph/planner.hpp>

#include "plan_support.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace {

using namespace careergraph;

role make_role(const std::string& id, std::vector<competency_requirement> competencies = {},
               std::vector<experience_requirement> experience = {},
               std::vector<credential_requirement> credentials = {}) {
    role r{.id = role_id{id}, .name = id};
    r.competencies = std::move(competencies);
    r.experience = std::move(experience);
    r.credentials = std::move(credentials);
    return r;
}

/// A credential named by its id, with its effort, prerequisites and years.
credential make_credential(const std::string& id, double effort,
                           const std::vector<std::string>& prerequisites = {}, double years = 0) {
    credential c{.id = credential_id{id}, .name = id, .effort = effort, .years = years};
    for (const auto& p : prerequisites) c.prerequisites.push_back(credential_id{p});
    return c;
}

transition edge(const std::string& from, const std::string& to, double years, double effort) {
    return transition{.from = role_id{from}, .to = role_id{to}, .years = years, .effort = effort};
}

profile person_at(const std::string& role, std::vector<stint> history = {}) {
    profile p;
    p.id = profile_id{"p-1"};
    p.as_of = *date::parse("2026-01-01");
    p.current_role = role_id{role};
    p.history = std::move(history);
    return p;
}

std::vector<std::string> names(const model& m, const career_plan& plan) {
    std::vector<std::string> out;
    for (auto r : plan.roles) out.push_back(m.at(r).id.value());
    return out;
}

/// S -> X directly costs 2; S -> A -> X costs 3 but raises c to 3, which T needs:
/// the dearer prefix wins in the end (the level-aware dominance must keep it).
model raised_levels_model() {
    return model_builder{}
        .add(competency{.id = competency_id{"c"}, .name = "C"})
        .add(make_role("s"))
        .add(make_role("a", {{.competency = competency_id{"c"}, .level = 3}}))
        .add(make_role("x"))
        .add(make_role("t", {{.competency = competency_id{"c"}, .level = 3}}))
        .add(edge("s", "x", 0, 2))
        .add(edge("s", "a", 0, 0))
        .add(edge("a", "x", 0, 0))
        .add(edge("x", "t", 0, 0))
        .build();
}

/// C needs 2 years in B; the only way in is from A: go to B, come back (the
/// tenure on b -> a is spent in b), then on to C. The best walk repeats a role.
model return_for_experience_model() {
    experience_requirement in_b{.roles = {role_id{"b"}}, .years = 2};
    return model_builder{}
        .add(make_role("a"))
        .add(make_role("b"))
        .add(make_role("c", {}, {in_b}))
        .add(make_role("d"))
        .add(edge("a", "b", 0, 1))
        .add(edge("b", "a", 2, 1))
        .add(edge("a", "c", 0, 1))
        .add(edge("a", "d", 0, 0))
        .add(edge("d", "a", 0, 0))
        .build();
}

/// From "s" to "t", by effort and as a Pareto front: one walk, `walk`, of `effort`.
void check_one_best_walk(const model& m, double effort, const std::vector<std::string>& walk) {
    const auto t = m.index_of(role_id{"t"});
    for (const auto objective : {plan_objective::effort, plan_objective::pareto}) {
        CAPTURE(to_string(objective));
        const auto r = plan(m, person_at("s"), std::span(&t, 1), {.objective = objective});
        REQUIRE(r.feasible);
        REQUIRE(r.plans.size() == 1);
        CHECK(r.plans[0].effort == effort);
        CHECK(names(m, r.plans[0]) == walk);
    }
}

}  // namespace

TEST_CASE("a dearer prefix that raised the levels a target needs is kept", "[planner]") {
    const auto m = raised_levels_model();
    const auto t = m.index_of(role_id{"t"});
    const auto r = plan(m, person_at("s"), std::span(&t, 1));
    REQUIRE(r.feasible);
    CHECK(names(m, r.plans.front()) == std::vector<std::string>{"s", "a", "x", "t"});
    CHECK(r.plans.front().effort == 3.0);
    const auto& raise = r.plans.front().steps[0].competencies.at(0);
    CHECK(raise.from == 0.0);
    CHECK(raise.to == 3.0);
    CHECK(raise.effort == 3.0);
}

TEST_CASE("the best walk may return to a role to gain experience", "[planner]") {
    const auto m = return_for_experience_model();
    const auto c = m.index_of(role_id{"c"});
    const auto person = person_at("a");
    const auto r = plan(m, person, std::span(&c, 1));
    REQUIRE(r.feasible);
    const auto& best = r.plans.front();
    CHECK(names(m, best) == std::vector<std::string>{"a", "b", "a", "c"});
    CHECK(best.effort == 3.0);
    CHECK(best.years == 2.0);
    CHECK(best.steps[1].tenure_years == 2.0);

    SECTION("no simple path exists, so k simple paths are infeasible") {
        const auto k = plan(m, person, std::span(&c, 1), {.alternatives = 2});
        CHECK_FALSE(k.feasible);
        CHECK(k.plans.empty());
        // Documented choice: `closest` comes from walks, and a walk reaches c itself.
        CHECK(k.closest == c);
    }
    SECTION("a step bound that cuts the return makes it infeasible; closest is a") {
        const auto bounded = plan(m, person, std::span(&c, 1), {.max_steps = 2});
        CHECK_FALSE(bounded.feasible);
        CHECK(bounded.closest == m.index_of(role_id{"a"}));
    }
    SECTION("the zero-cost cycle a <-> d does not keep the search from ending") {
        const auto d_only =
            plan(m, person, std::span(&c, 1), {.exclude = {m.index_of(role_id{"b"})}});
        CHECK_FALSE(d_only.feasible);
        CHECK(d_only.closest == m.index_of(role_id{"a"}));
    }
}

TEST_CASE("a forced wait can give a walk experience that a better-placed walk lacks", "[planner]") {
    // At u, the walk via w has 10 years in {w, u} and the walk via z has none, at
    // equal cost. Entering v needs those 10 years: the z-walk must wait them out
    // in u, which also gives it 10 years in {u}, which t needs and the w-walk,
    // arriving in v without waiting, never gets. More years in a set that can make
    // a walk wait is therefore no advantage; the z-walk must survive.
    experience_requirement in_wu{.roles = {role_id{"w"}, role_id{"u"}}, .years = 10};
    experience_requirement in_u{.roles = {role_id{"u"}}, .years = 10};
    const auto m = model_builder{}
                       .add(make_role("s"))
                       .add(make_role("w"))
                       .add(make_role("z"))
                       .add(make_role("u"))
                       .add(make_role("v", {}, {in_wu}))
                       .add(make_role("t", {}, {in_u}))
                       .add(edge("s", "w", 0, 0))
                       .add(edge("s", "z", 0, 0))
                       .add(edge("w", "u", 10, 0))
                       .add(edge("z", "u", 10, 0))
                       .add(edge("u", "v", 0, 0))
                       .add(edge("v", "t", 0, 0))
                       // A dear way back, so that no bound can write the w-walk off
                       // and dominance alone must decide between the two at u.
                       .add(edge("v", "u", 0, 100))
                       .build();
    const auto t = m.index_of(role_id{"t"});
    for (auto objective : {plan_objective::effort, plan_objective::years, plan_objective::pareto}) {
        const auto r = plan(m, person_at("s"), std::span(&t, 1), {.objective = objective});
        REQUIRE(r.feasible);
        CHECK(names(m, r.plans.front()) == std::vector<std::string>{"s", "z", "u", "v", "t"});
        CHECK(r.plans.front().years == 20.0);
        CHECK(r.plans.front().steps[2].wait_years == 10.0);
    }
}

TEST_CASE("simulate prices waits and blocks experience that cannot be waited for", "[planner]") {
    experience_requirement three_in_a{.roles = {role_id{"a"}}, .years = 3};
    const auto m = model_builder{}
                       .add(make_role("a"))
                       .add(make_role("b", {}, {three_in_a}))
                       .add(make_role("z"))
                       .add(edge("a", "b", 0.5, 1))
                       .add(edge("a", "z", 0, 0))
                       .add(edge("z", "b", 0, 0))
                       .build();
    // 366 days in a (2024-12-31 up to as_of 2026-01-01) before the walk.
    const auto person = person_at(
        "a", {{.role = role_id{"a"}, .start = *date::parse("2024-12-31"), .end = std::nullopt}});
    const double history = 366.0 / 365.25;
    const std::vector<role_index> direct{m.index_of(role_id{"a"}), m.index_of(role_id{"b"})};
    const auto walk = simulate(m, person, direct);
    REQUIRE(walk);
    CHECK(walk->steps[0].tenure_years == 0.5);
    CHECK(std::fabs(walk->steps[0].wait_years - (3.0 - 0.5 - history)) < 1e-12);
    CHECK(std::fabs(walk->years - (3.0 - history)) < 1e-12);
    CHECK(walk->effort == 1.0);

    const std::vector<role_index> via_z{m.index_of(role_id{"a"}), m.index_of(role_id{"z"}),
                                        m.index_of(role_id{"b"})};
    CHECK_FALSE(simulate(m, person, via_z));
}

TEST_CASE("a credential group takes the cheapest candidate with its missing prerequisites",
          "[planner]") {
    const auto m =
        model_builder{}
            .add(make_credential("base", 3, {}, 1))
            .add(make_credential("adv", 1, {"base"}))
            .add(make_credential("alt", 4))
            .add(make_role("a"))
            .add(make_role("b", {}, {}, {{.any_of = {credential_id{"adv"}, credential_id{"alt"}}}}))
            .add(edge("a", "b", 0, 0))
            .build();
    const std::vector<role_index> walk{role_index{0}, role_index{1}};
    SECTION("nothing held: alt (4, 0) beats adv with base (4, 1) on years") {
        const auto p = simulate(m, person_at("a"), walk);
        REQUIRE(p);
        REQUIRE(p->steps[0].credentials.size() == 1);
        CHECK(m.at(p->steps[0].credentials[0].credential).id.value() == "alt");
        CHECK(p->effort == 4.0);
    }
    SECTION("base held: adv alone (1, 0) wins") {
        auto person = person_at("a");
        person.credentials.push_back(
            {.id = credential_id{"base"}, .earned = *date::parse("2020-01-01")});
        const auto p = simulate(m, person, walk);
        REQUIRE(p);
        REQUIRE(p->steps[0].credentials.size() == 1);
        CHECK(m.at(p->steps[0].credentials[0].credential).id.value() == "adv");
        CHECK(p->effort == 1.0);
    }
}

TEST_CASE("credentials that share a prerequisite are priced with it once", "[planner]") {
    // T needs A and B, each requiring P: 10 + 1 + 1 = 12 via M, which needs
    // nothing. Via N (which needs P) the walk pays 10 + 1 + 1 plus an edge of 1.
    // A bound that priced P once per group (22 at M) would put M behind the
    // complete walk via N (13) and answer 13.
    const auto m =
        model_builder{}
            .add(make_credential("p", 10))
            .add(make_credential("a", 1, {"p"}))
            .add(make_credential("b", 1, {"p"}))
            .add(make_role("s"))
            .add(make_role("m"))
            .add(make_role("n", {}, {}, {{.any_of = {credential_id{"p"}}}}))
            .add(make_role("t", {}, {},
                           {{.any_of = {credential_id{"a"}}}, {.any_of = {credential_id{"b"}}}}))
            .add(edge("s", "m", 0, 0))
            .add(edge("m", "t", 0, 0))
            .add(edge("s", "n", 0, 0))
            .add(edge("n", "t", 0, 1))
            .build();
    check_one_best_walk(m, 12.0, {"s", "m", "t"});
}

TEST_CASE("a next role's credentials are priced from the prerequisites each walk holds",
          "[planner]") {
    // W needs C, which requires P. Via A (nothing needed) the walk pays
    // 1 + 3 + (10 + 5) + 1 = 20; via B (which needs P) 2 + 5 + 1 + 10 + 1 = 19.
    // A is looked ahead of first: its step into W is priced without P (15). A
    // price remembered by W alone, not by which of C's prerequisites the walk
    // holds, would give B's step the same 15, put B at 24, behind A's 20.
    const auto m = model_builder{}
                       .add(make_credential("p", 5))
                       .add(make_credential("c", 10, {"p"}))
                       .add(make_role("s"))
                       .add(make_role("a"))
                       .add(make_role("b", {}, {}, {{.any_of = {credential_id{"p"}}}}))
                       .add(make_role("w", {}, {}, {{.any_of = {credential_id{"c"}}}}))
                       .add(make_role("t"))
                       .add(edge("s", "a", 0, 1))
                       .add(edge("s", "b", 0, 2))
                       .add(edge("a", "w", 0, 3))
                       .add(edge("b", "w", 0, 1))
                       .add(edge("w", "t", 0, 1))
                       .build();
    check_one_best_walk(m, 19.0, {"s", "b", "w", "t"});
}

TEST_CASE("a role with more credential choices than the joint bound enumerates is planned",
          "[planner]") {
    // 5 groups of 6 candidates: 7,776 choices, past the 4,096 the bound
    // enumerates, so the bound prices each group alone. Group g's candidates
    // cost g + 1 .. g + 6; the plan takes the cheapest of each: 1 + 2 + ... + 5.
    model_builder b;
    std::vector<credential_requirement> groups;
    for (int g = 0; g < 5; ++g) {
        credential_requirement group;
        for (int k = 0; k < 6; ++k) {
            const credential_id id{"k" + std::to_string(g) + "-" + std::to_string(k)};
            b.add(credential{.id = id, .name = id.value(), .effort = g + k + 1.0});
            group.any_of.push_back(id);
        }
        groups.push_back(std::move(group));
    }
    b.add(make_role("s")).add(make_role("m")).add(make_role("t", {}, {}, std::move(groups)));
    b.add(edge("s", "m", 0, 1)).add(edge("m", "t", 0, 1)).add(edge("s", "t", 0, 3));
    const auto m = std::move(b).build();
    const auto t = m.index_of(role_id{"t"});
    const auto r = plan(m, person_at("s"), std::span(&t, 1));
    REQUIRE(r.feasible);
    REQUIRE(r.plans.size() == 1);
    CHECK(r.plans[0].effort == 2.0 + 15.0);
    CHECK(names(m, r.plans[0]) == std::vector<std::string>{"s", "m", "t"});
}

TEST_CASE("the start role in the targets is the walk of no steps, whatever the constraints",
          "[planner]") {
    const auto m = raised_levels_model();
    const auto s = m.index_of(role_id{"s"});
    const auto r = plan(m, person_at("s"), std::span(&s, 1),
                        {.max_years = 0.0, .max_steps = 0, .exclude = {s}});
    REQUIRE(r.feasible);
    REQUIRE(r.plans.size() == 1);
    CHECK(r.plans[0].roles == std::vector<role_index>{s});
    CHECK(r.plans[0].steps.empty());
}

TEST_CASE("exclude also forbids re-entering the start role", "[planner]") {
    const auto m = return_for_experience_model();
    const auto a = m.index_of(role_id{"a"});
    const auto c = m.index_of(role_id{"c"});
    const auto r = plan(m, person_at("a"), std::span(&c, 1), {.exclude = {a}});
    CHECK_FALSE(r.feasible);
}

TEST_CASE("statistics count the work", "[planner]") {
    const auto m = raised_levels_model();
    const auto t = m.index_of(role_id{"t"});
    const auto r = plan(m, person_at("s"), std::span(&t, 1));
    CHECK(r.statistics.states_expanded >= 3);
    CHECK(r.statistics.labels_created >= 4);
}

TEST_CASE("the plan answer's JSON has the keys of cli.md in order", "[planner][json]") {
    const auto m = raised_levels_model();
    const auto t = m.index_of(role_id{"t"});
    const auto person = person_at("s");
    const auto ok = io::plan_to_json(m, person, plan(m, person, std::span(&t, 1)));
    std::vector<std::string> keys;
    for (const auto& [key, value] : ok.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"profile", "objective", "feasible", "plans"});
    keys.clear();
    for (const auto& [key, value] : ok["plans"][0].items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"roles", "effort", "years", "steps"});
    keys.clear();
    for (const auto& [key, value] : ok["plans"][0]["steps"][0].items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"from", "to", "tenure_years", "wait_years", "effort",
                                           "years", "competencies", "credentials"});
    keys.clear();
    for (const auto& [key, value] : ok["plans"][0]["steps"][0]["competencies"][0].items())
        keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"id", "from", "to", "effort"});
    CHECK(
        ok.dump() ==
        R"({"profile":"p-1","objective":"effort","feasible":true,"plans":[{"roles":["s","a","x","t"],)"
        R"("effort":3.0,"years":0.0,"steps":[{"from":"s","to":"a","tenure_years":0.0,"wait_years":0.0,)"
        R"("effort":3.0,"years":0.0,"competencies":[{"id":"c","from":0.0,"to":3.0,"effort":3.0}],)"
        R"("credentials":[]},{"from":"a","to":"x","tenure_years":0.0,"wait_years":0.0,"effort":0.0,)"
        R"("years":0.0,"competencies":[],"credentials":[]},{"from":"x","to":"t","tenure_years":0.0,)"
        R"("wait_years":0.0,"effort":0.0,"years":0.0,"competencies":[],"credentials":[]}]}]})");

    const auto none =
        io::plan_to_json(m, person, plan(m, person, std::span(&t, 1), {.max_steps = 1}));
    CHECK(none.dump() ==
          R"({"profile":"p-1","objective":"effort","feasible":false,"plans":[],"closest":"x"})");
    const auto s = m.index_of(role_id{"s"});
    const auto isolated = plan(m, person, std::span(&s, 1));
    CHECK_FALSE(io::plan_to_json(m, person, isolated).contains("closest"));
}

TEST_CASE("closest is null when no reached role has a path to a target", "[planner][json]") {
    const auto m = raised_levels_model();
    const auto s = m.index_of(role_id{"s"});
    const auto person = person_at("t");
    const auto r = plan(m, person, std::span(&s, 1));
    CHECK_FALSE(r.feasible);
    CHECK_FALSE(r.closest);
    CHECK(io::plan_to_json(m, person, r).at("closest").is_null());
}

TEST_CASE("objective names round-trip", "[planner]") {
    for (auto o : {plan_objective::effort, plan_objective::years, plan_objective::pareto})
        CHECK(plan_objective_from_string(to_string(o)) == o);
    CHECK_FALSE(plan_objective_from_string("fastest"));
}

TEST_CASE("misuse of the planner is a usage_error", "[planner][usage]") {
    const auto m = raised_levels_model();
    const auto person = person_at("s");
    const auto t = m.index_of(role_id{"t"});
    const auto one = std::span(&t, 1);
    const role_index bogus{99};

    CHECK_THROWS_AS(plan(m, person, std::span<const role_index>{}), usage_error);
    CHECK_THROWS_AS(plan(m, person, std::span(&bogus, 1)), usage_error);
    CHECK_THROWS_AS(plan(m, person, one, {.exclude = {bogus}}), usage_error);
    CHECK_THROWS_AS(plan(m, person, one, {.objective = plan_objective::pareto, .alternatives = 2}),
                    usage_error);
    CHECK_THROWS_AS(plan(m, person, one, {.objective = plan_objective::pareto, .alternatives = 1}),
                    usage_error);
    CHECK_THROWS_AS(plan(m, person, one, {.alternatives = max_alternatives + 1}), usage_error);
    CHECK_THROWS_AS(plan(m, person, one, {.max_years = -1.0}), usage_error);
    CHECK_THROWS_AS(plan(m, person, one, {.max_years = std::numeric_limits<double>::quiet_NaN()}),
                    usage_error);
    CHECK_THROWS_AS(plan(m, person, one, {.max_years = std::numeric_limits<double>::infinity()}),
                    usage_error);
    CHECK_THROWS_WITH(
        plan(m, person, one, {.objective = plan_objective::pareto, .alternatives = 2}),
        Catch::Contains("pareto"));
    CHECK_NOTHROW(plan(m, person, one, {.alternatives = max_alternatives}));

    const auto s = m.index_of(role_id{"s"});
    const auto x = m.index_of(role_id{"x"});
    CHECK_THROWS_AS(simulate(m, person, std::vector<role_index>{}), usage_error);
    CHECK_THROWS_AS(simulate(m, person, std::vector<role_index>{x, t}),
                    usage_error);  // not the start
    CHECK_THROWS_AS(simulate(m, person, std::vector<role_index>{s, bogus}), usage_error);
    CHECK_THROWS_WITH(simulate(m, person, std::vector<role_index>{s, t}),
                      Catch::Contains("no transition from s to t"));

    career_plan broken;
    broken.roles = {bogus};
    CHECK_THROWS_AS(io::plan_to_json(m, broken), usage_error);
}

TEST_CASE("a search over its label budget throws instead of answering", "[planner][usage]") {
    const auto m = return_for_experience_model();
    const auto c = m.index_of(role_id{"c"});
    const auto person = person_at("a");
    const auto unlimited = plan(m, person, std::span(&c, 1));
    REQUIRE(unlimited.feasible);
    REQUIRE(unlimited.statistics.labels_created > 2);
    CHECK_THROWS_AS(plan(m, person, std::span(&c, 1), {.max_labels = 2}), search_limit_error);
    const auto roomy =
        plan(m, person, std::span(&c, 1), {.max_labels = unlimited.statistics.labels_created});
    CHECK(roomy.plans == unlimited.plans);
    // An infeasible question is held to the budget as well.
    CHECK_THROWS_AS(plan(m, person, std::span(&c, 1), {.max_steps = 2, .max_labels = 1}),
                    search_limit_error);
}

TEST_CASE("a profile that does not fit the model is an input_error", "[planner][usage]") {
    const auto m = raised_levels_model();
    const auto t = m.index_of(role_id{"t"});
    CHECK_THROWS_AS(plan(m, person_at("nowhere"), std::span(&t, 1)), input_error);
    auto person = person_at("s");
    person.competencies.emplace_back(competency_id{"unknown"}, 1.0);
    CHECK_THROWS_AS(plan(m, person, std::span(&t, 1)), input_error);
}
