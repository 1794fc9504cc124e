// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/error.hpp>
#include <careergraph/graph/role_graph.hpp>
#include <careergraph/model_data.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/strong_id.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace careergraph {

using role_set_index = strong_index<struct role_set_tag>;

/// @brief A competency requirement resolved to dense indices.
struct competency_item {
    competency_index competency;
    double level = 0.0;
    double weight = 1.0;
    bool essential = false;
};

/// @brief A credential group resolved to dense indices (`model::any_of` lists it).
struct credential_item {
    std::uint32_t any_of_begin = 0;
    std::uint32_t any_of_end = 0;
    double weight = 1.0;
    bool essential = true;
};

/// @brief An experience requirement resolved to its role set R.
struct experience_item {
    role_set_index roles;
    double years = 0.0;
    double weight = 1.0;
    bool essential = true;
};

/// @brief An outgoing transition in the dense adjacency.
struct out_transition {
    role_index to;
    transition_index transition;
    double years = 0.0;
    double effort = 0.0;
};

/// @brief An incoming transition in the dense adjacency.
struct in_transition {
    role_index from;
    transition_index transition;
};

/// @brief A validated, immutable competency model.
///
/// Holds the elements as authored (`data()`, `roles()`, ...) and, beside them,
/// the dense index-addressed tables the algorithms scan: requirement items per
/// role, credential prerequisites, the adjacency and the Boost.Graph view.
/// Distinct experience role sets are deduplicated so that a person's years are
/// computed once per set. Thread-safe to share: nothing changes after construction.
/// @code
/// careergraph::model m{std::move(data)};      // throws input_error if invalid
/// auto cmo = m.find(careergraph::role_id{"cmo-hospital"});
/// @endcode
class model {
public:
    /// @brief The empty model (no roles).
    model() : model(model_data{}) {}

    /// @brief Validates `data` (semantics.md §1) and builds the tables.
    /// @throws input_error naming the JSON path of the first defect and why.
    /// Complexity: linear in the size of the model (plus sorting the transitions).
    explicit model(model_data data);

    // ---- the elements as authored --------------------------------------------------
    [[nodiscard]] const model_data& data() const noexcept { return data_; }
    [[nodiscard]] std::span<const scale> scales() const noexcept { return data_.scales; }
    [[nodiscard]] std::span<const competency> competencies() const noexcept {
        return data_.competencies;
    }
    [[nodiscard]] std::span<const credential> credentials() const noexcept {
        return data_.credentials;
    }
    [[nodiscard]] std::span<const role> roles() const noexcept { return data_.roles; }
    [[nodiscard]] std::span<const transition> transitions() const noexcept {
        return data_.transitions;
    }

    [[nodiscard]] const competency& at(competency_index i) const { return data_.competencies.at(i.value()); }
    [[nodiscard]] const credential& at(credential_index i) const { return data_.credentials.at(i.value()); }
    [[nodiscard]] const role& at(role_index i) const { return data_.roles.at(i.value()); }
    [[nodiscard]] const transition& at(transition_index i) const { return data_.transitions.at(i.value()); }

    [[nodiscard]] std::size_t competency_count() const noexcept { return data_.competencies.size(); }
    [[nodiscard]] std::size_t credential_count() const noexcept { return data_.credentials.size(); }
    [[nodiscard]] std::size_t role_count() const noexcept { return data_.roles.size(); }
    [[nodiscard]] std::size_t transition_count() const noexcept { return data_.transitions.size(); }

    // ---- id -> index -----------------------------------------------------------------
    [[nodiscard]] std::optional<competency_index> find(const competency_id& id) const noexcept;
    [[nodiscard]] std::optional<credential_index> find(const credential_id& id) const noexcept;
    [[nodiscard]] std::optional<role_index> find(const role_id& id) const noexcept;
    /// @brief The transition `from -> to`, if the model has one.
    [[nodiscard]] std::optional<transition_index> find_transition(role_index from,
                                                                  role_index to) const noexcept;

    /// @brief The index of `id`. @throws input_error ("unknown role") if absent.
    [[nodiscard]] role_index index_of(const role_id& id) const;
    [[nodiscard]] competency_index index_of(const competency_id& id) const;
    [[nodiscard]] credential_index index_of(const credential_id& id) const;

    // ---- dense tables for the algorithms ---------------------------------------------
    [[nodiscard]] double effort_per_level(competency_index c) const noexcept {
        return effort_per_level_[c.value()];
    }
    [[nodiscard]] double max_level(competency_index c) const noexcept { return max_level_[c.value()]; }

    [[nodiscard]] std::span<const credential_index> prerequisites(credential_index c) const noexcept {
        return span_of(prerequisites_, prerequisite_offsets_, c.value());
    }
    /// @brief Days a credential stays valid after it is earned; +inf when it has no `valid_years`.
    [[nodiscard]] double valid_days(credential_index c) const noexcept { return valid_days_[c.value()]; }

    [[nodiscard]] std::span<const competency_item> competency_items(role_index r) const noexcept {
        return span_of(competency_items_, competency_offsets_, r.value());
    }
    [[nodiscard]] std::span<const credential_item> credential_items(role_index r) const noexcept {
        return span_of(credential_items_, credential_offsets_, r.value());
    }
    [[nodiscard]] std::span<const experience_item> experience_items(role_index r) const noexcept {
        return span_of(experience_items_, experience_offsets_, r.value());
    }
    [[nodiscard]] std::span<const credential_index> any_of(const credential_item& item) const noexcept {
        return std::span<const credential_index>(any_of_).subspan(
            item.any_of_begin, item.any_of_end - item.any_of_begin);
    }
    /// @brief Sum of the weights of the role's items (0 for a role with none).
    [[nodiscard]] double total_weight(role_index r) const noexcept { return total_weight_[r.value()]; }
    /// @brief Number of requirement items of all kinds across the model.
    [[nodiscard]] std::size_t item_count() const noexcept {
        return competency_items_.size() + credential_items_.size() + experience_items_.size();
    }

    /// @brief Number of distinct experience role sets.
    [[nodiscard]] std::size_t role_set_count() const noexcept {
        return role_set_offsets_.empty() ? 0 : role_set_offsets_.size() - 1;
    }
    /// @brief The roles of set `s`, sorted by index, without repeats.
    [[nodiscard]] std::span<const role_index> role_set(role_set_index s) const noexcept {
        return span_of(role_set_members_, role_set_offsets_, s.value());
    }
    /// @brief Whether role `r` belongs to set `s` (binary search).
    [[nodiscard]] bool in_role_set(role_set_index s, role_index r) const noexcept;

    [[nodiscard]] std::span<const out_transition> out_transitions(role_index r) const noexcept {
        return span_of(out_, out_offsets_, r.value());
    }
    [[nodiscard]] std::span<const in_transition> in_transitions(role_index r) const noexcept {
        return span_of(in_, in_offsets_, r.value());
    }

    /// @brief The role-transition graph as a Boost.Graph.
    [[nodiscard]] const role_graph& graph() const noexcept { return graph_; }

    /// @brief Validates a profile against this model (semantics.md §2).
    /// @throws input_error naming the profile's JSON path and the reason.
    void check(const profile& p) const;

private:
    template <class T, class Offsets>
    static std::span<const T> span_of(const std::vector<T>& items, const Offsets& offsets,
                                      std::size_t i) noexcept {
        return std::span<const T>(items).subspan(offsets[i], offsets[i + 1] - offsets[i]);
    }

    void build_tables();

    model_data data_;

    std::unordered_map<std::string, std::uint32_t> competency_ids_;
    std::unordered_map<std::string, std::uint32_t> credential_ids_;
    std::unordered_map<std::string, std::uint32_t> role_ids_;

    std::vector<double> effort_per_level_;
    std::vector<double> max_level_;

    std::vector<std::uint32_t> prerequisite_offsets_;
    std::vector<credential_index> prerequisites_;
    std::vector<double> valid_days_;

    std::vector<std::uint32_t> competency_offsets_;
    std::vector<competency_item> competency_items_;
    std::vector<std::uint32_t> credential_offsets_;
    std::vector<credential_item> credential_items_;
    std::vector<credential_index> any_of_;
    std::vector<std::uint32_t> experience_offsets_;
    std::vector<experience_item> experience_items_;
    std::vector<double> total_weight_;

    std::vector<std::uint32_t> role_set_offsets_;
    std::vector<role_index> role_set_members_;

    std::vector<std::uint32_t> out_offsets_;
    std::vector<out_transition> out_;
    std::vector<std::uint32_t> in_offsets_;
    std::vector<in_transition> in_;

    role_graph graph_;
};

}  // namespace careergraph
