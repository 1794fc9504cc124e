// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/model.hpp>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace careergraph::detail {

/// @brief Credential sets as bits of one word, for models of at most 64
/// credentials: what the planner's bound prices thousands of times per plan
/// (the cheapest prerequisite-closed set meeting two roles' groups).
///
/// With sets as words, an acquisition set is a few shifts and masks, a union
/// an `or`, and whether a group is met an `and`, where the list form walks
/// prerequisite lists and counts credentials in an array. Larger models keep
/// the list form (`enabled()` is false); both give the same prices.
class credential_bits {
public:
    static constexpr std::size_t max_credentials = 64;
    /// Choices of one candidate per group the joint search enumerates at most;
    /// beyond, each group is priced alone (a weaker bound, still a bound).
    static constexpr std::size_t joint_choice_limit = 4096;

    explicit credential_bits(const model& m) {
        const std::size_t creds = m.credential_count();
        if (creds > max_credentials) return;
        enabled_ = true;
        prerequisites_.assign(creds, 0);
        effort_.resize(creds);
        years_.resize(creds);
        for (std::uint32_t k = 0; k < creds; ++k) {
            for (auto pre : m.prerequisites(credential_index{k}))
                prerequisites_[k] |= bit(pre.value());
            effort_[k] = m.at(credential_index{k}).effort;
            years_[k] = m.at(credential_index{k}).years;
        }
        const std::size_t roles = m.role_count();
        group_offsets_.reserve(roles + 1);
        group_offsets_.push_back(0);
        closure_.assign(roles, 0);
        for (std::uint32_t r = 0; r < roles; ++r) {
            for (const auto& item : m.credential_items(role_index{r})) {
                group g;
                g.first = static_cast<std::uint32_t>(candidates_.size());
                for (auto k : m.any_of(item)) {
                    g.any |= bit(k.value());
                    candidates_.push_back(static_cast<std::uint8_t>(k.value()));
                    closure_[r] |= acquisition(k.value(), 0);
                }
                g.last = static_cast<std::uint32_t>(candidates_.size());
                groups_.push_back(g);
            }
            group_offsets_.push_back(static_cast<std::uint32_t>(groups_.size()));
        }
    }

    /// @brief Whether the model has at most 64 credentials (else nothing here may be used).
    [[nodiscard]] bool enabled() const noexcept { return enabled_; }

    [[nodiscard]] static constexpr std::uint64_t bit(std::uint32_t k) noexcept {
        return k < max_credentials ? std::uint64_t{1} << k : 0;
    }

    /// @brief Every credential a role's groups may need: the candidates and
    /// their prerequisites, recursively (what its price depends on).
    [[nodiscard]] std::uint64_t closure(std::uint32_t role) const noexcept {
        return closure_[role];
    }

    /// @brief The acquisition set of `k` given `held` (semantics.md §4, item 4):
    /// k and, recursively, its prerequisites not held; empty when k is held.
    [[nodiscard]] std::uint64_t acquisition(std::uint32_t k, std::uint64_t held) const noexcept {
        if ((held & bit(k)) != 0) return 0;
        std::uint64_t set = bit(k);
        std::uint64_t pending = prerequisites_[k] & ~held;
        if (pending == 0) return set;  // the common case
        while (pending != 0) {
            const auto j = static_cast<std::uint32_t>(std::countr_zero(pending));
            set |= bit(j);
            pending = (pending | (prerequisites_[j] & ~held)) & ~set;
        }
        return set;
    }

    /// @brief The summed effort and years of a set.
    [[nodiscard]] std::pair<double, double> price(std::uint64_t set) const noexcept {
        if ((set & (set - 1)) == 0 && set != 0) {  // one credential: the common case
            const auto k = static_cast<std::size_t>(std::countr_zero(set));
            return {effort_[k], years_[k]};
        }
        double effort = 0.0;
        double years = 0.0;
        for (; set != 0; set &= set - 1) {
            const auto k = static_cast<std::size_t>(std::countr_zero(set));
            effort += effort_[k];
            years += years_[k];
        }
        return {effort, years};
    }

    /// @brief Whether some credential group of `role` has no candidate in `held`.
    [[nodiscard]] bool has_unmet_group(std::uint32_t role, std::uint64_t held) const noexcept {
        for (auto g = group_offsets_[role]; g < group_offsets_[role + 1]; ++g)
            if ((groups_[g].any & held) == 0) return true;
        return false;
    }

    /// Buffers of `joint_price`, kept by the caller between calls (they only grow).
    struct workspace {
        std::vector<std::uint64_t> any;     // per unmet group, its candidates
        std::vector<std::uint32_t> first;   // per unmet group, its first choice (+ end)
        std::vector<std::uint64_t> choice;  // per choice, its acquisition set
        std::vector<double> choice_effort;
        std::vector<double> choice_years;
        std::size_t groups = 0;
        std::size_t choices = 0;
        double best_effort = 0.0;
        double best_years = 0.0;
    };

    /// @brief The least effort and, separately, the least years of a set of
    /// credentials, closed under prerequisites, whose union with `held` meets
    /// every group of role `a` and of role `b` (`b` may be `a`).
    [[nodiscard]] std::pair<double, double> joint_price(std::uint32_t a, std::uint32_t b,
                                                        std::uint64_t held, workspace& w) const {
        const std::size_t most_groups = group_count(a) + group_count(b);
        const std::size_t most_choices = candidate_count(a) + candidate_count(b);
        if (w.any.size() < most_groups) {
            w.any.resize(most_groups);
            w.first.resize(most_groups + 1);
        }
        if (w.choice.size() < most_choices) {
            w.choice.resize(most_choices);
            w.choice_effort.resize(most_choices);
            w.choice_years.resize(most_choices);
        }
        w.groups = 0;
        w.choices = 0;
        collect(a, held, w);
        if (b != a) collect(b, held, w);
        if (w.groups == 0) return {0.0, 0.0};
        w.first[w.groups] = static_cast<std::uint32_t>(w.choices);
        const std::size_t groups = w.groups;
        // Groups whose choices cannot share a credential (nor one bring along
        // another's candidate) are priced as a sum of their cheapest choices,
        // without the search: the common case.
        std::uint64_t seen = 0;
        bool overlap = false;
        std::size_t choices = 1;
        for (std::size_t g = 0; g < groups; ++g) {
            std::uint64_t all = 0;
            for (auto c = w.first[g]; c < w.first[g + 1]; ++c) all |= w.choice[c];
            if ((all & seen) != 0) overlap = true;
            seen |= all;
            if (choices <= joint_choice_limit) choices *= w.first[g + 1] - w.first[g];
        }
        if (!overlap || choices > joint_choice_limit) {
            double effort = 0.0;
            double years = 0.0;
            for (std::size_t g = 0; g < groups; ++g) {
                double least_effort = std::numeric_limits<double>::infinity();
                double least_years = std::numeric_limits<double>::infinity();
                for (auto c = w.first[g]; c < w.first[g + 1]; ++c) {
                    least_effort = std::min(least_effort, w.choice_effort[c]);
                    least_years = std::min(least_years, w.choice_years[c]);
                }
                effort = overlap ? std::max(effort, least_effort) : effort + least_effort;
                years = overlap ? std::max(years, least_years) : years + least_years;
            }
            return {effort, years};
        }
        w.best_effort = std::numeric_limits<double>::infinity();
        w.best_years = std::numeric_limits<double>::infinity();
        search(w, 0, 0, 0.0, 0.0);
        return {w.best_effort, w.best_years};
    }

private:
    struct group {
        std::uint64_t any = 0;
        std::uint32_t first = 0;  // in `candidates_`
        std::uint32_t last = 0;
    };

    [[nodiscard]] std::size_t group_count(std::uint32_t role) const noexcept {
        return group_offsets_[role + 1] - group_offsets_[role];
    }
    [[nodiscard]] std::size_t candidate_count(std::uint32_t role) const noexcept {
        return group_count(role) == 0 ? 0
                                      : groups_[group_offsets_[role + 1] - 1].last -
                                            groups_[group_offsets_[role]].first;
    }

    void collect(std::uint32_t role, std::uint64_t held, workspace& w) const {
        for (auto g = group_offsets_[role]; g < group_offsets_[role + 1]; ++g) {
            const auto& item = groups_[g];
            if ((item.any & held) != 0) continue;
            w.any[w.groups] = item.any;
            w.first[w.groups] = static_cast<std::uint32_t>(w.choices);
            ++w.groups;
            for (auto c = item.first; c < item.last; ++c) {
                const auto set = acquisition(candidates_[c], held);
                const auto [effort, years] = price(set);
                w.choice[w.choices] = set;
                w.choice_effort[w.choices] = effort;
                w.choice_years[w.choices] = years;
                ++w.choices;
            }
        }
    }

    /// Depth-first over the groups from `g`, with the union so far `chosen`
    /// priced (effort, years); a group the union already meets adds nothing.
    void search(workspace& w, std::size_t g, std::uint64_t chosen, double effort,
                double years) const {
        if (effort >= w.best_effort && years >= w.best_years) return;
        if (g == w.groups) {
            w.best_effort = std::min(w.best_effort, effort);
            w.best_years = std::min(w.best_years, years);
            return;
        }
        if ((w.any[g] & chosen) != 0) {
            search(w, g + 1, chosen, effort, years);
            return;
        }
        for (auto c = w.first[g]; c < w.first[g + 1]; ++c) {
            const auto added = w.choice[c] & ~chosen;
            const auto [de, dy] = added == w.choice[c]
                                      ? std::pair{w.choice_effort[c], w.choice_years[c]}
                                      : price(added);
            search(w, g + 1, chosen | w.choice[c], effort + de, years + dy);
        }
    }

    bool enabled_ = false;
    std::vector<std::uint64_t> prerequisites_;
    std::vector<double> effort_;
    std::vector<double> years_;
    std::vector<group> groups_;
    std::vector<std::uint32_t> group_offsets_;
    std::vector<std::uint8_t> candidates_;
    std::vector<std::uint64_t> closure_;
};

}  // namespace careergraph::detail
