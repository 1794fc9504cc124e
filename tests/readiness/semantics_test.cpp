// SPDX-License-Identifier: Apache-2.0
// semantics.md §2, §3 and §5 on a small model built in code: stint clipping and
// union, credential holding at its boundaries, scores, explanations and orders.
#include <careergraph/model_builder.hpp>
#include <careergraph/population.hpp>
#include <careergraph/ranking.hpp>
#include <careergraph/readiness.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

using namespace careergraph;

date day(const char* text) { return date::parse(text).value(); }

competency_requirement need(const char* id, double level, double weight = 1.0, bool essential = false) {
    competency_requirement r;
    r.competency = competency_id{id};
    r.level = level;
    r.weight = weight;
    r.essential = essential;
    return r;
}

credential_requirement any_of(std::vector<const char*> ids, double weight = 1.0, bool essential = true) {
    credential_requirement r;
    for (auto id : ids) r.any_of.push_back(credential_id{id});
    r.weight = weight;
    r.essential = essential;
    return r;
}

experience_requirement years_in(std::vector<const char*> roles, std::vector<const char*> tags, double years,
                                double weight = 1.0, bool essential = true) {
    experience_requirement r;
    for (auto id : roles) r.roles.push_back(role_id{id});
    for (auto t : tags) r.tags.push_back(t);
    r.years = years;
    r.weight = weight;
    r.essential = essential;
    return r;
}

/// staff, lead (both tagged clinical) -> director; "empty" has no items; "island"
/// is reachable from nowhere.
model small_model() {
    model_builder b;
    b.add(competency{.id = competency_id{"a"}, .name = "A"});
    b.add(competency{.id = competency_id{"b"}, .name = "B"});
    credential lic{.id = credential_id{"lic"}, .name = "License"};
    lic.valid_years = 2.0;
    b.add(std::move(lic));
    b.add(credential{.id = credential_id{"md"}, .name = "MD"});
    b.add(credential{.id = credential_id{"cert"}, .name = "Cert"});
    role staff{.id = role_id{"staff"}, .name = "Staff"};
    staff.tags = {"clinical"};
    staff.competencies = {need("a", 1)};
    role lead{.id = role_id{"lead"}, .name = "Lead"};
    lead.tags = {"clinical"};
    lead.competencies = {need("a", 2), need("b", 1)};
    role director{.id = role_id{"director"}, .name = "Director"};
    director.competencies = {need("a", 3, 2.0, true), need("b", 2)};
    director.credentials = {any_of({"cert", "lic"}), any_of({"md"}, 0.5, false)};
    director.experience = {years_in({}, {"clinical"}, 4), years_in({"lead"}, {}, 0, 1.0, true)};
    b.add(std::move(staff));
    b.add(std::move(lead));
    b.add(std::move(director));
    b.add(role{.id = role_id{"empty"}, .name = "No requirements"});
    b.add(role{.id = role_id{"island"}, .name = "Island"});
    b.add(transition{.from = role_id{"staff"}, .to = role_id{"lead"}});
    b.add(transition{.from = role_id{"lead"}, .to = role_id{"director"}});
    b.add(transition{.from = role_id{"staff"}, .to = role_id{"empty"}});
    return std::move(b).build();
}

profile person(const char* id, const char* as_of = "2020-01-01") {
    profile p;
    p.id = profile_id{id};
    p.as_of = day(as_of);
    p.current_role = role_id{"staff"};
    return p;
}

stint in(const char* role, const char* start, std::optional<const char*> end = std::nullopt) {
    stint s;
    s.role = role_id{role};
    s.start = day(start);
    if (end) s.end = day(*end);
    return s;
}

earned_credential earned(const char* id, date when, std::optional<date> expires = std::nullopt) {
    earned_credential c;
    c.id = credential_id{id};
    c.earned = when;
    c.expires = expires;
    return c;
}

role_set_index clinical_set(const model& m) {
    return m.experience_items(m.index_of(role_id{"director"}))[0].roles;
}

}  // namespace

TEST_CASE("years(R): stints clipped to as_of, overlaps counted once, open and future stints",
          "[readiness][stints]") {
    const model m = small_model();
    const auto clinical = clinical_set(m);
    auto p = person("p");
    SECTION("overlapping stints count once, the open one runs to as_of") {
        p.history = {in("staff", "2010-01-01", "2014-01-01"), in("lead", "2012-01-01")};
        // Union [2010-01-01, 2020-01-01) = 3652 days.
        CHECK(years_in(m, p, clinical) == 3652 / 365.25);
        CHECK(person_state(m, p).years(clinical) == 3652 / 365.25);
    }
    SECTION("a stint starting after as_of counts nothing; one ending after it is clipped") {
        p.history = {in("staff", "2021-01-01"), in("lead", "2019-01-01", "2022-01-01")};
        CHECK(years_in(m, p, clinical) == 365 / 365.25);
    }
    SECTION("a stint ending exactly at its start is empty; a role outside R does not count") {
        p.history = {in("staff", "2015-01-01", "2015-01-01"), in("director", "2000-01-01")};
        CHECK(years_in(m, p, clinical) == 0.0);
    }
    SECTION("as_of given by the caller moves the clipping") {
        p.history = {in("staff", "2010-01-01")};
        CHECK(years_in(m, p, clinical, day("2011-01-01")) == 365 / 365.25);
        CHECK(person_state(m, p, day("2011-01-01")).years(clinical) == 365 / 365.25);
    }
    SECTION("disjoint stints add up") {
        p.history = {in("staff", "2010-01-01", "2011-01-01"), in("lead", "2012-01-01", "2013-01-01")};
        CHECK(years_in(m, p, clinical) == (365 + 366) / 365.25);
    }
}

TEST_CASE("credential holding: not yet earned, expired, valid_years boundary, listed twice",
          "[readiness][credentials]") {
    const model m = small_model();
    const auto lic = m.index_of(credential_id{"lic"});
    const auto md = m.index_of(credential_id{"md"});
    auto p = person("p");
    const date as_of = p.as_of;
    SECTION("valid_years 2 holds through day 730 and not on day 731") {
        p.credentials = {earned("lic", as_of - 730)};
        CHECK(holds(m, p, lic));
        CHECK(person_state(m, p).holds(lic));
        p.credentials = {earned("lic", as_of - 731)};
        CHECK_FALSE(holds(m, p, lic));
        CHECK_FALSE(person_state(m, p).holds(lic));
    }
    SECTION("earned on as_of is held; earned the day after is not yet") {
        p.credentials = {earned("md", as_of)};
        CHECK(holds(m, p, md));
        p.credentials = {earned("md", as_of + 1)};
        CHECK_FALSE(holds(m, p, md));
    }
    SECTION("an explicit expires ends holding on that day and overrides valid_years") {
        p.credentials = {earned("md", day("2010-01-01"), as_of)};
        CHECK_FALSE(holds(m, p, md));
        p.credentials = {earned("md", day("2010-01-01"), as_of + 1)};
        CHECK(holds(m, p, md));
        p.credentials = {earned("lic", as_of - 2000, as_of + 1)};
        CHECK(holds(m, p, lic));
    }
    SECTION("listed twice: held if any entry is held") {
        p.credentials = {earned("lic", as_of - 2000), earned("lic", as_of - 10)};
        CHECK(holds(m, p, lic));
        p.credentials = {earned("lic", as_of - 10), earned("lic", as_of - 2000)};
        CHECK(holds(m, p, lic));
    }
    SECTION("the batch engine agrees at the boundary") {
        std::vector<profile> people{person("x"), person("y")};
        people[0].credentials = {earned("lic", as_of - 730)};
        people[1].credentials = {earned("lic", as_of - 731)};
        const population batch{m, people, {.as_of = std::nullopt, .threads = 1}};
        const auto director = m.index_of(role_id{"director"});
        // Only the first credential group differs: held by x, not by y.
        const auto x = batch.score(0, director);
        const auto y = batch.score(1, director);
        CHECK(x.score - y.score == Approx(1.0 / 6.5));
        CHECK(x == score_of(m, person_state(m, people[0]), director));
        CHECK(y == score_of(m, person_state(m, people[1]), director));
    }
}

TEST_CASE("readiness: score, eligibility, shortfalls and the item order of §3", "[readiness][score]") {
    const model m = small_model();
    const auto director = m.index_of(role_id{"director"});
    auto p = person("p");
    p.competencies = {{competency_id{"a"}, 1.5}, {competency_id{"b"}, 4.0}};
    p.credentials = {earned("lic", p.as_of - 100)};
    p.history = {in("staff", "2018-01-01")};  // 730 days in clinical roles
    const auto r = readiness_of(m, p, director);
    // Weights 2 + 1 + 1 + 0.5 + 1 + 1 = 6.5.
    // a: 1.5/3 = 0.5 -> 1.0; b: 1 -> 1; cert|lic held -> 1; md -> 0;
    // clinical 730/365.25/4; lead 0 years of 0 required -> 1.
    const double clinical = 730 / 365.25 / 4;
    const double expected = (2 * 0.5 + 1 + 1 + 0 + clinical + 1) / 6.5;
    CHECK(r.score == Approx(expected).epsilon(1e-12));
    CHECK_FALSE(r.eligible);  // a is essential and unmet; clinical years too
    REQUIRE(r.items.size() == 6);
    // Shortfalls: a 2*0.5/6.5 = 0.1538; clinical (1-0.4997)/6.5 = 0.0770; md 0.5/6.5 = 0.0769.
    CHECK(r.items[0].kind == item_kind::competency);
    CHECK(r.items[0].position == 0);
    CHECK(r.items[0].required == 3.0);
    CHECK(r.items[0].have == 1.5);
    CHECK(r.items[1].kind == item_kind::experience);
    CHECK(r.items[1].have == 730 / 365.25);
    CHECK(r.items[2].kind == item_kind::credential);
    CHECK(r.items[2].position == 1);
    CHECK_FALSE(r.items[2].held.has_value());
    // Then the met items, all shortfall 0: by kind, then position.
    CHECK(r.items[3].kind == item_kind::competency);
    CHECK(r.items[3].position == 1);
    CHECK(r.items[4].kind == item_kind::credential);
    CHECK(r.items[4].position == 0);
    CHECK(r.items[4].held == m.index_of(credential_id{"lic"}));  // cert is first but not held
    CHECK(r.items[5].kind == item_kind::experience);
    CHECK(r.items[5].position == 1);
    double total = r.score;
    for (const auto& item : r.items) total += item.shortfall;
    CHECK(total == Approx(1.0).margin(1e-12));

    SECTION("meeting every essential item makes the person eligible despite unmet optional items") {
        p.competencies = {{competency_id{"a"}, 3.0}};
        p.history = {in("staff", "2010-01-01")};
        const auto ok = readiness_of(m, p, director);
        CHECK(ok.eligible);
        CHECK(ok.score < 1.0);  // b unmet (not essential), md missing (not essential)
    }
    SECTION("a role without items scores 1 and is eligible") {
        const auto empty = readiness_of(m, p, m.index_of(role_id{"empty"}));
        CHECK(empty.score == 1.0);
        CHECK(empty.eligible);
        CHECK(empty.items.empty());
    }
    SECTION("the caller's as_of date replaces the profile's") {
        const auto earlier = readiness_of(m, p, director, day("2019-01-01"));
        // One year of clinical experience instead of two, and the license not yet earned.
        CHECK(earlier.score < r.score);
    }
}

TEST_CASE("§5 orders: candidates, recommendations, readiness for all roles, gaps", "[readiness][ranking]") {
    const model m = small_model();
    const auto director = m.index_of(role_id{"director"});
    std::vector<profile> people;
    // "zed": eligible, lower score; "amy" and "bob": same score, not eligible.
    auto zed = person("zed");
    zed.competencies = {{competency_id{"a"}, 3.0}};
    zed.credentials = {earned("cert", zed.as_of - 1)};
    zed.history = {in("staff", "2010-01-01")};
    auto bob = person("bob");
    bob.competencies = {{competency_id{"a"}, 2.0}, {competency_id{"b"}, 2.0}};
    bob.credentials = {earned("md", bob.as_of - 1), earned("cert", bob.as_of - 1)};
    bob.history = {in("staff", "2010-01-01")};
    auto amy = bob;
    amy.id = profile_id{"amy"};
    people = {zed, bob, amy};
    const auto zs = score_of(m, person_state(m, zed), director);
    const auto bs = score_of(m, person_state(m, bob), director);
    REQUIRE(zs.eligible);
    REQUIRE_FALSE(bs.eligible);
    REQUIRE(zs.score < bs.score);

    const auto ranked = rank_candidates(m, people, director);
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].person == 0);  // eligible first, despite the lower score
    CHECK(ranked[1].person == 2);  // amy before bob: equal scores, id ascending
    CHECK(ranked[2].person == 1);
    const auto top1 = rank_candidates(m, people, director, 1);
    REQUIRE(top1.size() == 1);
    CHECK(top1[0].person == 0);
    CHECK(rank_candidates(m, people, director, 0).empty());

    for (unsigned threads : {1U, 2U}) {
        const population batch{m, people, {.as_of = std::nullopt, .threads = threads}};
        const std::vector<role_index> roles{director};
        CHECK(batch.top_candidates(roles, all_results)[0] == ranked);
        CHECK(batch.top_candidates(roles, 1)[0] == top1);
    }

    SECTION("recommendations: score descending, then role id; reachable from the current role") {
        const auto recs = recommend_roles(m, zed);
        REQUIRE(recs.size() == 5);
        // empty and island have no items and staff needs a >= 1: all score 1 for zed,
        // so they come first by id; lead needs b, which zed lacks.
        CHECK(m.at(recs[0].role).id.value() == "empty");
        CHECK(m.at(recs[1].role).id.value() == "island");
        CHECK(m.at(recs[2].role).id.value() == "staff");
        for (std::size_t i = 1; i < recs.size(); ++i) CHECK(recs[i - 1].score >= recs[i].score);
        const auto reach = recommend_roles(m, zed, {.top = all_results, .reachable = true});
        std::vector<std::string> ids;
        for (const auto& r : reach) ids.push_back(m.at(r.role).id.value());
        CHECK(ids == std::vector<std::string>{"empty", "staff", "director", "lead"});
        const auto top2 = recommend_roles(m, zed, {.top = 2, .reachable = true});
        REQUIRE(top2.size() == 2);
        CHECK(m.at(top2[1].role).id.value() == "staff");
        auto from_lead = zed;
        from_lead.current_role = role_id{"lead"};
        CHECK(recommend_roles(m, from_lead, {.top = all_results, .reachable = true}).size() == 2);
        const population batch{m, std::span<const profile>(&zed, 1)};
        CHECK(batch.top_roles({.top = all_results, .reachable = true})[0] == reach);
        CHECK(batch.top_roles({.top = 2, .reachable = true})[0] == top2);
        CHECK(batch.top_roles({.top = all_results, .reachable = false})[0] == recs);
    }
    SECTION("readiness for all roles: score descending, then role id") {
        const auto all = readiness_all(m, person_state(m, zed));
        REQUIRE(all.size() == 5);
        CHECK(m.at(all[0].role).id.value() == "empty");
        CHECK(m.at(all[3].role).id.value() == "director");
        CHECK(m.at(all[4].role).id.value() == "lead");
    }
    SECTION("gaps: sum and mean per item, sum descending, ties by kind then position") {
        const auto gaps = population_gaps(m, people, director);
        CHECK(gaps.people == 3);
        REQUIRE(gaps.items.size() == 6);
        for (std::size_t i = 1; i < gaps.items.size(); ++i)
            CHECK(detail::round12(gaps.items[i - 1].shortfall_sum) >= detail::round12(gaps.items[i].shortfall_sum));
        // md: held by bob and amy only -> 0.5/6.5 for zed.
        const auto md = std::find_if(gaps.items.begin(), gaps.items.end(), [](const item_gap& g) {
            return g.kind == item_kind::credential && g.position == 1;
        });
        REQUIRE(md != gaps.items.end());
        CHECK(md->shortfall_sum == Approx(0.5 / 6.5));
        CHECK(md->shortfall_mean == Approx(0.5 / 6.5 / 3));
        // The two met experience items tie at 0 and come last, by position.
        CHECK(gaps.items[4].kind == item_kind::experience);
        CHECK(gaps.items[4].position == 0);
        CHECK(gaps.items[5].position == 1);
        const population batch{m, people};
        CHECK(batch.gaps(director) == gaps);
        const auto none = population_gaps(m, std::span<const profile>{}, director);
        CHECK(none.people == 0);
        CHECK(none.items.size() == 6);
        CHECK(none.items[0].shortfall_mean == 0.0);
    }
}

TEST_CASE("orders compare numbers rounded to 12 decimal places", "[readiness][ranking]") {
    CHECK(detail::round12(0.1 + 0.2) == detail::round12(0.3));
    CHECK(detail::equal12(0.1 + 0.2, 0.3));
    CHECK_FALSE(detail::less12(0.3, 0.1 + 0.2));
    CHECK(detail::less12(0.3, 0.3 + 1e-11));
    CHECK(detail::compare12(1.0, 2.0) == std::partial_ordering::less);
    // Equal after rounding: the tie-break decides, not the noise.
    CHECK(detail::candidate_before(true, 0.3, 0, true, 0.1 + 0.2, 1));
    CHECK_FALSE(detail::candidate_before(true, 0.1 + 0.2, 1, true, 0.3, 0));
    CHECK(detail::candidate_before(true, 0.1, 5, false, 0.9, 0));
    CHECK(detail::role_before(0.3, 0, 0.1 + 0.2, 1));
    CHECK(detail::round12(1e300) == 1e300);
}

TEST_CASE("API misuse and bad profiles are rejected with clear errors", "[readiness][errors]") {
    const model m = small_model();
    const auto p = person("p");
    const role_index bad_role{99};
    CHECK_THROWS_AS(score_of(m, person_state(m, p), bad_role), usage_error);
    CHECK_THROWS_AS(readiness_of(m, p, bad_role), usage_error);
    CHECK_THROWS_WITH(readiness_of(m, p, bad_role), Catch::Contains("role index 99 out of range"));
    CHECK_THROWS_AS(rank_candidates(m, std::vector<profile>{p}, bad_role), usage_error);
    CHECK_THROWS_AS(population_gaps(m, std::vector<profile>{p}, bad_role), usage_error);
    CHECK_THROWS_AS(reachable_roles(m, bad_role), usage_error);
    CHECK_THROWS_AS(years_in(m, p, role_set_index{50}), usage_error);
    CHECK_THROWS_AS(holds(m, p, credential_index{50}), usage_error);

    SECTION("a person prepared for another model") {
        const model other = model_builder{}.add(role{.id = role_id{"staff"}, .name = "S"}).build();
        const person_state foreign{other, p};
        CHECK_THROWS_AS(score_of(m, foreign, role_index{0}), usage_error);
        CHECK_THROWS_WITH(recommend_roles(m, foreign), Catch::Contains("different model"));
    }
    SECTION("profiles that do not fit the model: input_error with the JSON path") {
        auto q = p;
        q.competencies = {{competency_id{"nope"}, 1.0}};
        CHECK_THROWS_WITH(person_state(m, q), "competencies.nope: unknown competency nope");
        q.competencies = {{competency_id{"a"}, 6.0}};
        CHECK_THROWS_WITH(person_state(m, q), Catch::Contains("level above the scale max (5)"));
        q = p;
        q.current_role = role_id{"ghost"};
        CHECK_THROWS_AS(person_state(m, q), input_error);
        q = p;
        q.history = {in("staff", "2012-01-01", "2011-01-01")};
        CHECK_THROWS_WITH(person_state(m, q), Catch::Contains("history[0].end"));
        q = p;
        q.credentials = {earned("phd", p.as_of)};
        CHECK_THROWS_WITH(person_state(m, q), "credentials[0].id: unknown credential phd");
    }
    SECTION("the batch engine names the first bad profile by position") {
        std::vector<profile> people(5, p);
        people[3].current_role = role_id{"ghost"};
        people[4].competencies = {{competency_id{"nope"}, 1.0}};
        for (unsigned threads : {1U, 2U}) {
            try {
                const population batch{m, people, {.as_of = std::nullopt, .threads = threads}};
                FAIL("no error");
            } catch (const input_error& e) {
                CHECK(e.path() == "[3].current_role");
                CHECK(e.reason() == "unknown role ghost");
            }
        }
    }
    SECTION("batch queries check their arguments") {
        const population batch{m, std::vector<profile>{p}};
        const std::vector<role_index> roles{bad_role};
        CHECK_THROWS_AS(batch.top_candidates(roles, 3), usage_error);
        CHECK_THROWS_AS(batch.scores(roles), usage_error);
        CHECK_THROWS_AS(batch.gaps(bad_role), usage_error);
        CHECK_THROWS_AS(batch.score(0, bad_role), usage_error);
        CHECK_THROWS_WITH(batch.score(1, role_index{0}), Catch::Contains("person 1 out of range"));
        CHECK_THROWS_AS(batch.id(7), usage_error);
        CHECK_THROWS_AS(batch.for_each_score(roles, [](auto&&...) {}), usage_error);
    }
}
