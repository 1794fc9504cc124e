// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/date.hpp>
#include <careergraph/detail/compare.hpp>
#include <careergraph/detail/population_kernel.hpp>
#include <careergraph/detail/population_parallel.hpp>
#include <careergraph/error.hpp>
#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/ranking.hpp>
#include <careergraph/readiness.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace careergraph {

/// @brief Options of a `population`.
struct batch_options {
    /// Score everyone as of this date; absent: each profile as of its own `as_of`.
    std::optional<date> as_of = std::nullopt;
    /// Worker threads for preparation and queries; 0: one per hardware thread.
    unsigned threads = 0;
};

/// @brief Scores of every person for some roles: `roles.size()` rows of `people` columns.
struct score_matrix {
    std::vector<role_index> roles;
    std::size_t people = 0;
    /// Row-major: the row of `roles[k]` starts at `k * people`.
    std::vector<double> scores;
    std::vector<std::uint8_t> eligible;

    [[nodiscard]] double score(std::size_t row, std::size_t person) const {
        return scores.at(row * people + person);
    }
    [[nodiscard]] bool is_eligible(std::size_t row, std::size_t person) const {
        return eligible.at(row * people + person) != 0;
    }
};

/// @brief A population prepared once into a compact columnar form and scored
/// against many roles: the batch form of `readiness.hpp` and `ranking.hpp`.
///
/// Layout (people cut into blocks of `block` = 1024, each block stored contiguously):
/// - levels: per competency a sorted dictionary of the distinct levels seen
///   (code 0 is level 0), and one `uint8_t` code per person; a competency
///   with more than 256 distinct levels keeps a `double` column instead;
/// - credentials: one bit per person per credential (held at the date);
/// - experience: per role set, the people with non-zero years(R) and those
///   years, sparse, with per-block offsets.
///
/// Scoring a role for a block is one pass per group of up to four competency
/// items (`acc[i] += table_j[code_j[i]]`, where `table_j[code]` is `w * s` for
/// that level, computed by the single path's very expression), then the
/// credential bits and the sparse years. Every person's terms are added in the
/// single path's order, so each score is bit for bit `score_of`'s, whatever
/// the number of threads. Blocks are the unit of parallel work; results are
/// combined in block order. No query builds an N x M matrix unless asked to
/// (`scores`, or a top-k as large as the population).
///
/// The model must outlive the population. All queries are const and may run
/// concurrently.
/// @code
/// careergraph::population people{model, profiles};
/// auto best = people.top_candidates(roles, 10);   // best[k]: the 10 best for roles[k]
/// @endcode
class population {
public:
    /// People per block (also the gap-sum chunk of `population_gaps`).
    static constexpr std::size_t block = detail::gap_chunk;

    /// @brief Resolves and encodes `people` against `m`.
    /// @throws input_error when a profile does not fit the model; the path is
    /// prefixed with the profile's position (`[12].current_role`). With several
    /// bad profiles, the first one in order is reported.
    /// Complexity: O(total profile size * log + model items * distinct levels),
    /// spread over the worker threads.
    population(const model& m, std::span<const profile> people, const batch_options& options = {})
        : model_(&m),
          size_(people.size()),
          blocks_((people.size() + block - 1) / block),
          threads_(detail::worker_count(options.threads)) {
        prepare(people, options);
    }

    /// @brief Number of people.
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    /// @brief Worker threads the queries use.
    [[nodiscard]] unsigned threads() const noexcept { return threads_; }
    /// @brief Sets the worker threads (0: one per hardware thread); results do not change.
    void set_threads(unsigned threads) noexcept { threads_ = detail::worker_count(threads); }
    /// @brief The profile id of person `i`. @throws usage_error if out of range.
    [[nodiscard]] const profile_id& id(std::size_t i) const {
        check_person(i);
        return ids_[i];
    }
    /// @brief The current role of person `i`. @throws usage_error if out of range.
    [[nodiscard]] role_index current_role(std::size_t i) const {
        check_person(i);
        return current_[i];
    }
    /// @brief Competencies kept as 8-bit codes (the others fall back to doubles).
    [[nodiscard]] std::size_t coded_competencies() const noexcept { return coded_count_; }
    /// @brief Bytes held by the prepared form (its tables; the model not included).
    [[nodiscard]] std::size_t memory_bytes() const noexcept {
        std::size_t bytes = ids_.capacity() * sizeof(profile_id);
        for (const auto& id : ids_)
            if (id.value().capacity() > 15) bytes += id.value().capacity() + 1;
        const auto add = [&bytes](const auto& v) { bytes += v.capacity() * sizeof(v[0]); };
        add(id_rank_); add(role_rank_); add(current_);
        add(dict_offsets_); add(dict_); add(coded_slot_); add(fallback_slot_);
        add(codes_); add(fallback_levels_); add(held_);
        add(exp_offsets_); add(exp_person_); add(exp_years_);
        add(op_offsets_); add(ops_); add(term_table_); add(meets_);
        return bytes;
    }

    /// @brief Score and eligibility of person `i` for role `r`, from the columns.
    /// Equal to `score_of` on the person's profile.
    /// @throws usage_error if `i` or `r` is out of range.
    /// Complexity: O(items of r).
    [[nodiscard]] role_score score(std::size_t i, role_index r) const {
        check_person(i);
        detail::check_role(*model_, r);
        const model& m = *model_;
        const std::size_t b = i / block;
        const std::size_t l = i % block;
        double sum = 0.0;
        bool eligible = true;
        for (const auto& op : role_ops(r)) {
            double term = 0.0;
            bool met = false;
            if (op.fallback) {
                const double s = detail::competency_satisfaction(fallback_column(b, op.slot)[l], op.level);
                term = op.weight * s;
                met = s == 1.0;
            } else {
                const std::uint8_t code = coded_column(b, op.slot)[l];
                term = term_table_[op.table + code];
                met = meets_[op.table + code] != 0;
            }
            sum += term;
            if (op.essential && !met) eligible = false;
        }
        const std::uint64_t* held = held_block(b);
        for (const auto& item : m.credential_items(r)) {
            bool has = false;
            for (auto c : m.any_of(item)) has = has || ((held[c.value() * words + l / 64] >> (l % 64)) & 1U);
            sum += item.weight * (has ? 1.0 : 0.0);
            if (item.essential && !has) eligible = false;
        }
        for (const auto& item : m.experience_items(r)) {
            double years = 0.0;
            const auto [first, last] = experience_range(item.roles, b);
            for (std::size_t e = first; e < last; ++e)
                if (exp_person_[e] == l) years = exp_years_[e];
            const double s = detail::experience_satisfaction(years, item.years);
            sum += item.weight * s;
            if (item.essential && s != 1.0) eligible = false;
        }
        return {r, detail::final_score(sum, m.total_weight(r)), eligible};
    }

    /// @brief Calls `fn(role, first_person, scores, eligible)` for every block
    /// of people and every role of `roles`: `scores[j]` is the score of person
    /// `first_person + j`. Calls come from the worker threads concurrently, in
    /// no particular order; `fn` must synchronise what it shares.
    /// @throws usage_error if a role is out of range.
    /// Complexity: O(people * items of the roles / threads).
    template <class Fn>
    void for_each_score(std::span<const role_index> roles, Fn&& fn) const {
        for (auto r : roles) detail::check_role(*model_, r);
        sweep(
            roles, [](unsigned, std::size_t, std::size_t) {},
            [&](unsigned, std::size_t b, std::size_t pos, const double* scores, const std::uint8_t* ok,
                std::size_t n) {
                fn(roles[pos], b * block, std::span<const double>(scores, n),
                   std::span<const std::uint8_t>(ok, n));
            },
            [](unsigned, std::size_t, std::size_t) {});
    }

    /// @brief The full score matrix for `roles` (every role when empty):
    /// roles x people doubles, materialised because it is asked for.
    /// @throws usage_error if a role is out of range.
    [[nodiscard]] score_matrix scores(std::span<const role_index> roles = {}) const {
        const auto chosen = roles.empty() ? all_roles() : std::vector<role_index>(roles.begin(), roles.end());
        for (auto r : chosen) detail::check_role(*model_, r);
        score_matrix out{chosen, size_, std::vector<double>(chosen.size() * size_),
                         std::vector<std::uint8_t>(chosen.size() * size_)};
        sweep(
            chosen, [](unsigned, std::size_t, std::size_t) {},
            [&](unsigned, std::size_t b, std::size_t pos, const double* scores, const std::uint8_t* ok,
                std::size_t n) {
                std::copy_n(scores, n, out.scores.begin() + static_cast<std::ptrdiff_t>(pos * size_ + b * block));
                std::copy_n(ok, n, out.eligible.begin() + static_cast<std::ptrdiff_t>(pos * size_ + b * block));
            },
            [](unsigned, std::size_t, std::size_t) {});
        return out;
    }

    /// @brief The best `k` candidates for each role of `roles` (semantics.md §5:
    /// eligible first, score descending, profile id ascending); `result[j]`
    /// belongs to `roles[j]`. Equal to `rank_candidates` on the profiles.
    /// @throws usage_error if a role is out of range.
    /// Complexity: O(people * items / threads + people * roles * log k) worst case,
    /// memory O(threads * roles * k).
    [[nodiscard]] std::vector<std::vector<candidate>> top_candidates(std::span<const role_index> roles,
                                                                     std::size_t k) const {
        for (auto r : roles) detail::check_role(*model_, r);
        std::vector<std::vector<candidate>> out(roles.size());
        if (k == 0 || size_ == 0) return out;
        std::vector<std::vector<detail::top_candidates>> heaps(
            threads_, std::vector<detail::top_candidates>(roles.size(), detail::top_candidates(k)));
        std::vector<std::vector<std::uint32_t>> passing(threads_, std::vector<std::uint32_t>(block));
        sweep(
            roles, [](unsigned, std::size_t, std::size_t) {},
            [&](unsigned w, std::size_t b, std::size_t pos, const double* scores, const std::uint8_t* ok,
                std::size_t n) {
                auto& heap = heaps[w][pos];
                // Branch-free first pass against the current worst kept; most
                // people stop here, and `offer` decides exactly for the rest.
                const double bar = heap.threshold();
                std::uint32_t* idx = passing[w].data();
                std::size_t count = 0;
                for (std::size_t i = 0; i < n; ++i) {
                    idx[count] = static_cast<std::uint32_t>(i);
                    count += detail::top_candidates::key(scores[i], ok[i] != 0) >= bar ? 1U : 0U;
                }
                for (std::size_t j = 0; j < count; ++j) {
                    const std::size_t i = idx[j];
                    const auto person = static_cast<std::uint32_t>(b * block + i);
                    heap.offer({scores[i], 0.0, id_rank_[person], person, ok[i] != 0});
                }
            },
            [](unsigned, std::size_t, std::size_t) {});
        std::vector<detail::ranked> all;
        for (std::size_t pos = 0; pos < roles.size(); ++pos) {
            all.clear();
            for (const auto& per_worker : heaps)
                all.insert(all.end(), per_worker[pos].entries().begin(), per_worker[pos].entries().end());
            std::sort(all.begin(), all.end(), detail::top_candidates::before);
            if (all.size() > k) all.resize(k);
            out[pos].reserve(all.size());
            for (const auto& e : all) out[pos].push_back({e.index, e.score, e.eligible});
        }
        return out;
    }

    /// @brief For every person, the best `options.top` roles (semantics.md §5:
    /// score descending, role id ascending), with `options.reachable` only the
    /// roles reachable from the person's current role. Equal to `recommend_roles`.
    /// Complexity: O(people * model items / threads + people * roles * k) worst case;
    /// memory O(people * k) for the answer.
    [[nodiscard]] std::vector<std::vector<role_score>> top_roles(const recommend_options& options) const {
        const model& m = *model_;
        std::vector<std::vector<role_score>> out(size_);
        const std::size_t k = std::min(options.top, m.role_count());
        if (k == 0 || size_ == 0) return out;
        const std::size_t n_roles = m.role_count();
        std::vector<std::uint8_t> reach;
        if (options.reachable) {
            reach.assign(n_roles * n_roles, 0);
            std::vector<std::uint8_t> done(n_roles, 0);
            for (auto cur : current_) {
                if (done[cur.value()]) continue;
                done[cur.value()] = 1;
                const auto row = reachable_roles(m, cur);
                std::copy(row.begin(), row.end(), reach.begin() + static_cast<std::ptrdiff_t>(cur.value() * n_roles));
            }
        }
        const auto roles = all_roles();
        std::vector<std::vector<detail::ranked>> lists(threads_, std::vector<detail::ranked>(block * k));
        std::vector<std::vector<std::size_t>> counts(threads_, std::vector<std::size_t>(block, 0));
        // Per person, the bound below which a role cannot enter the list (-inf until full).
        std::vector<std::vector<double>> bars(threads_, std::vector<double>(block));
        std::vector<std::vector<std::uint32_t>> passing(threads_, std::vector<std::uint32_t>(block));
        constexpr double open = -std::numeric_limits<double>::infinity();
        sweep(
            roles,
            [&](unsigned w, std::size_t, std::size_t) {
                std::fill(counts[w].begin(), counts[w].end(), 0);
                std::fill(bars[w].begin(), bars[w].end(), open);
            },
            [&](unsigned w, std::size_t b, std::size_t pos, const double* scores, const std::uint8_t* ok,
                std::size_t n) {
                auto* list = lists[w].data();
                auto* count = counts[w].data();
                double* bar = bars[w].data();
                std::uint32_t* idx = passing[w].data();
                const auto r = static_cast<std::uint32_t>(pos);
                std::size_t candidates = 0;
                if (reach.empty()) {
                    for (std::size_t i = 0; i < n; ++i) {
                        idx[candidates] = static_cast<std::uint32_t>(i);
                        candidates += scores[i] >= bar[i] ? 1U : 0U;
                    }
                } else {
                    const role_index* current = current_.data() + b * block;
                    for (std::size_t i = 0; i < n; ++i) {
                        idx[candidates] = static_cast<std::uint32_t>(i);
                        candidates +=
                            ((scores[i] >= bar[i]) & (reach[current[i].value() * n_roles + r] != 0))
                                ? 1U
                                : 0U;
                    }
                }
                for (std::size_t j = 0; j < candidates; ++j) {
                    const std::size_t i = idx[j];
                    count[i] = detail::insert_top_role(list + i * k, count[i], k,
                                                       {scores[i], 0.0, role_rank_[r], r, ok[i] != 0});
                    if (count[i] == k) bar[i] = list[i * k + k - 1].rounded - 1e-11;
                }
            },
            [&](unsigned w, std::size_t b, std::size_t n) {
                for (std::size_t i = 0; i < n; ++i) {
                    auto& dest = out[b * block + i];
                    dest.reserve(counts[w][i]);
                    for (std::size_t j = 0; j < counts[w][i]; ++j) {
                        const auto& e = lists[w][i * k + j];
                        dest.push_back({role_index{e.index}, e.score, e.eligible});
                    }
                }
            });
        return out;
    }

    /// @brief Population gaps of role `r` (semantics.md §5); equal to `population_gaps`
    /// on the profiles, bit for bit (one summation chunk per block).
    /// @throws usage_error if `r` is out of range.
    /// Complexity: O(people * items of r / threads).
    [[nodiscard]] gap_report gaps(role_index r) const {
        detail::check_role(*model_, r);
        const model& m = *model_;
        gap_report report{r, size_, detail::gap_items(m, r)};
        const std::size_t n_items = report.items.size();
        const double total = m.total_weight(r);
        const auto ops = role_ops(r);
        // Shortfall per code for the coded items, by the single path's expression.
        std::vector<std::size_t> sf_offset(ops.size(), 0);
        std::vector<double> sf_table;
        for (std::size_t j = 0; j < ops.size(); ++j) {
            if (ops[j].fallback) continue;
            sf_offset[j] = sf_table.size();
            for (double level : dictionary(ops[j].competency))
                sf_table.push_back(detail::item_shortfall(
                    ops[j].weight, detail::competency_satisfaction(level, ops[j].level), total));
        }
        std::vector<double> block_sums(blocks_ * n_items, 0.0);
        detail::parallel_for(blocks_, threads_, [&](std::size_t b, unsigned) {
            const std::size_t n = std::min(block, size_ - b * block);
            double* sums = block_sums.data() + b * n_items;
            std::size_t k = 0;
            for (std::size_t j = 0; j < ops.size(); ++j) {
                const auto& op = ops[j];
                double s = 0.0;
                if (op.fallback) {
                    const double* levels = fallback_column(b, op.slot);
                    for (std::size_t i = 0; i < n; ++i)
                        s += detail::item_shortfall(
                            op.weight, detail::competency_satisfaction(levels[i], op.level), total);
                } else {
                    const std::uint8_t* codes = coded_column(b, op.slot);
                    const double* table = sf_table.data() + sf_offset[j];
                    for (std::size_t i = 0; i < n; ++i) s += table[codes[i]];
                }
                sums[k++] = s;
            }
            const std::uint64_t* held = held_block(b);
            for (const auto& item : m.credential_items(r)) {
                const double met = detail::item_shortfall(item.weight, 1.0, total);
                const double unmet = detail::item_shortfall(item.weight, 0.0, total);
                const auto any = m.any_of(item);
                double s = 0.0;
                for (std::size_t i = 0; i < n; ++i) {
                    std::uint64_t bit = 0;
                    for (auto c : any) bit |= held[c.value() * words + i / 64] >> (i % 64);
                    s += (bit & 1U) ? met : unmet;
                }
                sums[k++] = s;
            }
            for (const auto& item : m.experience_items(r)) {
                auto [e, last] = experience_range(item.roles, b);
                double s = 0.0;
                for (std::size_t i = 0; i < n; ++i) {
                    double years = 0.0;
                    if (e < last && exp_person_[e] == i) years = exp_years_[e++];
                    s += detail::item_shortfall(item.weight,
                                                detail::experience_satisfaction(years, item.years), total);
                }
                sums[k++] = s;
            }
        });
        for (std::size_t k = 0; k < n_items; ++k) {
            double sum = 0.0;
            for (std::size_t b = 0; b < blocks_; ++b) sum += block_sums[b * n_items + k];
            report.items[k].shortfall_sum = sum;
        }
        detail::finish_gaps(report);
        return report;
    }

private:
    static constexpr std::size_t words = block / 64;
    static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

    /// A competency item of a role, compiled against the dictionaries.
    struct comp_op {
        /// Column slot among the coded (or the fallback) competencies.
        std::uint32_t slot = 0;
        /// Offset of the item's tables in `term_table_` / `meets_` (coded only).
        std::uint32_t table = 0;
        std::uint32_t competency = 0;
        double level = 0.0;
        double weight = 0.0;
        bool fallback = false;
        bool essential = false;
    };

    struct exp_entry {
        std::uint32_t set;
        std::uint16_t person;
        double years;
    };

    void check_person(std::size_t i) const {
        if (i >= size_)
            throw usage_error("person " + std::to_string(i) + " out of range (the population has " +
                              std::to_string(size_) + ")");
    }

    [[nodiscard]] std::vector<role_index> all_roles() const {
        std::vector<role_index> roles;
        roles.reserve(model_->role_count());
        for (std::uint32_t r = 0; r < model_->role_count(); ++r) roles.push_back(role_index{r});
        return roles;
    }

    [[nodiscard]] std::span<const comp_op> role_ops(role_index r) const noexcept {
        return std::span<const comp_op>(ops_).subspan(op_offsets_[r.value()],
                                                      op_offsets_[r.value() + 1] - op_offsets_[r.value()]);
    }
    [[nodiscard]] std::span<const double> dictionary(std::uint32_t c) const noexcept {
        return std::span<const double>(dict_).subspan(dict_offsets_[c], dict_offsets_[c + 1] - dict_offsets_[c]);
    }
    [[nodiscard]] const std::uint8_t* coded_column(std::size_t b, std::uint32_t slot) const noexcept {
        return codes_.data() + (b * coded_count_ + slot) * block;
    }
    [[nodiscard]] const double* fallback_column(std::size_t b, std::uint32_t slot) const noexcept {
        return fallback_levels_.data() + (b * fallback_count_ + slot) * block;
    }
    [[nodiscard]] const std::uint64_t* held_block(std::size_t b) const noexcept {
        return held_.data() + b * model_->credential_count() * words;
    }
    [[nodiscard]] std::pair<std::size_t, std::size_t> experience_range(role_set_index s,
                                                                       std::size_t b) const noexcept {
        const std::size_t at = s.value() * blocks_ + b;
        return {exp_offsets_[at], exp_offsets_[at + 1]};
    }

    /// Scores role `r` for block `b` into `acc` (the scores) and `ok` (eligibility).
    void score_block(role_index r, std::size_t b, double* acc, std::uint8_t* ok,
                     std::uint8_t* met) const noexcept {
        const model& m = *model_;
        std::fill_n(acc, block, 0.0);
        std::fill_n(ok, block, std::uint8_t{1});
        const auto ops = role_ops(r);
        std::array<const std::uint8_t*, detail::max_item_group> cols{};
        std::array<const double*, detail::max_item_group> tables{};
        std::size_t j = 0;
        while (j < ops.size()) {
            if (ops[j].fallback) {
                const auto& op = ops[j];
                const double* levels = fallback_column(b, op.slot);
                for (std::size_t i = 0; i < block; ++i) {
                    const double s = detail::competency_satisfaction(levels[i], op.level);
                    acc[i] += op.weight * s;
                    if (op.essential && s != 1.0) ok[i] = 0;
                }
                ++j;
                continue;
            }
            std::size_t g = 0;
            while (g < detail::max_item_group && j + g < ops.size() && !ops[j + g].fallback) {
                cols[g] = coded_column(b, ops[j + g].slot);
                tables[g] = term_table_.data() + ops[j + g].table;
                ++g;
            }
            detail::add_coded(acc, cols.data(), tables.data(), g, block);
            for (std::size_t q = 0; q < g; ++q) {
                if (!ops[j + q].essential) continue;
                const std::uint8_t* meets = meets_.data() + ops[j + q].table;
                const std::uint8_t* col = cols[q];
                for (std::size_t i = 0; i < block; ++i) ok[i] &= meets[col[i]];
            }
            j += g;
        }
        const std::uint64_t* held = held_block(b);
        for (const auto& item : m.credential_items(r)) {
            const auto any = m.any_of(item);
            // w * s with s = 1, as the single path computes it.
            const double term = item.weight * 1.0;
            for (std::size_t w = 0; w < words; ++w) {
                std::uint64_t bits = 0;
                for (auto c : any) bits |= held[c.value() * words + w];
                if (item.essential)
                    for (std::size_t t = 0; t < 64; ++t) ok[w * 64 + t] &= static_cast<std::uint8_t>((bits >> t) & 1U);
                while (bits != 0) {
                    acc[w * 64 + static_cast<std::size_t>(std::countr_zero(bits))] += term;
                    bits &= bits - 1;
                }
            }
        }
        for (const auto& item : m.experience_items(r)) {
            if (item.years == 0.0) {
                const double term = item.weight * detail::experience_satisfaction(0.0, 0.0);
                for (std::size_t i = 0; i < block; ++i) acc[i] += term;
                continue;
            }
            // Everyone absent from the sparse list has years 0, so s = 0 and the
            // term is +0: skipping it leaves the sum's bits unchanged.
            const auto [first, last] = experience_range(item.roles, b);
            if (item.essential) std::fill_n(met, block, std::uint8_t{0});
            for (std::size_t e = first; e < last; ++e) {
                const double s = detail::experience_satisfaction(exp_years_[e], item.years);
                acc[exp_person_[e]] += item.weight * s;
                if (item.essential) met[exp_person_[e]] = s == 1.0 ? 1 : 0;
            }
            if (item.essential)
                for (std::size_t i = 0; i < block; ++i) ok[i] &= met[i];
        }
        const double total = m.total_weight(r);
        for (std::size_t i = 0; i < block; ++i) acc[i] = detail::final_score(acc[i], total);
    }

    /// Scores every block against `roles` on the workers: `begin(worker, block, n)`,
    /// then `each(worker, block, role position, scores, eligible, n)` per role,
    /// then `end(worker, block, n)`, all for one block on one worker.
    template <class Begin, class Each, class End>
    void sweep(std::span<const role_index> roles, Begin&& begin, Each&& each, End&& end) const {
        std::vector<std::vector<double>> acc(threads_, std::vector<double>(block));
        std::vector<std::vector<std::uint8_t>> ok(threads_, std::vector<std::uint8_t>(block));
        std::vector<std::vector<std::uint8_t>> met(threads_, std::vector<std::uint8_t>(block));
        detail::parallel_for(blocks_, threads_, [&](std::size_t b, unsigned w) {
            const std::size_t n = std::min(block, size_ - b * block);
            begin(w, b, n);
            for (std::size_t pos = 0; pos < roles.size(); ++pos) {
                score_block(roles[pos], b, acc[w].data(), ok[w].data(), met[w].data());
                each(w, b, pos, acc[w].data(), ok[w].data(), n);
            }
            end(w, b, n);
        });
    }

    static void insert_level(std::vector<double>& dict, double level) {
        // More than 256 values: the competency falls back to doubles; stop growing.
        if (dict.size() > 256) return;
        const auto it = std::lower_bound(dict.begin(), dict.end(), level);
        if (it != dict.end() && *it == level) return;
        dict.insert(it, level);
    }

    static std::string person_path(std::size_t i, const std::string& path) {
        std::string out = "[" + std::to_string(i) + "]";
        if (!path.empty() && path != "$") out += (path.front() == '[' ? "" : ".") + path;
        return out;
    }

    void prepare(std::span<const profile> people, const batch_options& options) {
        const model& m = *model_;
        const std::size_t n_comp = m.competency_count();
        const std::size_t n_cred = m.credential_count();
        const std::size_t n_sets = m.role_set_count();
        const std::size_t n_roles = m.role_count();

        ids_.reserve(size_);
        for (const auto& p : people) ids_.push_back(p.id);
        id_rank_ = detail::id_ranks(size_, [&](std::uint32_t i) -> const profile_id& { return ids_[i]; });
        role_rank_ = detail::role_id_ranks(m);
        current_.resize(size_);

        // The role sets each role belongs to (the inverse of model::role_set).
        std::vector<std::uint32_t> set_offsets(n_roles + 1, 0);
        for (std::uint32_t s = 0; s < n_sets; ++s)
            for (auto r : m.role_set(role_set_index{s})) ++set_offsets[r.value() + 1];
        for (std::size_t r = 0; r < n_roles; ++r) set_offsets[r + 1] += set_offsets[r];
        std::vector<std::uint32_t> sets_of_role(set_offsets.back());
        {
            std::vector<std::uint32_t> fill(set_offsets.begin(), set_offsets.end() - 1);
            for (std::uint32_t s = 0; s < n_sets; ++s)
                for (auto r : m.role_set(role_set_index{s})) sets_of_role[fill[r.value()]++] = s;
        }

        // Pass 1, per block: validate, resolve competency ids, collect the
        // distinct levels, set the credential bits, compute years per role set.
        std::vector<std::size_t> entry_offsets(size_ + 1, 0);
        for (std::size_t i = 0; i < size_; ++i)
            entry_offsets[i + 1] = entry_offsets[i] + people[i].competencies.size();
        std::vector<std::uint32_t> entry_comp(entry_offsets.back());
        held_.assign(blocks_ * n_cred * words, 0);
        std::vector<std::vector<exp_entry>> exp_by_block(blocks_);
        std::vector<std::vector<std::vector<double>>> dicts(threads_, std::vector<std::vector<double>>(n_comp));
        std::vector<std::exception_ptr> errors(blocks_);
        detail::parallel_for(blocks_, threads_, [&](std::size_t b, unsigned w) {
            std::vector<detail::clipped_stint> stints;
            std::vector<std::pair<std::uint32_t, detail::clipped_stint>> by_set;
            std::vector<detail::clipped_stint> group;
            std::uint64_t* held = held_.data() + b * n_cred * words;
            auto& out = exp_by_block[b];
            auto& dict = dicts[w];
            const std::size_t end = std::min(size_, (b + 1) * block);
            for (std::size_t i = b * block; i < end; ++i) {
                const profile& p = people[i];
                const std::size_t l = i - b * block;
                try {
                    const date as_of = options.as_of.value_or(p.as_of);
                    current_[i] = detail::resolve_current_role(m, p);
                    for (std::size_t j = 0; j < p.competencies.size(); ++j) {
                        const auto& [id, level] = p.competencies[j];
                        const auto c = detail::resolve_level(m, id, level);
                        entry_comp[entry_offsets[i] + j] = c.value();
                        insert_level(dict[c.value()], level);
                    }
                    for (std::size_t k = 0; k < p.credentials.size(); ++k) {
                        const auto c = detail::resolve_credential(m, p, k);
                        if (detail::credential_held(m, c, p.credentials[k], as_of))
                            held[c.value() * words + l / 64] |= std::uint64_t{1} << (l % 64);
                    }
                    stints.clear();
                    detail::clip_stints(m, p, as_of, stints);
                    by_set.clear();
                    for (const auto& st : stints)
                        for (std::uint32_t q = set_offsets[st.role.value()]; q < set_offsets[st.role.value() + 1]; ++q)
                            by_set.emplace_back(sets_of_role[q], st);
                    std::sort(by_set.begin(), by_set.end(),
                              [](const auto& x, const auto& y) { return x.first < y.first; });
                    for (std::size_t q = 0; q < by_set.size();) {
                        std::size_t e = q;
                        group.clear();
                        while (e < by_set.size() && by_set[e].first == by_set[q].first) group.push_back(by_set[e++].second);
                        const auto days = detail::union_days(group);
                        if (days > 0)
                            out.push_back({by_set[q].first, static_cast<std::uint16_t>(l), detail::years_of_days(days)});
                        q = e;
                    }
                } catch (const input_error& e) {
                    errors[b] = std::make_exception_ptr(input_error::at(person_path(i, e.path()), e.reason()));
                    return;
                }
            }
        });
        for (const auto& e : errors)
            if (e) std::rethrow_exception(e);

        // Dictionaries: the union of the workers' sorted level sets, 0 first.
        coded_slot_.assign(n_comp, none);
        fallback_slot_.assign(n_comp, none);
        dict_offsets_.assign(n_comp + 1, 0);
        std::vector<double> merged;
        for (std::size_t c = 0; c < n_comp; ++c) {
            merged.assign(1, 0.0);
            bool overflow = false;
            for (const auto& d : dicts) {
                overflow = overflow || d[c].size() > 256;
                merged.insert(merged.end(), d[c].begin(), d[c].end());
            }
            std::sort(merged.begin(), merged.end());
            merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
            if (overflow || merged.size() > 256) {
                fallback_slot_[c] = static_cast<std::uint32_t>(fallback_count_++);
            } else {
                coded_slot_[c] = static_cast<std::uint32_t>(coded_count_++);
                dict_.insert(dict_.end(), merged.begin(), merged.end());
            }
            dict_offsets_[c + 1] = static_cast<std::uint32_t>(dict_.size());
        }
        dicts.clear();
        dicts.shrink_to_fit();

        // Pass 2, per block: the level codes (the last entry of a competency listed twice wins).
        codes_.assign(blocks_ * coded_count_ * block, 0);
        fallback_levels_.assign(blocks_ * fallback_count_ * block, 0.0);
        detail::parallel_for(blocks_, threads_, [&](std::size_t b, unsigned) {
            const std::size_t end = std::min(size_, (b + 1) * block);
            for (std::size_t i = b * block; i < end; ++i) {
                const std::size_t l = i - b * block;
                const auto& levels = people[i].competencies;
                for (std::size_t j = 0; j < levels.size(); ++j) {
                    const std::uint32_t c = entry_comp[entry_offsets[i] + j];
                    const double level = levels[j].second;
                    if (coded_slot_[c] != none) {
                        const auto d = dictionary(c);
                        const auto code = std::lower_bound(d.begin(), d.end(), level) - d.begin();
                        codes_[(b * coded_count_ + coded_slot_[c]) * block + l] = static_cast<std::uint8_t>(code);
                    } else {
                        fallback_levels_[(b * fallback_count_ + fallback_slot_[c]) * block + l] = level;
                    }
                }
            }
        });

        // Experience: per role set, then per block, people in order.
        exp_offsets_.assign(n_sets * blocks_ + 1, 0);
        for (std::size_t b = 0; b < blocks_; ++b) {
            auto& entries = exp_by_block[b];
            std::stable_sort(entries.begin(), entries.end(),
                             [](const exp_entry& x, const exp_entry& y) { return x.set < y.set; });
            for (const auto& e : entries) ++exp_offsets_[e.set * blocks_ + b + 1];
        }
        for (std::size_t q = 0; q + 1 < exp_offsets_.size(); ++q) exp_offsets_[q + 1] += exp_offsets_[q];
        exp_person_.resize(exp_offsets_.back());
        exp_years_.resize(exp_offsets_.back());
        {
            std::vector<std::uint32_t> fill(exp_offsets_.begin(), exp_offsets_.end() - 1);
            for (std::size_t b = 0; b < blocks_; ++b) {
                for (const auto& e : exp_by_block[b]) {
                    const auto at = fill[e.set * blocks_ + b]++;
                    exp_person_[at] = e.person;
                    exp_years_[at] = e.years;
                }
                exp_by_block[b] = {};
            }
        }

        // Roles compiled against the dictionaries: w * s and s == 1 per level code,
        // each by the single path's expression.
        op_offsets_.assign(n_roles + 1, 0);
        for (std::uint32_t r = 0; r < n_roles; ++r) {
            for (const auto& item : m.competency_items(role_index{r})) {
                const auto c = item.competency.value();
                comp_op op;
                op.competency = c;
                op.level = item.level;
                op.weight = item.weight;
                op.essential = item.essential;
                if (coded_slot_[c] != none) {
                    op.slot = coded_slot_[c];
                    op.table = static_cast<std::uint32_t>(term_table_.size());
                    for (double level : dictionary(c)) {
                        const double s = detail::competency_satisfaction(level, item.level);
                        term_table_.push_back(item.weight * s);
                        meets_.push_back(s == 1.0 ? 1 : 0);
                    }
                } else {
                    op.fallback = true;
                    op.slot = fallback_slot_[c];
                }
                ops_.push_back(op);
            }
            op_offsets_[r + 1] = static_cast<std::uint32_t>(ops_.size());
        }
        // Grown by push_back: give back the slack, up to half of each table.
        ops_.shrink_to_fit();
        term_table_.shrink_to_fit();
        meets_.shrink_to_fit();
        dict_.shrink_to_fit();
    }

    const model* model_;
    std::size_t size_;
    std::size_t blocks_;
    unsigned threads_;

    std::vector<profile_id> ids_;
    std::vector<std::uint32_t> id_rank_;
    std::vector<std::uint32_t> role_rank_;
    std::vector<role_index> current_;

    std::vector<std::uint32_t> dict_offsets_;
    std::vector<double> dict_;
    std::vector<std::uint32_t> coded_slot_;
    std::vector<std::uint32_t> fallback_slot_;
    std::size_t coded_count_ = 0;
    std::size_t fallback_count_ = 0;
    std::vector<std::uint8_t> codes_;
    std::vector<double> fallback_levels_;
    std::vector<std::uint64_t> held_;

    std::vector<std::uint32_t> exp_offsets_;
    std::vector<std::uint16_t> exp_person_;
    std::vector<double> exp_years_;

    std::vector<std::uint32_t> op_offsets_;
    std::vector<comp_op> ops_;
    std::vector<double> term_table_;
    std::vector<std::uint8_t> meets_;
};

}  // namespace careergraph
