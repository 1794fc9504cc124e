// SPDX-License-Identifier: Apache-2.0
// The static gap weights and the shortest-path queries over them.
#include <careergraph/error.hpp>
#include <careergraph/gap_distance.hpp>
#include <careergraph/model_builder.hpp>
#include <careergraph/synthetic.hpp>

#include <boost/graph/astar_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace {

using namespace careergraph;

/// u needs c at 2 and one of {k1 (5 effort, 1 year), k2 (3, 0)}: its occupant
/// holds c = 2 and k2. v needs c at 3, d at 1 (effort 2 per level) and k1.
model two_role_model() {
    role u{.id = role_id{"u"}, .name = "U"};
    u.competencies.push_back({.competency = competency_id{"c"}, .level = 2});
    u.credentials.push_back({.any_of = {credential_id{"k1"}, credential_id{"k2"}}});
    role v{.id = role_id{"v"}, .name = "V"};
    v.competencies.push_back({.competency = competency_id{"c"}, .level = 3});
    v.competencies.push_back({.competency = competency_id{"d"}, .level = 1});
    v.credentials.push_back({.any_of = {credential_id{"k1"}}});
    experience_requirement long_time{.roles = {role_id{"w"}}, .years = 50};
    v.experience.push_back(long_time);  // ignored by the static view
    role w{.id = role_id{"w"}, .name = "W"};
    return model_builder{}
        .add(competency{.id = competency_id{"c"}, .name = "C"})
        .add(competency{.id = competency_id{"d"}, .name = "D", .effort_per_level = 2})
        .add(credential{.id = credential_id{"k1"}, .name = "K1", .effort = 5, .years = 1})
        .add(credential{.id = credential_id{"k2"}, .name = "K2", .effort = 3, .years = 0})
        .add(std::move(u))
        .add(std::move(v))
        .add(std::move(w))
        .add(transition{.from = role_id{"u"}, .to = role_id{"v"}, .years = 2, .effort = 1})
        .add(transition{.from = role_id{"v"}, .to = role_id{"u"}, .years = 0, .effort = 0})
        .add(transition{.from = role_id{"w"}, .to = role_id{"u"}, .years = 1, .effort = 0.5})
        .build();
}

}  // namespace

TEST_CASE("a gap is the step cost for the occupant of the source role", "[planner][gap]") {
    const auto m = two_role_model();
    const gap_distance gaps{m};
    const auto uv = *m.find_transition(m.index_of(role_id{"u"}), m.index_of(role_id{"v"}));
    const auto vu = *m.find_transition(m.index_of(role_id{"v"}), m.index_of(role_id{"u"}));
    const auto wu = *m.find_transition(m.index_of(role_id{"w"}), m.index_of(role_id{"u"}));
    // 1 (move) + 1 * (3 - 2) + 2 * (1 - 0) + 5 (k1; the occupant took k2).
    CHECK(gaps.effort(uv) == 9.0);
    CHECK(gaps.years(uv) == 3.0);
    // v's occupant holds c = 3 and k1, which satisfies u's group: nothing to do.
    CHECK(gaps.effort(vu) == 0.0);
    CHECK(gaps.years(vu) == 0.0);
    // w's occupant has nothing: 0.5 + 1 * 2 + 3 (k2, the cheaper candidate).
    CHECK(gaps.effort(wu) == 5.5);
    CHECK(gaps.years(wu) == 1.0);
}

TEST_CASE("gap distances, point queries and radius queries agree", "[planner][gap]") {
    const auto m = two_role_model();
    const gap_distance gaps{m};
    const auto u = m.index_of(role_id{"u"});
    const auto v = m.index_of(role_id{"v"});
    const auto w = m.index_of(role_id{"w"});
    const auto from_w = gaps.distances_from(w);
    CHECK(from_w[w.value()] == 0.0);
    CHECK(from_w[u.value()] == 5.5);
    CHECK(from_w[v.value()] == 14.5);
    CHECK(gaps.distance(w, v) == 14.5);
    CHECK_FALSE(gaps.distance(u, w));
    const auto near = gaps.within(w, 10.0);
    REQUIRE(near.size() == 2);
    CHECK(near[0] == std::pair{w, 0.0});
    CHECK(near[1] == std::pair{u, 5.5});
    CHECK(gaps.within(w, 14.5).size() == 3);
    CHECK(gaps.within(w, 0.0).size() == 1);
}

TEST_CASE("the weight maps plug into plain BGL algorithms", "[planner][gap]") {
    const model m{synthetic::make_model({.roles = 300,
                                         .competencies = 40,
                                         .credentials = 12,
                                         .transitions = 2000,
                                         .items_per_role = 8,
                                         .seed = 5})};
    const gap_distance gaps{m};
    const auto& rg = m.graph();
    const auto& g = rg.boost_graph();
    for (std::uint32_t source : {0U, 17U, 299U}) {
        const auto ours = gaps.distances_from(role_index{source});
        // Bellman-Ford by hand over the model's own transition list, as an oracle.
        std::vector<double> oracle(m.role_count(), std::numeric_limits<double>::infinity());
        oracle[source] = 0.0;
        for (bool changed = true; changed;) {
            changed = false;
            for (std::uint32_t t = 0; t < m.transition_count(); ++t) {
                const auto& tr = m.at(transition_index{t});
                const auto a = m.index_of(tr.from).value();
                const auto b = m.index_of(tr.to).value();
                const double nd = oracle[a] + gaps.effort(transition_index{t});
                if (nd < oracle[b] - 1e-12) {
                    oracle[b] = nd;
                    changed = true;
                }
            }
        }
        std::vector<double> astar(m.role_count());
        boost::astar_search(
            g, rg.vertex(role_index{source}), [](auto) { return 0.0; },
            boost::weight_map(gaps.effort_map())
                .distance_map(gaps.distance_map(astar))
                .visitor(boost::default_astar_visitor()));
        std::size_t reached = 0;
        for (std::size_t r = 0; r < ours.size(); ++r) {
            if (std::isinf(oracle[r])) {
                CHECK(std::isinf(ours[r]));
                continue;
            }
            ++reached;
            CHECK(std::fabs(ours[r] - oracle[r]) < 1e-9);
            CHECK(std::fabs(astar[r] - oracle[r]) < 1e-9);
            CHECK(gaps.distance(role_index{source}, role_index{static_cast<std::uint32_t>(r)}) ==
                  ours[r]);
        }
        CHECK(reached > 1);
        // within(): exactly the roles at or under the radius, ordered by distance.
        const double radius = 60.0;
        const auto near = gaps.within(role_index{source}, radius);
        std::size_t expected = 0;
        for (double d : ours) expected += d <= radius ? 1 : 0;
        CHECK(near.size() == expected);
        for (std::size_t i = 1; i < near.size(); ++i) CHECK(near[i - 1].second <= near[i].second);
        for (const auto& [role, d] : near) CHECK(d == ours[role.value()]);
    }
    // Every gap is at least the transition's own effort and years.
    for (std::uint32_t t = 0; t < m.transition_count(); ++t) {
        CHECK(gaps.effort(transition_index{t}) >= m.at(transition_index{t}).effort);
        CHECK(gaps.years(transition_index{t}) >= m.at(transition_index{t}).years);
    }
}

TEST_CASE("misuse of gap_distance is a usage_error", "[planner][gap][usage]") {
    const auto m = two_role_model();
    const gap_distance gaps{m};
    CHECK_THROWS_AS(gaps.distances_from(role_index{7}), usage_error);
    CHECK_THROWS_AS(gaps.distance(role_index{0}, role_index{7}), usage_error);
    CHECK_THROWS_AS(gaps.within(role_index{7}, 1.0), usage_error);
    CHECK_THROWS_AS(gaps.within(role_index{0}, -1.0), usage_error);
    CHECK_THROWS_AS(gaps.within(role_index{0}, std::numeric_limits<double>::quiet_NaN()),
                    usage_error);
    CHECK_THROWS_AS(gaps.effort(transition_index{3}), usage_error);
    CHECK_THROWS_AS(gaps.years(transition_index{3}), usage_error);
}
