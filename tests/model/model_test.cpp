// SPDX-License-Identifier: Apache-2.0
#include <careergraph/model.hpp>
#include <careergraph/model_builder.hpp>

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <string>
#include <vector>

namespace cg = careergraph;

namespace {

cg::competency comp(std::string id, std::optional<std::string> parent = {}) {
    cg::competency c{.id = cg::competency_id{id}, .name = id};
    if (parent) c.parent = cg::competency_id{*parent};
    return c;
}

cg::role role(std::string id, std::vector<std::string> tags = {}) {
    return cg::role{.id = cg::role_id{id}, .name = id, .tags = std::move(tags)};
}

cg::transition edge(std::string from, std::string to, double years, double effort) {
    return cg::transition{.from = cg::role_id{from}, .to = cg::role_id{to}, .years = years, .effort = effort};
}

// A small chain with a shortcut: a -> b -> d is cheaper in effort, a -> c -> d in years.
cg::model_builder chain() {
    cg::model_builder b;
    b.add(comp("pnl")).add(comp("qi"));
    b.add(role("a", {"clinical"})).add(role("b", {"clinical"})).add(role("c")).add(role("d"));
    b.add(edge("a", "b", 2, 1)).add(edge("b", "d", 2, 1)).add(edge("a", "c", 1, 5)).add(edge("c", "d", 1, 5));
    return b;
}

std::string rejection(const cg::model_builder& b) {
    try {
        (void)b.build();
    } catch (const cg::input_error& e) {
        return e.path() + ": " + e.reason();
    }
    return "accepted";
}

}  // namespace

TEST_CASE("ids resolve to dense indices and back", "[model]") {
    const auto m = chain().build();
    REQUIRE(m.role_count() == 4);
    const auto d = m.find(cg::role_id{"d"});
    REQUIRE(d);
    CHECK(d->value() == 3);
    CHECK(m.at(*d).id.value() == "d");
    CHECK_FALSE(m.find(cg::role_id{"zz"}));
    CHECK_THROWS_AS(m.index_of(cg::role_id{"zz"}), cg::input_error);
    CHECK(m.find_transition(cg::role_index{0}, cg::role_index{1}));
    CHECK_FALSE(m.find_transition(cg::role_index{1}, cg::role_index{0}));
    CHECK(m.out_transitions(cg::role_index{0}).size() == 2);
    CHECK(m.in_transitions(cg::role_index{3}).size() == 2);
}

TEST_CASE("requirement items are laid out per role with their role sets", "[model]") {
    auto b = chain();
    cg::role md = role("md");
    md.competencies.push_back({.competency = cg::competency_id{"pnl"}, .level = 3, .weight = 2, .essential = true});
    md.competencies.push_back({.competency = cg::competency_id{"pnl"}, .level = 1});  // twice: allowed
    md.experience.push_back({.roles = {cg::role_id{"c"}}, .tags = {"clinical"}, .years = 10});
    md.experience.push_back({.roles = {cg::role_id{"b"}, cg::role_id{"a"}, cg::role_id{"c"}}, .years = 1});
    b.add(md);
    const auto m = std::move(b).build();
    const auto r = *m.find(cg::role_id{"md"});
    REQUIRE(m.competency_items(r).size() == 2);
    CHECK(m.total_weight(r) == 2 + 1 + 1 + 1);
    const auto exp = m.experience_items(r);
    REQUIRE(exp.size() == 2);
    // Tags and listed roles give the same set {a, b, c}: stored once.
    CHECK(exp[0].roles == exp[1].roles);
    CHECK(m.role_set(exp[0].roles).size() == 3);
    CHECK(m.in_role_set(exp[0].roles, cg::role_index{2}));
    CHECK_FALSE(m.in_role_set(exp[0].roles, cg::role_index{3}));
}

TEST_CASE("validation names the element and the reason", "[model][validation]") {
    SECTION("dangling references") {
        auto b = chain();
        b.add(edge("a", "zz", 0, 0));
        CHECK(rejection(b) == "transitions[4].to: unknown role zz");
    }
    SECTION("duplicate ids") {
        auto b = chain();
        b.add(role("b"));
        CHECK(rejection(b) == "roles[4].id: duplicate role id b");
    }
    SECTION("empty ids") {
        auto b = chain();
        b.add(role(""));
        CHECK(rejection(b) == "roles[4].id: id must be a non-empty string");
    }
    SECTION("parent cycle") {
        cg::model_builder b;
        b.add(comp("x", "y")).add(comp("y", "x"));
        CHECK(rejection(b).find("cycle x -> y -> x") != std::string::npos);
    }
    SECTION("self parent") {
        cg::model_builder b;
        b.add(comp("x", "x"));
        CHECK(rejection(b) == "competencies[0].parent: cycle x -> x");
    }
    SECTION("levels: above the max of a custom scale, not positive, not finite") {
        cg::model_builder b;
        b.add(cg::scale{.id = cg::scale_id{"yn"}, .levels = {"no", "yes"}});
        auto c = comp("c");
        c.scale = cg::scale_id{"yn"};
        b.add(c);
        auto r = role("r");
        r.competencies.push_back({.competency = cg::competency_id{"c"}, .level = 1.5});
        b.add(r);
        CHECK(rejection(b) == "roles[0].competencies[0].level: level above the scale max (1)");
    }
    SECTION("a level that is not a number") {
        cg::model_builder b;
        b.add(comp("c"));
        auto r = role("r");
        r.competencies.push_back({.competency = cg::competency_id{"c"}, .level = std::numeric_limits<double>::quiet_NaN()});
        b.add(r);
        CHECK(rejection(b) == "roles[0].competencies[0].level: level must be a finite number");
    }
    SECTION("numbers") {
        auto b = chain();
        b.add(cg::credential{.id = cg::credential_id{"k"}, .name = "K", .valid_years = -1.0});
        CHECK(rejection(b) == "credentials[0].valid_years: valid_years must be >= 0");
        auto b2 = chain();
        b2.add(edge("d", "a", std::numeric_limits<double>::infinity(), 0));
        CHECK(rejection(b2) == "transitions[4].years: years must be a finite number");
    }
    SECTION("empty scale") {
        cg::model_builder b;
        b.add(cg::scale{.id = cg::scale_id{"s"}, .levels = {}});
        CHECK(rejection(b) == "scales[0].levels: levels must list at least one level");
    }
    SECTION("what the format allows") {
        cg::model_builder b;
        b.add(cg::scale{.id = cg::scale_id{"one"}, .levels = {"only"}});
        auto r = role("r");
        r.experience.push_back({.tags = {"nobody-has-this"}, .years = 3});
        b.add(r).add(edge("r", "r", 1, 0));
        b.add(cg::credential{.id = cg::credential_id{"k"}, .name = "K", .valid_years = 0.0});
        CHECK(rejection(b) == "accepted");
    }
}

TEST_CASE("profiles are checked against the model", "[model][profile]") {
    auto b = chain();
    b.add(cg::credential{.id = cg::credential_id{"lic"}, .name = "License"});
    const auto m = std::move(b).build();
    cg::profile p{.id = cg::profile_id{"p"}, .as_of = *cg::date::parse("2026-11-23"), .current_role = cg::role_id{"a"}};
    CHECK_NOTHROW(m.check(p));
    auto bad = p;
    bad.current_role = cg::role_id{"zz"};
    CHECK_THROWS_WITH(m.check(bad), "current_role: unknown role zz");
    bad = p;
    bad.competencies.emplace_back(cg::competency_id{"pnl"}, 5.5);
    CHECK_THROWS_WITH(m.check(bad), "competencies.pnl: level above the scale max (5)");
    bad = p;
    bad.competencies.emplace_back(cg::competency_id{"pnl"}, 1);
    bad.competencies.emplace_back(cg::competency_id{"pnl"}, 2);
    CHECK_THROWS_WITH(m.check(bad), "competencies.pnl: competency pnl is listed twice");
    bad = p;
    bad.competencies.emplace_back(cg::competency_id{"p.n"}, 1);
    CHECK_THROWS_WITH(m.check(bad), "competencies[\"p.n\"]: unknown competency p.n");
    bad = p;
    bad.history.push_back({cg::role_id{"a"}, *cg::date::parse("2020-01-02"), *cg::date::parse("2020-01-01"), {}});
    CHECK_THROWS_WITH(m.check(bad), "history[0].end: end 2020-01-01 is before start 2020-01-02");
    bad = p;
    bad.credentials.push_back({cg::credential_id{"mba"}, *cg::date::parse("2020-01-01"), {}, {}});
    CHECK_THROWS_WITH(m.check(bad), "credentials[0].id: unknown credential mba");
}

TEST_CASE("the role graph runs Boost's Dijkstra with either weight", "[model][graph]") {
    const auto m = chain().build();
    const auto& g = m.graph();
    REQUIRE(g.role_count() == 4);
    REQUIRE(g.transition_count() == 4);
    const auto a = *m.find(cg::role_id{"a"});
    const auto d = *m.find(cg::role_id{"d"});
    std::vector<double> distances(g.role_count());
    std::vector<cg::role_graph::vertex_descriptor> predecessors(g.role_count());
    const auto index = boost::get(boost::vertex_index, g.boost_graph());
    auto dist = boost::make_iterator_property_map(distances.begin(), index);
    auto pred = boost::make_iterator_property_map(predecessors.begin(), index);
    boost::dijkstra_shortest_paths(g.boost_graph(), g.vertex(a),
                                   boost::weight_map(g.effort_map()).distance_map(dist).predecessor_map(pred));
    CHECK(dist[g.vertex(d)] == 2.0);                            // a -> b -> d
    CHECK(g.role(pred[g.vertex(d)]) == *m.find(cg::role_id{"b"}));
    boost::dijkstra_shortest_paths(g.boost_graph(), g.vertex(a),
                                   boost::weight_map(g.years_map()).distance_map(dist).predecessor_map(pred));
    CHECK(dist[g.vertex(d)] == 2.0);                            // a -> c -> d, 1 + 1 years
    CHECK(g.role(pred[g.vertex(d)]) == *m.find(cg::role_id{"c"}));
    // Every edge carries its transition's numbers.
    for (auto [e, end] = boost::edges(g.boost_graph()); e != end; ++e) {
        const auto& t = m.at(g.transition(*e));
        CHECK(m.at(g.role(boost::source(*e, g.boost_graph()))).id == t.from);
        CHECK(m.at(g.role(boost::target(*e, g.boost_graph()))).id == t.to);
        CHECK(g.effort_map()[*e] == t.effort);
    }
}
