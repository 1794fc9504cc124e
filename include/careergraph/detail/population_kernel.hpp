// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/detail/compare.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace careergraph::detail {

/// Most coded competency items folded into one pass over a person block. Each
/// pass loads and stores the accumulator once for up to this many items; more
/// would run out of x86-64 general registers (two pointers per item).
inline constexpr std::size_t max_item_group = 4;

/// @brief `acc[i] += tables[0][cols[0][i]]; acc[i] += tables[1][cols[1][i]]; ...`
/// for i in [0, n): the additions per person happen in item order, exactly as
/// the single path adds its terms, so the sums are the same bits.
template <std::size_t G>
inline void add_coded_group(double* __restrict acc, const std::uint8_t* const* cols,
                            const double* const* tables, std::size_t n) noexcept {
    std::array<const std::uint8_t*, G> c{};
    std::array<const double*, G> t{};
    for (std::size_t j = 0; j < G; ++j) {
        c[j] = cols[j];
        t[j] = tables[j];
    }
    for (std::size_t i = 0; i < n; ++i) {
        double a = acc[i];
        [&]<std::size_t... J>(std::index_sequence<J...>) {
            ((a += t[J][c[J][i]]), ...);
        }(std::make_index_sequence<G>{});
        acc[i] = a;
    }
}

/// @brief Dispatches `add_coded_group` on a run-time group size in [1, max_item_group].
inline void add_coded(double* acc, const std::uint8_t* const* cols, const double* const* tables,
                      std::size_t group, std::size_t n) noexcept {
    switch (group) {
        case 1: add_coded_group<1>(acc, cols, tables, n); break;
        case 2: add_coded_group<2>(acc, cols, tables, n); break;
        case 3: add_coded_group<3>(acc, cols, tables, n); break;
        default: add_coded_group<4>(acc, cols, tables, n); break;
    }
}

/// @brief A ranked entry of a bounded best-k selection.
struct ranked {
    double score = 0.0;
    /// `round12(score)`, filled in by the selections when an entry is kept.
    double rounded = 0.0;
    /// Tie-break rank (profile-id rank for candidates, role-id rank for roles).
    std::uint32_t rank = 0;
    /// The person or the role.
    std::uint32_t index = 0;
    bool eligible = false;
};

/// @brief Keeps the best `k` candidates seen (semantics.md §5 order) in a heap
/// whose front is the worst kept; the worst's rounded score is cached so that
/// most people are rejected with one comparison of raw doubles.
class top_candidates {
public:
    explicit top_candidates(std::size_t k = 0) : k_(k) {}

    /// The §5 order on entries whose `rounded` is filled in.
    static bool before(const ranked& a, const ranked& b) noexcept {
        if (a.eligible != b.eligible) return a.eligible;
        if (a.rounded != b.rounded) return a.rounded > b.rounded;
        return a.rank < b.rank;
    }

    void offer(ranked e) {
        if (k_ == 0) return;
        if (heap_.size() == k_) {
            const ranked& worst = heap_.front();
            // round12 is monotone, so a raw score this far below the worst's
            // rounded score cannot round to it or above.
            if (e.eligible != worst.eligible) {
                if (!e.eligible) return;
            } else if (e.score < worst.rounded - 1e-11) {
                return;
            }
            e.rounded = round12(e.score);
            if (!before(e, worst)) return;
            std::pop_heap(heap_.begin(), heap_.end(), before);
            heap_.back() = e;
        } else {
            e.rounded = round12(e.score);
            heap_.push_back(e);
        }
        std::push_heap(heap_.begin(), heap_.end(), before);
    }

    /// @brief A bound for a branch-free first pass: an entry whose
    /// `key(score, eligible)` is below it cannot be kept (-inf until k are kept).
    [[nodiscard]] double threshold() const noexcept {
        if (heap_.size() < k_ || k_ == 0) return -std::numeric_limits<double>::infinity();
        const ranked& worst = heap_.front();
        return key(worst.rounded - 1e-11, worst.eligible);
    }
    /// @brief Score shifted by 2 when eligible: scores lie in [0, 1], so one
    /// comparison orders eligibility first, then score.
    [[nodiscard]] static double key(double score, bool eligible) noexcept {
        return score + (eligible ? 2.0 : 0.0);
    }

    [[nodiscard]] const std::vector<ranked>& entries() const noexcept { return heap_; }

private:
    std::size_t k_;
    std::vector<ranked> heap_;
};

/// @brief §5 role order (score descending at 12 places, then role-id rank) on
/// entries whose `rounded` is filled in.
[[nodiscard]] inline bool role_entry_before(const ranked& a, const ranked& b) noexcept {
    if (a.rounded != b.rounded) return a.rounded > b.rounded;
    return a.rank < b.rank;
}

/// @brief Inserts `e` into the sorted list `list[0, count)` of capacity `k`,
/// dropping the worst when full. Returns the new count.
inline std::size_t insert_top_role(ranked* list, std::size_t count, std::size_t k,
                                   ranked e) noexcept {
    if (count == k) {
        const ranked& worst = list[k - 1];
        if (e.score < worst.rounded - 1e-11) return count;
        e.rounded = round12(e.score);
        if (!role_entry_before(e, worst)) return count;
        --count;
    } else {
        e.rounded = round12(e.score);
    }
    std::size_t at = count;
    while (at > 0 && role_entry_before(e, list[at - 1])) {
        list[at] = list[at - 1];
        --at;
    }
    list[at] = e;
    return count + 1;
}

}  // namespace careergraph::detail
