// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/strong_id.hpp>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>

#include <cstddef>
#include <utility>
#include <vector>

namespace careergraph {

/// @brief Vertex bundle of the role graph: the role the vertex stands for.
struct role_vertex {
    role_index role;
};

/// @brief Edge bundle of the role graph: one transition and its two weights.
struct transition_edge {
    transition_index transition;
    double years = 0.0;
    double effort = 0.0;
};

/// @brief The role-transition graph as a Boost.Graph (compressed sparse row, directed).
///
/// Vertices are roles, edges transitions. The graph is immutable, like the model
/// that owns it, and laid out for fast traversal. Vertex descriptors do not
/// leave this class: convert with `vertex(role_index)` and `role(vertex)`.
/// `boost_graph()` with `years_map()` or `effort_map()` plugs straight into BGL
/// algorithms such as `dijkstra_shortest_paths`.
/// @code
/// const auto& g = model.graph();
/// std::vector<double> dist(g.role_count());
/// boost::dijkstra_shortest_paths(g.boost_graph(), g.vertex(from),
///     boost::weight_map(g.effort_map()).distance_map(boost::make_iterator_property_map(
///         dist.begin(), boost::get(boost::vertex_index, g.boost_graph()))));
/// @endcode
class role_graph {
public:
    using graph_type =
        boost::compressed_sparse_row_graph<boost::directedS, role_vertex, transition_edge>;
    using vertex_descriptor = boost::graph_traits<graph_type>::vertex_descriptor;
    using edge_descriptor = boost::graph_traits<graph_type>::edge_descriptor;

    role_graph() = default;

    /// @brief Builds the graph of `role_count` roles and the given edges
    /// (from, to, bundle); edges need not be sorted.
    role_graph(std::size_t role_count,
               const std::vector<std::pair<std::size_t, std::size_t>>& edges,
               const std::vector<transition_edge>& bundles)
        : graph_(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(),
                 bundles.begin(), role_count) {
        for (std::size_t v = 0; v < role_count; ++v)
            graph_[v].role = role_index{static_cast<std::uint32_t>(v)};
    }

    [[nodiscard]] const graph_type& boost_graph() const noexcept { return graph_; }
    [[nodiscard]] std::size_t role_count() const noexcept { return boost::num_vertices(graph_); }
    [[nodiscard]] std::size_t transition_count() const noexcept { return boost::num_edges(graph_); }

    [[nodiscard]] vertex_descriptor vertex(role_index r) const noexcept {
        return static_cast<vertex_descriptor>(r.value());
    }
    [[nodiscard]] role_index role(vertex_descriptor v) const noexcept { return graph_[v].role; }
    [[nodiscard]] transition_index transition(edge_descriptor e) const noexcept {
        return graph_[e].transition;
    }

    /// @brief The transitions' `years` as a BGL weight map.
    [[nodiscard]] auto years_map() const { return boost::get(&transition_edge::years, graph_); }
    /// @brief The transitions' `effort` as a BGL weight map.
    [[nodiscard]] auto effort_map() const { return boost::get(&transition_edge::effort, graph_); }

private:
    graph_type graph_;
};

}  // namespace careergraph
