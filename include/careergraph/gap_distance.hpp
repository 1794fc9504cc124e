// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/detail/compare.hpp>
#include <careergraph/detail/planner_state.hpp>
#include <careergraph/error.hpp>
#include <careergraph/graph/role_graph.hpp>
#include <careergraph/model.hpp>
#include <careergraph/strong_id.hpp>

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace careergraph {

/// @brief The profile-independent view of career paths: a static "gap" weight on
/// every transition, for Boost.Graph shortest paths over `model::graph()`.
///
/// The gap of a transition `u -> v` is what §4 charges for that step to the
/// *canonical occupant* of `u`: a person who started with nothing (no levels, no
/// credentials) and has just entered `u`, so holds exactly `u`'s required levels
/// and the credentials §4's step 4 picks for `u`'s groups. Effort: the
/// transition's effort + raising to `v`'s levels + `v`'s unmet credential
/// groups. Years: the transition's years + those credentials' years.
/// Experience is left out (it depends on a person's history), so a gap is the
/// cost of moving between two roles' requirement sets. Gaps answer "which
/// roles are within X effort of this one" for a role rather than a person.
///
/// The gaps are not lower bounds for a particular person (someone above `u`'s
/// requirements pays less), which is why the planner derives its own
/// per-person bound (docs/planner.md). Immutable once built; thread-safe.
/// @code
/// careergraph::gap_distance gaps{model};
/// for (auto [role, effort] : gaps.within(model.index_of(careergraph::role_id{"attending"}), 30.0))
///     std::printf("%s %g\n", model.at(role).id.value().c_str(), effort);
/// @endcode
class gap_distance {
public:
    using graph_type = role_graph::graph_type;
    using edge_index_map = boost::property_map<graph_type, boost::edge_index_t>::const_type;
    /// A readable BGL property map from the role graph's edge descriptors to a weight.
    using weight_map =
        boost::iterator_property_map<const double*, edge_index_map, double, const double&>;
    /// A writable BGL property map from vertex descriptors into a `std::vector<double>`.
    using distance_map_type = boost::iterator_property_map<
        std::vector<double>::iterator,
        boost::property_map<graph_type, boost::vertex_index_t>::const_type>;

    /// @brief Computes the gaps of every transition.
    /// Complexity: O(sum over transitions of the items of both ends).
    explicit gap_distance(const model& m) : model_(&m) {
        const auto& g = m.graph().boost_graph();
        const detail::plan_tables tables(m);
        const auto origin = detail::walk_origin::blank(m);
        detail::walk_scratch scratch(origin);
        detail::ignore_step_details quiet;
        detail::step_cost cost;
        by_transition_effort_.assign(m.transition_count(), 0.0);
        by_transition_years_.assign(m.transition_count(), 0.0);
        for (std::uint32_t u = 0; u < m.role_count(); ++u) {
            const auto out = m.out_transitions(role_index{u});
            if (out.empty()) continue;
            // Enter u from nothing (a free, zero-year step) to become its occupant.
            (void)detail::apply_step(tables, origin, scratch, u,
                                     out_transition{role_index{u}, {}, 0.0, 0.0}, quiet, cost);
            const auto occupant = scratch.save();
            for (const auto& e : out) {
                (void)detail::apply_step(tables, origin, scratch, u, e, quiet, cost);
                by_transition_effort_[e.transition.value()] = cost.effort;
                by_transition_years_[e.transition.value()] = cost.years;
                scratch.restore(occupant);
            }
            scratch.restore(detail::walk_scratch::checkpoint{});
        }
        // The same numbers laid out by the CSR graph's own edge index.
        effort_.assign(boost::num_edges(g), 0.0);
        years_.assign(boost::num_edges(g), 0.0);
        const auto index = boost::get(boost::edge_index, g);
        for (auto [it, end] = boost::edges(g); it != end; ++it) {
            const auto t = m.graph().transition(*it).value();
            const auto at = get(index, *it);  // found by ADL in boost::detail
            effort_[at] = by_transition_effort_[t];
            years_[at] = by_transition_years_[t];
        }
    }

    [[nodiscard]] const model& source() const noexcept { return *model_; }

    /// @brief The gap effort of transition `t`. @throws usage_error if out of range.
    [[nodiscard]] double effort(transition_index t) const {
        check(t);
        return by_transition_effort_[t.value()];
    }
    /// @brief The gap years of transition `t`. @throws usage_error if out of range.
    [[nodiscard]] double years(transition_index t) const {
        check(t);
        return by_transition_years_[t.value()];
    }

    /// @brief Gap efforts as a BGL weight map over `source().graph().boost_graph()`,
    /// for `dijkstra_shortest_paths`, `astar_search` and the like.
    [[nodiscard]] weight_map effort_map() const {
        return weight_map(effort_.data(),
                          boost::get(boost::edge_index, model_->graph().boost_graph()));
    }
    /// @brief Gap years as a BGL weight map.
    [[nodiscard]] weight_map years_map() const {
        return weight_map(years_.data(),
                          boost::get(boost::edge_index, model_->graph().boost_graph()));
    }

    /// @brief Least total gap effort from `from` to every role (+inf where unreachable),
    /// by `boost::dijkstra_shortest_paths` with `effort_map()`.
    /// @throws usage_error if `from` is out of range.
    /// Complexity: O((V + E) log V).
    [[nodiscard]] std::vector<double> distances_from(role_index from) const {
        check(from);
        const auto& rg = model_->graph();
        std::vector<double> dist(rg.role_count(), unreachable());
        boost::dijkstra_shortest_paths(rg.boost_graph(), rg.vertex(from),
                                       boost::weight_map(effort_map())
                                           .distance_map(distance_map(dist))
                                           .distance_inf(unreachable()));
        return dist;
    }

    /// @brief Least total gap effort from `from` to `to`, or nullopt when `to` is
    /// unreachable. Stops as soon as `to` is settled.
    /// @throws usage_error if a role is out of range.
    /// Complexity: O((V + E) log V) at worst, less when `to` is near.
    [[nodiscard]] std::optional<double> distance(role_index from, role_index to) const {
        check(from);
        check(to);
        const auto& rg = model_->graph();
        std::vector<double> dist(rg.role_count(), unreachable());
        try {
            boost::dijkstra_shortest_paths(rg.boost_graph(), rg.vertex(from),
                                           boost::weight_map(effort_map())
                                               .distance_map(distance_map(dist))
                                               .distance_inf(unreachable())
                                               .visitor(stop_at{rg.vertex(to)}));
        } catch (const settled&) {
        }
        if (dist[to.value()] == unreachable()) return std::nullopt;
        return dist[to.value()];
    }

    /// @brief Every role within `max_effort` gap effort of `from` (compared at 12
    /// decimals), `from` itself included, by distance then id.
    /// @throws usage_error if `from` is out of range or `max_effort` is negative or NaN.
    /// Complexity: O((V' + E') log V') for the V' roles and E' transitions explored,
    /// plus O(V) to set up.
    [[nodiscard]] std::vector<std::pair<role_index, double>> within(role_index from,
                                                                    double max_effort) const {
        check(from);
        if (!(max_effort >= 0.0))
            throw usage_error("gap_distance::within: max_effort must be >= 0");
        const auto& rg = model_->graph();
        std::vector<double> dist(rg.role_count(), unreachable());
        std::vector<std::pair<role_index, double>> out;
        try {
            boost::dijkstra_shortest_paths(
                rg.boost_graph(), rg.vertex(from),
                boost::weight_map(effort_map())
                    .distance_map(distance_map(dist))
                    .distance_inf(unreachable())
                    .visitor(collect_within{dist.data(), detail::round12(max_effort), &out, &rg}));
        } catch (const settled&) {
        }
        std::sort(out.begin(), out.end(), [this](const auto& a, const auto& b) {
            const auto by_distance = detail::compare12(a.second, b.second);
            if (by_distance != 0) return by_distance < 0;
            return model_->at(a.first).id.value() < model_->at(b.first).id.value();
        });
        return out;
    }

    /// @brief `dist` as a BGL distance map over the role graph's vertices. (A raw
    /// pointer does not work with the CSR graph: inside BGL its
    /// `boost::detail::get` hides the pointer overload of `get`.)
    [[nodiscard]] distance_map_type distance_map(std::vector<double>& dist) const {
        return boost::make_iterator_property_map(
            dist.begin(), boost::get(boost::vertex_index, model_->graph().boost_graph()));
    }

private:
    struct settled {};

    /// Ends the search when the target is taken off the queue (its distance is final).
    struct stop_at : boost::default_dijkstra_visitor {
        role_graph::vertex_descriptor target;
        explicit stop_at(role_graph::vertex_descriptor t) : target(t) {}
        template <class Graph>
        void examine_vertex(role_graph::vertex_descriptor v, const Graph&) const {
            if (v == target) throw settled{};
        }
    };

    /// Collects settled roles until the first one beyond the limit.
    struct collect_within : boost::default_dijkstra_visitor {
        const double* dist;
        double limit;
        std::vector<std::pair<role_index, double>>* out;
        const role_graph* graph;
        collect_within(const double* d, double l, std::vector<std::pair<role_index, double>>* o,
                       const role_graph* g)
            : dist(d), limit(l), out(o), graph(g) {}
        template <class Graph>
        void examine_vertex(role_graph::vertex_descriptor v, const Graph&) const {
            if (detail::round12(dist[v]) > limit) throw settled{};
            out->emplace_back(graph->role(v), dist[v]);
        }
    };

    [[nodiscard]] static constexpr double unreachable() noexcept {
        return std::numeric_limits<double>::infinity();
    }

    void check(role_index r) const {
        if (r.value() >= model_->role_count())
            throw usage_error("gap_distance: role index " + std::to_string(r.value()) +
                              " out of range");
    }
    void check(transition_index t) const {
        if (t.value() >= model_->transition_count())
            throw usage_error("gap_distance: transition index " + std::to_string(t.value()) +
                              " out of range");
    }

    const model* model_;
    std::vector<double> by_transition_effort_;
    std::vector<double> by_transition_years_;
    std::vector<double> effort_;
    std::vector<double> years_;
};

}  // namespace careergraph
