// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/detail/compare.hpp>
#include <careergraph/detail/credential_bits.hpp>
#include <careergraph/model.hpp>
#include <careergraph/readiness.hpp>
#include <careergraph/strong_id.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// The state a walk carries (semantics.md §4) and the one function that advances
/// it by a step. The planner's search and `simulate` both call `apply_step`, so a
/// plan's numbers and its re-simulation are the same floating-point operations.
namespace careergraph::detail {

/// @brief A competency and a level, the unit of the sparse level lists.
struct competency_level {
    std::uint32_t competency = 0;
    double level = 0.0;
};

/// @brief An experience requirement in 16 bytes, its set and years: the unit
/// the planner reads per step it prices (the model's items carry their weight
/// and essential flag as well, in twice the bytes).
struct years_gate {
    std::uint32_t set = 0;
    double years = 0.0;
};

/// @brief A role set and the extra years a walk added to it.
struct set_years {
    std::uint32_t set = 0;
    double years = 0.0;
};

/// @brief Profile-independent tables the planner derives from a model once.
///
/// Everything here is a function of the model only, so one instance serves any
/// number of plans, from any number of threads.
class plan_tables {
public:
    explicit plan_tables(const model& m) : model_(&m), credential_bits_(m) {
        const std::size_t roles = m.role_count();
        const std::size_t sets = m.role_set_count();

        // Role -> the experience role sets it belongs to: a step's tenure and wait
        // go to exactly these sets.
        std::vector<std::uint32_t> count(roles + 1, 0);
        for (std::size_t s = 0; s < sets; ++s)
            for (auto r : m.role_set(role_set_index{static_cast<std::uint32_t>(s)}))
                ++count[r.value() + 1];
        std::partial_sum(count.begin(), count.end(), count.begin());
        sets_of_offsets_ = count;
        sets_of_.resize(count.back());
        for (std::size_t s = 0; s < sets; ++s)
            for (auto r : m.role_set(role_set_index{static_cast<std::uint32_t>(s)}))
                sets_of_[count[r.value()]++] = static_cast<std::uint32_t>(s);

        // Per role, its experience requirements as gates, in the model's order.
        gate_offsets_.reserve(roles + 1);
        gate_offsets_.push_back(0);
        for (std::size_t r = 0; r < roles; ++r) {
            for (const auto& item : m.experience_items(role_index{static_cast<std::uint32_t>(r)}))
                gates_.push_back({item.roles.value(), item.years});
            gate_offsets_.push_back(static_cast<std::uint32_t>(gates_.size()));
        }

        // Largest threshold per set: beyond it extra years change nothing.
        set_max_years_.assign(sets, 0.0);
        for (std::size_t r = 0; r < roles; ++r)
            for (const auto& item : m.experience_items(role_index{static_cast<std::uint32_t>(r)}))
                set_max_years_[item.roles.value()] =
                    std::max(set_max_years_[item.roles.value()], item.years);

        // Per role, the highest level it requires of each competency (an item
        // listed twice raises to the larger level in the end).
        requirement_offsets_.reserve(roles + 1);
        requirement_offsets_.push_back(0);
        for (std::size_t r = 0; r < roles; ++r) {
            const auto begin = requirements_.size();
            for (const auto& item : m.competency_items(role_index{static_cast<std::uint32_t>(r)})) {
                bool merged = false;
                for (auto i = begin; i < requirements_.size(); ++i) {
                    if (requirements_[i].competency == item.competency.value()) {
                        requirements_[i].level = std::max(requirements_[i].level, item.level);
                        merged = true;
                    }
                }
                if (!merged) requirements_.push_back({item.competency.value(), item.level});
            }
            requirement_offsets_.push_back(static_cast<std::uint32_t>(requirements_.size()));
            lists_each_once_.push_back(
                requirements_.size() - begin ==
                        m.competency_items(role_index{static_cast<std::uint32_t>(r)}).size()
                    ? 1
                    : 0);
        }

        // The competencies some role requires, with their distinct required
        // levels: a walk's level of any other competency never changes, and a
        // raised level is always one of these.
        std::vector<std::vector<double>> levels(m.competency_count());
        for (std::size_t r = 0; r < roles; ++r)
            for (const auto& item : m.competency_items(role_index{static_cast<std::uint32_t>(r)}))
                levels[item.competency.value()].push_back(item.level);
        relevant_index_.assign(m.competency_count(), no_competency);
        level_offsets_.push_back(0);
        for (std::uint32_t c = 0; c < levels.size(); ++c) {
            auto& v = levels[c];
            if (v.empty()) continue;
            std::sort(v.begin(), v.end());
            v.erase(std::unique(v.begin(), v.end()), v.end());
            relevant_index_[c] = static_cast<std::uint32_t>(relevant_.size());
            relevant_.push_back(c);
            required_levels_.insert(required_levels_.end(), v.begin(), v.end());
            level_offsets_.push_back(static_cast<std::uint32_t>(required_levels_.size()));
        }

        // Per role, every credential its groups' candidates may need: the
        // candidates and their prerequisites, recursively (what the price of its
        // groups depends on, whatever is held).
        credential_closure_offsets_.reserve(roles + 1);
        credential_closure_offsets_.push_back(0);
        std::vector<std::uint32_t> stack;
        for (std::size_t r = 0; r < roles; ++r) {
            const auto begin = credential_closure_.size();
            for (const auto& group : m.credential_items(role_index{static_cast<std::uint32_t>(r)}))
                for (auto k : m.any_of(group)) stack.push_back(k.value());
            while (!stack.empty()) {
                const auto k = stack.back();
                stack.pop_back();
                const auto seen = credential_closure_.begin() + static_cast<std::ptrdiff_t>(begin);
                if (std::find(seen, credential_closure_.end(), k) != credential_closure_.end())
                    continue;
                credential_closure_.push_back(k);
                for (auto pre : m.prerequisites(credential_index{k})) stack.push_back(pre.value());
            }
            credential_closure_offsets_.push_back(
                static_cast<std::uint32_t>(credential_closure_.size()));
        }

        // Credential ids in string order: the last tie-break of step 4.
        const std::size_t creds = m.credential_count();
        std::vector<std::uint32_t> order(creds);
        std::iota(order.begin(), order.end(), 0U);
        std::sort(order.begin(), order.end(), [&m](std::uint32_t a, std::uint32_t b) {
            return m.at(credential_index{a}).id.value() < m.at(credential_index{b}).id.value();
        });
        credential_rank_.resize(creds);
        for (std::uint32_t i = 0; i < creds; ++i) credential_rank_[order[i]] = i;

        // Settings interned, so that a plan's settings filter compares integers.
        role_setting_.assign(roles, -1);
        for (std::size_t r = 0; r < roles; ++r) {
            const auto& setting = m.at(role_index{static_cast<std::uint32_t>(r)}).setting;
            if (!setting) continue;
            auto it = std::find(setting_names_.begin(), setting_names_.end(), *setting);
            if (it == setting_names_.end()) {
                setting_names_.push_back(*setting);
                it = std::prev(setting_names_.end());
            }
            role_setting_[r] = static_cast<std::int32_t>(it - setting_names_.begin());
        }

        // A set can make a walk wait only at a step u -> v with u in the set and v
        // requiring years in it; on every other set an item can only block. (The
        // search compares years on block-only sets by >=, docs/planner.md.)
        // Per transition u -> v, which of v's experience items have u in their set
        // (bit i for the i-th item): the test every step makes, without a search.
        wait_capable_.assign(sets, 0);
        member_mask_.assign(m.transition_count(), 0);
        for (std::uint32_t u = 0; u < roles; ++u)
            for (const auto& e : m.out_transitions(role_index{u})) {
                std::uint32_t i = 0;
                for (const auto& item : m.experience_items(e.to)) {
                    if (m.in_role_set(item.roles, role_index{u})) {
                        wait_capable_[item.roles.value()] = 1;
                        if (i < mask_bits) member_mask_[e.transition.value()] |= 1ULL << i;
                    }
                    ++i;
                }
            }

        transition_years_.reserve(m.transition_count());
        transition_effort_.reserve(m.transition_count());
        for (const auto& t : m.transitions()) {
            transition_years_.push_back(t.years);
            transition_effort_.push_back(t.effort);
        }
    }

    static constexpr std::uint32_t no_competency = std::numeric_limits<std::uint32_t>::max();

    [[nodiscard]] const model& source() const noexcept { return *model_; }
    /// @brief The competencies some role requires, by index.
    [[nodiscard]] std::span<const std::uint32_t> relevant_competencies() const noexcept {
        return relevant_;
    }
    /// @brief Position of `c` in `relevant_competencies()`, or `no_competency`.
    [[nodiscard]] std::uint32_t relevant_index(std::uint32_t c) const noexcept {
        return relevant_index_[c];
    }
    /// @brief The distinct levels roles require of the `i`-th relevant competency, ascending.
    [[nodiscard]] std::span<const double> required_levels(std::uint32_t i) const noexcept {
        return std::span<const double>(required_levels_)
            .subspan(level_offsets_[i], level_offsets_[i + 1] - level_offsets_[i]);
    }
    [[nodiscard]] std::span<const std::uint32_t> sets_of(std::uint32_t role) const noexcept {
        return std::span<const std::uint32_t>(sets_of_).subspan(
            sets_of_offsets_[role], sets_of_offsets_[role + 1] - sets_of_offsets_[role]);
    }
    [[nodiscard]] double set_max_years(std::uint32_t set) const noexcept {
        return set_max_years_[set];
    }
    /// @brief A role's experience requirements, in the model's order.
    [[nodiscard]] std::span<const years_gate> experience_gates(std::uint32_t role) const noexcept {
        return std::span<const years_gate>(gates_).subspan(
            gate_offsets_[role], gate_offsets_[role + 1] - gate_offsets_[role]);
    }
    /// @brief Whether the source of `edge` is in the set of the `item`-th experience
    /// item of its target. O(1) for the first 64 items, else a binary search.
    [[nodiscard]] bool source_in_item_set(const out_transition& edge, std::size_t item,
                                          role_set_index set, role_index source) const noexcept {
        if (item < mask_bits) return ((member_mask_[edge.transition.value()] >> item) & 1U) != 0;
        return model_->in_role_set(set, source);
    }
    /// @brief Whether some step can wait for years in `set` (else its items only block).
    [[nodiscard]] bool wait_capable(std::uint32_t set) const noexcept {
        return wait_capable_[set] != 0;
    }
    /// @brief Whether `role` lists each competency once: its `requirement_maxima`
    /// are then its competency items themselves, in their order (half their
    /// bytes, and the list the search's lookahead reads anyway).
    [[nodiscard]] bool lists_each_competency_once(std::uint32_t role) const noexcept {
        return lists_each_once_[role] != 0;
    }
    [[nodiscard]] std::span<const competency_level> requirement_maxima(
        std::uint32_t role) const noexcept {
        return std::span<const competency_level>(requirements_)
            .subspan(requirement_offsets_[role],
                     requirement_offsets_[role + 1] - requirement_offsets_[role]);
    }
    /// @brief The candidates of `role`'s credential groups and all their
    /// prerequisites, recursively.
    [[nodiscard]] std::span<const std::uint32_t> credential_closure(
        std::uint32_t role) const noexcept {
        return std::span<const std::uint32_t>(credential_closure_)
            .subspan(credential_closure_offsets_[role],
                     credential_closure_offsets_[role + 1] - credential_closure_offsets_[role]);
    }
    /// @brief The credentials as bits of a word, when the model has at most 64.
    [[nodiscard]] const credential_bits& credential_sets() const noexcept {
        return credential_bits_;
    }
    [[nodiscard]] std::uint32_t credential_rank(std::uint32_t credential) const noexcept {
        return credential_rank_[credential];
    }
    /// @brief The interned setting of `role`, or -1 when it has none.
    [[nodiscard]] std::int32_t setting(std::uint32_t role) const noexcept {
        return role_setting_[role];
    }
    /// @brief The interned id of a setting name, or -1 when no role carries it.
    [[nodiscard]] std::int32_t setting_id(std::string_view name) const noexcept {
        const auto it = std::find(setting_names_.begin(), setting_names_.end(), name);
        return it == setting_names_.end() ? -1
                                          : static_cast<std::int32_t>(it - setting_names_.begin());
    }
    [[nodiscard]] double transition_years(std::uint32_t t) const noexcept {
        return transition_years_[t];
    }
    [[nodiscard]] double transition_effort(std::uint32_t t) const noexcept {
        return transition_effort_[t];
    }

private:
    const model* model_;
    std::vector<std::uint32_t> relevant_;
    std::vector<std::uint32_t> relevant_index_;
    std::vector<std::uint32_t> level_offsets_;
    std::vector<double> required_levels_;
    std::vector<std::uint32_t> sets_of_offsets_;
    std::vector<std::uint32_t> sets_of_;
    std::vector<double> set_max_years_;
    std::vector<std::uint8_t> wait_capable_;
    static constexpr std::size_t mask_bits = 64;
    std::vector<std::uint64_t> member_mask_;
    std::vector<std::uint32_t> requirement_offsets_;
    std::vector<std::uint32_t> credential_closure_;
    std::vector<std::uint32_t> credential_closure_offsets_;
    std::vector<competency_level> requirements_;
    std::vector<years_gate> gates_;
    std::vector<std::uint32_t> gate_offsets_;
    std::vector<std::uint8_t> lists_each_once_;
    std::vector<std::uint32_t> credential_rank_;
    std::vector<std::int32_t> role_setting_;
    std::vector<std::string> setting_names_;
    std::vector<double> transition_years_;
    std::vector<double> transition_effort_;
    credential_bits credential_bits_;
};

/// @brief The start of every walk of one person: the profile's levels, held
/// credentials and years per role set, plus, per set, how many extra years can
/// still matter (`cap`): once a walk has added that much, every item on the set
/// is met and more years change nothing. Capping is what makes the state space
/// finite (docs/planner.md).
struct walk_origin {
private:
    walk_origin() = default;

public:
    std::uint32_t role = 0;
    std::vector<double> level;
    std::vector<std::uint8_t> held;
    std::vector<double> base_years;
    /// 0 for a set no item of which the profile leaves unmet: its extra years are not tracked.
    std::vector<double> cap;

    /// @brief A person with nothing: no levels, no credentials, and every
    /// experience requirement taken as met (what the static gap weights assume).
    [[nodiscard]] static walk_origin blank(const model& m) {
        walk_origin o;
        o.level.assign(m.competency_count(), 0.0);
        o.held.assign(m.credential_count(), 0);
        o.base_years.assign(m.role_set_count(), std::numeric_limits<double>::infinity());
        o.cap.assign(m.role_set_count(), 0.0);
        return o;
    }

    walk_origin(const plan_tables& tables, const person_state& person) {
        const model& m = tables.source();
        role = person.current_role().value();
        // Filled by push_back: GCC 12 at -O3 reports a false null dereference in
        // vector::resize here.
        level.reserve(m.competency_count());
        for (std::uint32_t c = 0; c < m.competency_count(); ++c)
            level.push_back(person.level(competency_index{c}));
        held.reserve(m.credential_count());
        for (std::uint32_t k = 0; k < m.credential_count(); ++k)
            held.push_back(person.holds(credential_index{k}) ? 1 : 0);
        base_years.reserve(m.role_set_count());
        cap.reserve(m.role_set_count());
        for (std::uint32_t s = 0; s < m.role_set_count(); ++s) {
            const double have = person.years(role_set_index{s});
            const double top = tables.set_max_years(s);
            base_years.push_back(have);
            cap.push_back(less12(have, top) ? top - have : 0.0);
        }
    }
};

/// @brief What one step costs (semantics.md §4, item 5).
struct step_cost {
    double tenure = 0.0;
    double wait = 0.0;
    double effort = 0.0;
    double years = 0.0;
};

/// @brief The dense working copy of a walk's state, with undo logs so that a
/// search can try a step and take it back in time proportional to what changed.
///
/// What the walk added (credentials, extra years) is stamped with a generation:
/// `start_over` forgets all of it at once by starting the next one, so that a
/// search moving from one stored walk to another neither undoes the first
/// entry by entry nor logs the second as it loads it (`load_held`, `load_extra`).
class walk_scratch {
public:
    /// `first_generation` (below 2^32 - 1) lets tests start near the wrap-around.
    explicit walk_scratch(const walk_origin& origin, std::uint32_t first_generation = 1)
        : level_(origin.level),
          held_since_(origin.held.size(), 0),
          extra_(origin.base_years.size()),
          generation_(first_generation),
          mark_(origin.held.size(), 0) {
        for (std::size_t k = 0; k < origin.held.size(); ++k)
            if (origin.held[k] != 0) {
                held_since_[k] = always;
                origin_mask_ |= credential_bits::bit(static_cast<std::uint32_t>(k));
            }
        held_mask_ = origin_mask_;
    }

    [[nodiscard]] double level(std::uint32_t c) const noexcept { return level_[c]; }
    [[nodiscard]] bool held(std::uint32_t k) const noexcept {
        return held_since_[k] >= generation_;
    }
    /// @brief The held credentials as bits (meaningful with at most 64 credentials).
    [[nodiscard]] std::uint64_t held_mask() const noexcept { return held_mask_; }
    [[nodiscard]] double extra(std::uint32_t s) const noexcept {
        return extra_[s].generation == generation_ ? extra_[s].years : 0.0;
    }

    /// @brief Back to the origin's credentials and extra years, logs emptied.
    /// Levels are kept: a search loading a walk overwrites every one it uses.
    void start_over() noexcept {
        level_log_.clear();
        held_log_.clear();
        extra_log_.clear();
        held_mask_ = origin_mask_;
        if (++generation_ == always) {
            for (auto& g : held_since_)
                if (g != always) g = 0;
            for (auto& e : extra_) e.generation = 0;
            generation_ = 1;
        }
    }
    /// @brief After `start_over`: the walk holds `k` (not logged).
    void load_held(std::uint32_t k) noexcept {
        held_since_[k] = generation_;
        held_mask_ |= credential_bits::bit(k);
    }
    /// @brief After `start_over`: the walk's extra years in `s` (not logged).
    void load_extra(std::uint32_t s, double v) noexcept { extra_[s] = {v, generation_}; }
    /// @brief Whether `s` was set since `start_over` (by `load_extra` or a step).
    [[nodiscard]] bool extra_set(std::uint32_t s) const noexcept {
        return extra_[s].generation == generation_;
    }

    /// @brief Overwrites a level without logging (for loading a label's levels wholesale).
    void assign_level(std::uint32_t c, double v) noexcept { level_[c] = v; }
    /// @brief Overwrites the levels of `competencies` without logging: the i-th
    /// becomes `values[i][codes[i]]` (a label's levels, stored as codes).
    void assign_coded_levels(std::span<const std::uint32_t> competencies,
                             const double* const* values, const std::uint8_t* codes) noexcept {
        double* level = level_.data();  // hoisted: the byte codes may alias anything
        for (std::size_t i = 0; i < competencies.size(); ++i)
            level[competencies[i]] = values[i][codes[i]];
    }
    /// @brief The same when the competencies are 0, 1, ..., n - 1 (every one
    /// relevant, the common case).
    void assign_coded_levels(std::size_t n, const double* const* values,
                             const std::uint8_t* codes) noexcept {
        double* level = level_.data();
        std::size_t i = 0;
        // Four loads before their stores: the byte codes may alias the levels, so
        // one at a time the compiler reloads them after every store.
        for (; i + 4 <= n; i += 4) {
            const double a = values[i][codes[i]];
            const double b = values[i + 1][codes[i + 1]];
            const double c = values[i + 2][codes[i + 2]];
            const double d = values[i + 3][codes[i + 3]];
            level[i] = a;
            level[i + 1] = b;
            level[i + 2] = c;
            level[i + 3] = d;
        }
        for (; i < n; ++i) level[i] = values[i][codes[i]];
    }

    void set_level(std::uint32_t c, double v) {
        level_log_.push_back({c, level_[c]});
        level_[c] = v;
    }
    void acquire(std::uint32_t k) {
        held_log_.push_back(k);
        held_since_[k] = generation_;
        held_mask_ |= credential_bits::bit(k);
    }
    void set_extra(std::uint32_t s, double v) {
        extra_log_.push_back({s, extra(s)});
        extra_[s] = {v, generation_};
    }

    /// @brief Adds `years` of experience in `role` (x[role] += years), capped per set.
    void add_experience(const plan_tables& tables, const walk_origin& origin, std::uint32_t role,
                        double years) {
        for (auto s : tables.sets_of(role)) {
            const double cap = origin.cap[s];
            const double have = extra(s);
            if (cap <= 0.0 || have >= cap) continue;
            set_extra(s, std::min(have + years, cap));
        }
    }

    /// A position in the undo logs.
    struct checkpoint {
        std::size_t level = 0;
        std::size_t held = 0;
        std::size_t extra = 0;
    };
    [[nodiscard]] checkpoint save() const noexcept {
        return {level_log_.size(), held_log_.size(), extra_log_.size()};
    }
    /// @brief Takes back every change made since `at`.
    void restore(const checkpoint& at) noexcept {
        while (level_log_.size() > at.level) {
            level_[level_log_.back().competency] = level_log_.back().level;
            level_log_.pop_back();
        }
        while (held_log_.size() > at.held) {
            held_since_[held_log_.back()] = 0;
            held_mask_ &= ~credential_bits::bit(held_log_.back());
            held_log_.pop_back();
        }
        while (extra_log_.size() > at.extra) {
            extra_[extra_log_.back().set] = {extra_log_.back().years, generation_};
            extra_log_.pop_back();
        }
    }
    /// The changes since a checkpoint: the logs hold (index, old value) in order.
    [[nodiscard]] std::span<const competency_level> level_changes(
        const checkpoint& at) const noexcept {
        return std::span<const competency_level>(level_log_).subspan(at.level);
    }
    [[nodiscard]] std::span<const std::uint32_t> held_changes(const checkpoint& at) const noexcept {
        return std::span<const std::uint32_t>(held_log_).subspan(at.held);
    }
    [[nodiscard]] std::span<const set_years> extra_changes(const checkpoint& at) const noexcept {
        return std::span<const set_years>(extra_log_).subspan(at.extra);
    }

    /// @brief The acquisition set of credential `k` under the current holdings:
    /// k, then recursively its `requires` not held, each once (pre-order). Written to `out`.
    void acquisition_set(const model& m, std::uint32_t k, std::vector<std::uint32_t>& out) {
        out.clear();
        if (++epoch_ == 0) {
            std::fill(mark_.begin(), mark_.end(), 0U);
            epoch_ = 1;
        }
        stack_.clear();
        stack_.push_back(k);
        while (!stack_.empty()) {
            const auto x = stack_.back();
            stack_.pop_back();
            if (held(x) || mark_[x] == epoch_) continue;
            mark_[x] = epoch_;
            out.push_back(x);
            const auto pre = m.prerequisites(credential_index{x});
            for (auto it = pre.rbegin(); it != pre.rend(); ++it) stack_.push_back(it->value());
        }
    }

    std::vector<std::uint32_t> candidate;
    std::vector<std::uint32_t> best;

private:
    /// Stamps a credential with `always` (held at the origin), or with the
    /// generation that acquired it: held while that is the current one.
    static constexpr std::uint32_t always = std::numeric_limits<std::uint32_t>::max();
    struct stamped_years {
        double years = 0.0;
        std::uint32_t generation = 0;  // the years count only in this generation
    };
    std::vector<double> level_;
    std::vector<std::uint32_t> held_since_;
    /// The held credentials as bits, kept with `held_since_` (the first 64 only).
    std::uint64_t origin_mask_ = 0;
    std::uint64_t held_mask_ = 0;
    std::vector<stamped_years> extra_;
    std::uint32_t generation_ = 1;
    std::vector<competency_level> level_log_;
    std::vector<std::uint32_t> held_log_;
    std::vector<set_years> extra_log_;
    std::vector<std::uint32_t> mark_;
    std::uint32_t epoch_ = 0;
    std::vector<std::uint32_t> stack_;
};

/// @brief A recorder that records nothing: what the search passes to `apply_step`.
struct ignore_step_details {
    void raise(std::uint32_t, double, double, double) noexcept {}
    void acquire(std::uint32_t, double, double) noexcept {}
};

/// @brief Advances the walk's state by the step `from -> edge.to` (semantics.md §4,
/// items 1-5) and reports its cost in `out`.
///
/// Returns false when the step is infeasible (an unmet experience requirement of
/// the new role whose set does not contain `from`); the scratch may then hold
/// partial changes, which the caller takes back with `restore`. The recorder
/// hears each competency raised (competency, from, to, effort) in the role's
/// order and each credential acquired (credential, effort, years): group by
/// group, each group's acquisition set in credential id order.
/// Complexity: O(items of the new role + credentials acquired + sets of `from`).
template <class Recorder>
bool apply_step(const plan_tables& tables, const walk_origin& origin, walk_scratch& s,
                std::uint32_t from, const out_transition& edge, Recorder& recorder,
                step_cost& out) {
    const model& m = tables.source();
    const role_index to = edge.to;
    out = step_cost{};
    out.tenure = edge.years;

    // 1. tenure
    if (edge.years > 0.0) s.add_experience(tables, origin, from, edge.years);

    // 2. experience: wait in `from` for what it can give; anything else unmet blocks.
    double wait = 0.0;
    const auto gates = tables.experience_gates(to.value());
    for (std::size_t i = 0; i < gates.size(); ++i) {
        const auto set = gates[i].set;
        const double have = origin.base_years[set] + s.extra(set);
        if (!less12(have, gates[i].years)) continue;
        if (!tables.source_in_item_set(edge, i, role_set_index{set}, role_index{from}))
            return false;
        wait = std::max(wait, gates[i].years - have);
    }
    if (wait > 0.0) s.add_experience(tables, origin, from, wait);
    out.wait = wait;

    // 3. competencies, essential or not, in the role's order.
    double competency_effort = 0.0;
    const auto raise = [&](std::uint32_t c, double level) {
        const double have = s.level(c);
        if (!(have < level)) return;
        const double effort = m.effort_per_level(competency_index{c}) * (level - have);
        competency_effort += effort;
        s.set_level(c, level);
        recorder.raise(c, have, level, effort);
    };
    if (tables.lists_each_competency_once(to.value())) {
        for (const auto& req : tables.requirement_maxima(to.value()))
            raise(req.competency, req.level);
    } else {
        for (const auto& item : m.competency_items(to)) raise(item.competency.value(), item.level);
    }

    // 4. credentials: each unsatisfied group gets its cheapest candidate with the
    // prerequisites not yet held (least effort, then years, then smallest id).
    double credential_effort = 0.0;
    double credential_years = 0.0;
    for (const auto& group : m.credential_items(to)) {
        const auto any_of = m.any_of(group);
        bool satisfied = false;
        for (auto k : any_of) satisfied = satisfied || s.held(k.value());
        if (satisfied) continue;
        double best_effort = 0.0;
        double best_years = 0.0;
        std::uint32_t best_rank = 0;
        bool have_best = false;
        for (auto k : any_of) {
            s.acquisition_set(m, k.value(), s.candidate);
            double effort = 0.0;
            double years = 0.0;
            for (auto x : s.candidate) {
                const auto& c = m.at(credential_index{x});
                effort += c.effort;
                years += c.years;
            }
            const auto rank = tables.credential_rank(k.value());
            bool better = !have_best;
            if (!better) {
                const auto by_effort = compare12(effort, best_effort);
                const auto by_years = compare12(years, best_years);
                better = by_effort < 0 ||
                         (by_effort == 0 && (by_years < 0 || (by_years == 0 && rank < best_rank)));
            }
            if (better) {
                have_best = true;
                best_effort = effort;
                best_years = years;
                best_rank = rank;
                std::swap(s.best, s.candidate);
            }
        }
        // The set is reported in id order, as the reference lists it; the sums
        // do not depend on the order.
        std::sort(s.best.begin(), s.best.end(), [&tables](std::uint32_t a, std::uint32_t b) {
            return tables.credential_rank(a) < tables.credential_rank(b);
        });
        for (auto x : s.best) {
            const auto& c = m.at(credential_index{x});
            s.acquire(x);
            credential_effort += c.effort;
            credential_years += c.years;
            recorder.acquire(x, c.effort, c.years);
        }
    }

    // 5. totals of the step.
    out.effort = edge.effort + competency_effort + credential_effort;
    out.years = edge.years + wait + credential_years;
    return true;
}

}  // namespace careergraph::detail
