// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/date.hpp>
#include <careergraph/detail/compare.hpp>
#include <careergraph/error.hpp>
#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/readiness.hpp>
#include <careergraph/role.hpp>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/properties.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <vector>

/// Rankings over people and roles (semantics.md §5): succession candidates for a
/// role, role recommendations for a person, readiness for every role, and the
/// population gaps of a role. These are the single-answer forms over profiles;
/// `population.hpp` answers the same questions for large populations, with the
/// same numbers bit for bit.
namespace careergraph {

/// @brief "No limit" for a top-k argument.
inline constexpr std::size_t all_results = std::numeric_limits<std::size_t>::max();

/// @brief A person ranked for a role: `person` is the position in the population given.
struct candidate {
    std::size_t person = 0;
    double score = 0.0;
    bool eligible = false;

    friend bool operator==(const candidate&, const candidate&) = default;
};

/// @brief Options of `recommend_roles`.
struct recommend_options {
    /// At most this many roles (the best).
    std::size_t top = all_results;
    /// Only roles reachable from the current role along transitions (the current role included).
    bool reachable = false;
};

/// @brief The population gap of one requirement item of a role.
struct item_gap {
    item_kind kind = item_kind::competency;
    /// Position among the role's items of its kind (as authored).
    std::uint32_t position = 0;
    double shortfall_sum = 0.0;
    /// `shortfall_sum / people`; 0 for an empty population.
    double shortfall_mean = 0.0;

    friend bool operator==(const item_gap&, const item_gap&) = default;
};

/// @brief Population gaps of a role: every item, largest total shortfall first.
struct gap_report {
    role_index role;
    std::size_t people = 0;
    /// By `shortfall_sum` descending (12 decimal places), then kind, then position.
    std::vector<item_gap> items;

    friend bool operator==(const gap_report&, const gap_report&) = default;
};

namespace detail {

/// People per summation chunk of the gap sums: shortfalls are summed in person
/// order within each chunk of this many people, and the chunk totals in order.
/// The fixed chunking (not the thread count) fixes the association of the
/// additions, so the batch engine, which sums one chunk per person block on
/// whichever thread, reproduces the single path bit for bit.
inline constexpr std::size_t gap_chunk = 1024;

/// @brief §5 candidate order: eligible first, score descending (12 places),
/// then `id_rank` ascending (the rank of the profile id, then the position).
[[nodiscard]] inline bool candidate_before(bool eligible_a, double score_a, std::size_t rank_a,
                                           bool eligible_b, double score_b,
                                           std::size_t rank_b) noexcept {
    if (eligible_a != eligible_b) return eligible_a;
    const double ra = round12(score_a);
    const double rb = round12(score_b);
    if (ra != rb) return ra > rb;
    return rank_a < rank_b;
}

/// @brief Each role's rank in role-id order (ids are unique, so the ranks are too).
[[nodiscard]] inline std::vector<std::uint32_t> role_id_ranks(const model& m) {
    std::vector<std::uint32_t> order(m.role_count());
    std::iota(order.begin(), order.end(), 0U);
    const auto roles = m.roles();
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return roles[a].id.value() < roles[b].id.value();
    });
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
    return rank;
}

/// @brief Each position's rank in profile-id order, ties by position.
template <class IdOf>
[[nodiscard]] std::vector<std::uint32_t> id_ranks(std::size_t n, IdOf id_of) {
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto& ia = id_of(a);
        const auto& ib = id_of(b);
        return ia != ib ? ia < ib : a < b;
    });
    std::vector<std::uint32_t> rank(n);
    for (std::uint32_t i = 0; i < n; ++i) rank[order[i]] = i;
    return rank;
}

/// @brief §5 role order: score descending (12 places), then role id ascending.
[[nodiscard]] inline bool role_before(double score_a, std::uint32_t id_rank_a, double score_b,
                                      std::uint32_t id_rank_b) noexcept {
    const double ra = round12(score_a);
    const double rb = round12(score_b);
    if (ra != rb) return ra > rb;
    return id_rank_a < id_rank_b;
}

/// @brief §5 gap order: sum descending (12 places), then kind, then position.
[[nodiscard]] inline bool gap_before(const item_gap& a, const item_gap& b) noexcept {
    const double ra = round12(a.shortfall_sum);
    const double rb = round12(b.shortfall_sum);
    if (ra != rb) return ra > rb;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.position < b.position;
}

/// @brief The role's items in table order (competency, credential, experience),
/// with empty sums: the skeleton of a gap report.
[[nodiscard]] inline std::vector<item_gap> gap_items(const model& m, role_index r) {
    std::vector<item_gap> items;
    const auto add = [&](item_kind kind, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) items.push_back({kind, static_cast<std::uint32_t>(i), 0.0, 0.0});
    };
    add(item_kind::competency, m.competency_items(r).size());
    add(item_kind::credential, m.credential_items(r).size());
    add(item_kind::experience, m.experience_items(r).size());
    return items;
}

/// @brief Sorts the gap items and fills in the means.
inline void finish_gaps(gap_report& report) {
    for (auto& item : report.items)
        item.shortfall_mean =
            report.people == 0 ? 0.0 : item.shortfall_sum / static_cast<double>(report.people);
    std::sort(report.items.begin(), report.items.end(), gap_before);
}

/// @brief Each item's shortfall for person `p`, in table order, written to `out`.
inline void item_shortfalls(const model& m, const person_state& p, role_index r, double* out) {
    const double total = m.total_weight(r);
    for (const auto& item : m.competency_items(r))
        *out++ = item_shortfall(item.weight,
                                competency_satisfaction(p.level(item.competency), item.level), total);
    for (const auto& item : m.credential_items(r)) {
        bool held = false;
        for (auto c : m.any_of(item)) held = held || p.holds(c);
        *out++ = item_shortfall(item.weight, held ? 1.0 : 0.0, total);
    }
    for (const auto& item : m.experience_items(r))
        *out++ = item_shortfall(item.weight,
                                experience_satisfaction(p.years(item.roles), item.years), total);
}

/// @brief Keeps the first `top` elements of `v` in `before` order.
template <class T, class Before>
void sort_top(std::vector<T>& v, std::size_t top, Before before) {
    if (top < v.size()) {
        std::partial_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(top), v.end(), before);
        v.resize(top);
    } else {
        std::sort(v.begin(), v.end(), before);
    }
}

}  // namespace detail

/// @brief Roles reachable from `from` along transitions, `from` included:
/// `result[r] != 0` for each. A Boost.Graph breadth-first search on `m.graph()`.
/// @throws usage_error if `from` is out of range.
/// Complexity: O(roles + transitions).
/// @code
/// auto reach = careergraph::reachable_roles(model, me.current_role());
/// @endcode
[[nodiscard]] inline std::vector<std::uint8_t> reachable_roles(const model& m, role_index from) {
    detail::check_role(m, from);
    const auto& g = m.graph().boost_graph();
    std::vector<boost::default_color_type> colour(m.role_count(), boost::white_color);
    auto colour_map = boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, g));
    boost::breadth_first_search(g, m.graph().vertex(from), boost::color_map(colour_map));
    std::vector<std::uint8_t> reached(m.role_count(), 0);
    for (std::size_t v = 0; v < colour.size(); ++v)
        if (colour[v] != boost::white_color) reached[m.graph().role(v).value()] = 1;
    return reached;
}

/// @brief Succession candidates for role `r` (semantics.md §5): eligible first,
/// then score descending, then profile id ascending; the best `top`.
///
/// Each person is scored as of `as_of`, or as of the profile's own date.
/// @throws usage_error if `r` is out of range; input_error if a profile does not fit.
/// Complexity: O(n * (profile size + items of r) + n log n).
/// @code
/// auto best = careergraph::rank_candidates(model, people, role, 10);
/// @endcode
[[nodiscard]] inline std::vector<candidate> rank_candidates(const model& m,
                                                            std::span<const profile> people,
                                                            role_index r,
                                                            std::size_t top = all_results,
                                                            std::optional<date> as_of = {}) {
    detail::check_role(m, r);
    std::vector<candidate> out;
    out.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) {
        const auto s = score_of(m, person_state{m, people[i], as_of}, r);
        out.push_back({i, s.score, s.eligible});
    }
    detail::sort_top(out, top, [&](const candidate& a, const candidate& b) {
        if (a.eligible != b.eligible) return a.eligible;
        const double ra = detail::round12(a.score);
        const double rb = detail::round12(b.score);
        if (ra != rb) return ra > rb;
        const auto& ia = people[a.person].id;
        const auto& ib = people[b.person].id;
        return ia != ib ? ia < ib : a.person < b.person;
    });
    return out;
}

/// @brief Roles for a person (semantics.md §5): score descending, then role id;
/// with `reachable`, only roles reachable from the current role; the best `top`.
/// @throws usage_error if `p` was prepared for another model.
/// Complexity: O(model items + roles log roles), plus the BFS with `reachable`.
/// @code
/// auto next = careergraph::recommend_roles(model, me, {.top = 5, .reachable = true});
/// @endcode
[[nodiscard]] inline std::vector<role_score> recommend_roles(const model& m, const person_state& p,
                                                             const recommend_options& options = {}) {
    detail::check_person(m, p);
    std::vector<std::uint8_t> reach;
    if (options.reachable) reach = reachable_roles(m, p.current_role());
    std::vector<role_score> out;
    out.reserve(m.role_count());
    for (std::uint32_t r = 0; r < m.role_count(); ++r)
        if (!options.reachable || reach[r]) out.push_back(score_of(m, p, role_index{r}));
    const auto roles = m.roles();
    detail::sort_top(out, options.top, [&](const role_score& a, const role_score& b) {
        const double ra = detail::round12(a.score);
        const double rb = detail::round12(b.score);
        if (ra != rb) return ra > rb;
        return roles[a.role.value()].id < roles[b.role.value()].id;
    });
    return out;
}

/// @brief `recommend_roles` for a profile, as of `as_of` (default: its own date).
/// @throws input_error if `p` does not fit the model.
[[nodiscard]] inline std::vector<role_score> recommend_roles(const model& m, const profile& p,
                                                             const recommend_options& options = {},
                                                             std::optional<date> as_of = {}) {
    return recommend_roles(m, person_state{m, p, as_of}, options);
}

/// @brief Readiness for every role of the model, explained, ordered by score
/// descending, then role id (semantics.md §5).
/// Complexity: O(model items * log + roles log roles).
/// @code
/// for (const auto& r : careergraph::readiness_all(model, me)) { /* best first */ }
/// @endcode
[[nodiscard]] inline std::vector<readiness> readiness_all(const model& m, const person_state& p) {
    detail::check_person(m, p);
    std::vector<readiness> out;
    out.reserve(m.role_count());
    for (std::uint32_t r = 0; r < m.role_count(); ++r) out.push_back(readiness_of(m, p, role_index{r}));
    const auto roles = m.roles();
    std::sort(out.begin(), out.end(), [&](const readiness& a, const readiness& b) {
        const double ra = detail::round12(a.score);
        const double rb = detail::round12(b.score);
        if (ra != rb) return ra > rb;
        return roles[a.role.value()].id < roles[b.role.value()].id;
    });
    return out;
}

/// @brief Population gaps of role `r` (semantics.md §5): per item, the sum and
/// mean of the shortfalls over `people`, largest sum first, ties by kind then
/// position. Sums are taken per chunk of `detail::gap_chunk` people in order,
/// then over the chunks in order (the association the batch engine also uses).
/// @throws usage_error if `r` is out of range; input_error if a profile does not fit.
/// Complexity: O(n * (profile size + items of r)).
/// @code
/// auto gaps = careergraph::population_gaps(model, people, role);
/// @endcode
[[nodiscard]] inline gap_report population_gaps(const model& m, std::span<const profile> people,
                                                role_index r, std::optional<date> as_of = {}) {
    detail::check_role(m, r);
    gap_report report{r, people.size(), detail::gap_items(m, r)};
    const std::size_t n_items = report.items.size();
    std::vector<double> shortfall(n_items);
    std::vector<double> chunk(n_items, 0.0);
    for (std::size_t i = 0; i < people.size(); ++i) {
        detail::item_shortfalls(m, person_state{m, people[i], as_of}, r, shortfall.data());
        for (std::size_t k = 0; k < n_items; ++k) chunk[k] += shortfall[k];
        if ((i + 1) % detail::gap_chunk == 0 || i + 1 == people.size()) {
            for (std::size_t k = 0; k < n_items; ++k) {
                report.items[k].shortfall_sum += chunk[k];
                chunk[k] = 0.0;
            }
        }
    }
    detail::finish_gaps(report);
    return report;
}

}  // namespace careergraph
