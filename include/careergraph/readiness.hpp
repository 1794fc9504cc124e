// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/date.hpp>
#include <careergraph/detail/compare.hpp>
#include <careergraph/detail/json_path.hpp>
#include <careergraph/error.hpp>
#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/role.hpp>
#include <careergraph/strong_id.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

/// Readiness of one person for one role (semantics.md §2 and §3).
///
/// A profile is first resolved against the model into a `person_state` (dense
/// levels, a held-credential bitset, years per experience role set); scoring
/// a role is then a scan of the role's flat item tables with no id lookups.
/// The batch engine (`population.hpp`) uses the same helpers in `detail` for
/// every number, in the same order, so its answers equal these bit for bit.
namespace careergraph {

namespace detail {

/// @brief Satisfaction of a competency requirement: `min(level, r) / r` (r > 0).
[[nodiscard]] inline double competency_satisfaction(double level, double required) noexcept {
    return std::min(level, required) / required;
}

/// @brief Satisfaction of an experience requirement: 1 when `y == 0`, else `min(1, years / y)`.
[[nodiscard]] inline double experience_satisfaction(double years, double required) noexcept {
    return required == 0.0 ? 1.0 : std::min(1.0, years / required);
}

/// @brief The shortfall of an item: `w * (1 - s) / W`.
[[nodiscard]] inline double item_shortfall(double weight, double satisfaction,
                                           double total_weight) noexcept {
    return weight * (1.0 - satisfaction) / total_weight;
}

/// @brief The score from the weighted sum: `sum / W`, or 1 for a role without items.
[[nodiscard]] inline double final_score(double weighted_sum, double total_weight) noexcept {
    return total_weight > 0.0 ? weighted_sum / total_weight : 1.0;
}

/// @brief Whether an earned credential is held at `as_of` (semantics.md §2).
///
/// The `valid_years` boundary is `as_of - earned < valid_years * 365.25` days,
/// compared as doubles: the day difference is an exact integer, and
/// `model::valid_days` is that very product, so `valid_years: 2` holds through
/// day 730 and not on day 731.
[[nodiscard]] inline bool credential_held(const model& m, credential_index c,
                                          const earned_credential& e, date as_of) noexcept {
    if (as_of < e.earned) return false;
    if (e.expires) return as_of < *e.expires;
    return static_cast<double>(as_of - e.earned) < m.valid_days(c);
}

/// @brief A stint clipped to `[start, min(end, as_of))`, in days since the epoch.
struct clipped_stint {
    role_index role;
    std::int32_t begin = 0;
    std::int32_t end = 0;
};

/// @brief Length in days of the union of `stints` (reordered in place).
/// Complexity: O(n log n) for n stints.
[[nodiscard]] inline std::int64_t union_days(std::span<clipped_stint> stints) noexcept {
    std::sort(stints.begin(), stints.end(),
              [](const clipped_stint& a, const clipped_stint& b) { return a.begin < b.begin; });
    std::int64_t total = 0;
    bool open = false;
    std::int32_t lo = 0;
    std::int32_t hi = 0;
    for (const auto& s : stints) {
        if (open && s.begin <= hi) {
            hi = std::max(hi, s.end);
            continue;
        }
        if (open) total += hi - lo;
        lo = s.begin;
        hi = s.end;
        open = true;
    }
    if (open) total += hi - lo;
    return total;
}

/// @brief Years for a union of `days` days: `days / 365.25`.
[[nodiscard]] inline double years_of_days(std::int64_t days) noexcept {
    return static_cast<double>(days) / days_per_year;
}

/// @brief Appends the non-empty clipped stints of `p` at `as_of` to `out`.
/// @throws input_error for an unknown role or an end before its start
/// (the paths are those of `model::check`).
inline void clip_stints(const model& m, const profile& p, date as_of,
                        std::vector<clipped_stint>& out) {
    for (std::size_t i = 0; i < p.history.size(); ++i) {
        const auto& s = p.history[i];
        const auto role = m.find(s.role);
        if (!role)
            throw input_error::at(member_path(element_path("history", i), "role"),
                                  "unknown role " + s.role.value());
        if (s.end && *s.end < s.start)
            throw input_error::at(member_path(element_path("history", i), "end"),
                                  "end " + s.end->to_string() + " is before start " +
                                      s.start.to_string());
        const date end = s.end ? std::min(*s.end, as_of) : as_of;
        if (s.start < end) out.push_back({*role, s.start.days_since_epoch(), end.days_since_epoch()});
    }
}

/// @brief The dense index of a profile's competency, after checking its level.
/// @throws input_error for an unknown competency or a level out of range.
[[nodiscard]] inline competency_index resolve_level(const model& m, const competency_id& id,
                                                    double level) {
    const auto c = m.find(id);
    const auto path = [&] { return member_path("competencies", id.value()); };
    if (!c) throw input_error::at(path(), "unknown competency " + id.value());
    if (!std::isfinite(level)) throw input_error::at(path(), "level must be a finite number");
    if (level < 0) throw input_error::at(path(), "level must be >= 0");
    if (level > m.max_level(*c))
        throw input_error::at(path(), "level above the scale max (" +
                                          std::to_string(static_cast<int>(m.max_level(*c))) + ")");
    return *c;
}

/// @brief The dense index of an earned credential. @throws input_error if unknown.
[[nodiscard]] inline credential_index resolve_credential(const model& m, const profile& p,
                                                         std::size_t i) {
    const auto c = m.find(p.credentials[i].id);
    if (!c)
        throw input_error::at(member_path(element_path("credentials", i), "id"),
                              "unknown credential " + p.credentials[i].id.value());
    return *c;
}

/// @brief The profile's current role. @throws input_error if unknown.
[[nodiscard]] inline role_index resolve_current_role(const model& m, const profile& p) {
    const auto r = m.find(p.current_role);
    if (!r) throw input_error::at("current_role", "unknown role " + p.current_role.value());
    return *r;
}

/// @throws usage_error when `r` is not a role of `m`.
inline void check_role(const model& m, role_index r) {
    if (r.value() >= m.role_count())
        throw usage_error("role index " + std::to_string(r.value()) + " out of range (the model has " +
                          std::to_string(m.role_count()) + " roles)");
}

}  // namespace detail

/// @brief A profile resolved against a model once, at one date: dense levels,
/// the credentials held, and years per experience role set.
///
/// Scoring any number of roles for the person then needs no id lookup and no
/// allocation. Valid only with the model it was prepared for (same tables);
/// the scoring functions check the table sizes and throw `usage_error` on a
/// mismatch. A plain value, cheap to move, safe to share between threads.
/// @code
/// careergraph::person_state me{model, profile};          // as of profile.as_of
/// auto r = careergraph::score_of(model, me, model.index_of(careergraph::role_id{"cmo"}));
/// @endcode
class person_state {
public:
    person_state() = default;

    /// @brief Resolves `p` against `m` as of `as_of` (default: `p.as_of`).
    /// @throws input_error for an unknown id, a level out of range or a stint
    /// that ends before it starts (the JSON path of `model::check`).
    /// Complexity: O(levels + credentials + S * stints * log) for S role sets.
    person_state(const model& m, const profile& p, std::optional<date> as_of = {})
        : as_of_(as_of.value_or(p.as_of)),
          current_role_(detail::resolve_current_role(m, p)),
          levels_(m.competency_count(), 0.0),
          held_((m.credential_count() + 63) / 64, 0),
          years_(m.role_set_count(), 0.0) {
        // A competency listed twice: the last entry wins, as a JSON object would.
        for (const auto& [id, level] : p.competencies)
            levels_[detail::resolve_level(m, id, level).value()] = level;
        for (std::size_t i = 0; i < p.credentials.size(); ++i) {
            const auto c = detail::resolve_credential(m, p, i);
            if (detail::credential_held(m, c, p.credentials[i], as_of_))
                held_[c.value() / 64] |= std::uint64_t{1} << (c.value() % 64);
        }
        std::vector<detail::clipped_stint> stints;
        detail::clip_stints(m, p, as_of_, stints);
        if (stints.empty()) return;
        std::vector<detail::clipped_stint> in_set;
        for (std::size_t s = 0; s < years_.size(); ++s) {
            const role_set_index set{static_cast<std::uint32_t>(s)};
            in_set.clear();
            for (const auto& st : stints)
                if (m.in_role_set(set, st.role)) in_set.push_back(st);
            if (!in_set.empty()) years_[s] = detail::years_of_days(detail::union_days(in_set));
        }
    }

    /// @brief The date the person was resolved at.
    [[nodiscard]] date as_of() const noexcept { return as_of_; }
    [[nodiscard]] role_index current_role() const noexcept { return current_role_; }
    /// @brief The level of competency `c` (0 when the profile does not list it).
    [[nodiscard]] double level(competency_index c) const noexcept { return levels_[c.value()]; }
    /// @brief Whether credential `c` is held at `as_of()`.
    [[nodiscard]] bool holds(credential_index c) const noexcept {
        return (held_[c.value() / 64] >> (c.value() % 64)) & 1U;
    }
    /// @brief `years(R)` for role set `s`: the union of the clipped stints in R, in years.
    [[nodiscard]] double years(role_set_index s) const noexcept { return years_[s.value()]; }

    /// @brief Whether the tables have the sizes of `m`'s (a cheap guard, not identity).
    [[nodiscard]] bool fits(const model& m) const noexcept {
        return levels_.size() == m.competency_count() &&
               held_.size() == (m.credential_count() + 63) / 64 &&
               years_.size() == m.role_set_count();
    }

private:
    date as_of_;
    role_index current_role_;
    std::vector<double> levels_;
    std::vector<std::uint64_t> held_;
    std::vector<double> years_;
};

namespace detail {
inline void check_person(const model& m, const person_state& p) {
    if (!p.fits(m)) throw usage_error("person_state was prepared for a different model");
}
}  // namespace detail

/// @brief Score and eligibility of one person for one role.
struct role_score {
    role_index role;
    double score = 0.0;
    bool eligible = false;

    friend bool operator==(const role_score&, const role_score&) = default;
};

/// @brief One requirement item of a role, explained for a person.
struct item_explanation {
    item_kind kind = item_kind::competency;
    /// Position of the item among the role's items of its kind (as authored).
    std::uint32_t position = 0;
    double weight = 1.0;
    bool essential = false;
    /// s_i in [0, 1].
    double satisfaction = 0.0;
    /// `w_i * (1 - s_i) / sum(w)`: the score points gained by meeting the item fully.
    double shortfall = 0.0;
    /// Competency: the level required; experience: the years required; credential: 0.
    double required = 0.0;
    /// Competency: the person's level; experience: years(R); credential: 0.
    double have = 0.0;
    /// Credential: the first credential of `any_of` that is held, if any.
    std::optional<credential_index> held;

    friend bool operator==(const item_explanation&, const item_explanation&) = default;
};

/// @brief Readiness of a person for a role, with every item explained.
struct readiness {
    role_index role;
    double score = 0.0;
    bool eligible = false;
    /// Largest shortfall first; ties by kind (competency, credential, experience),
    /// then position (shortfalls compared at 12 decimal places).
    std::vector<item_explanation> items;

    friend bool operator==(const readiness&, const readiness&) = default;
};

/// @brief Score and eligibility of `p` for role `r` (semantics.md §3), without the explanation.
///
/// The weighted sum runs over the competency items, then the credential
/// groups, then the experience items, each in the role's order; the batch
/// engine adds the same terms in the same order, so both give the same bits.
/// @throws usage_error if `r` is out of range or `p` was prepared for another model.
/// Complexity: O(items of r + any_of sizes); no allocation.
/// @code
/// auto s = careergraph::score_of(model, person, role);   // s.score in [0, 1]
/// @endcode
[[nodiscard]] inline role_score score_of(const model& m, const person_state& p, role_index r) {
    detail::check_role(m, r);
    detail::check_person(m, p);
    double sum = 0.0;
    bool eligible = true;
    for (const auto& item : m.competency_items(r)) {
        const double s = detail::competency_satisfaction(p.level(item.competency), item.level);
        sum += item.weight * s;
        if (item.essential && s != 1.0) eligible = false;
    }
    for (const auto& item : m.credential_items(r)) {
        bool held = false;
        for (auto c : m.any_of(item)) held = held || p.holds(c);
        const double s = held ? 1.0 : 0.0;
        sum += item.weight * s;
        if (item.essential && !held) eligible = false;
    }
    for (const auto& item : m.experience_items(r)) {
        const double s = detail::experience_satisfaction(p.years(item.roles), item.years);
        sum += item.weight * s;
        if (item.essential && s != 1.0) eligible = false;
    }
    return {r, detail::final_score(sum, m.total_weight(r)), eligible};
}

/// @brief The item order of semantics.md §3: shortfall descending (at 12
/// decimal places), then kind, then position.
[[nodiscard]] inline bool explanation_before(const item_explanation& a,
                                             const item_explanation& b) noexcept {
    const double ra = detail::round12(a.shortfall);
    const double rb = detail::round12(b.shortfall);
    if (ra != rb) return ra > rb;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.position < b.position;
}

/// @brief Readiness of `p` for role `r` with the ordered explanation (semantics.md §3).
///
/// `score` and `eligible` are exactly those of `score_of`.
/// @throws usage_error if `r` is out of range or `p` was prepared for another model.
/// Complexity: O(n log n) for the n items of r; allocates only the item list.
/// @code
/// auto why = careergraph::readiness_of(model, person, role);
/// for (const auto& item : why.items) { /* largest shortfall first */ }
/// @endcode
[[nodiscard]] inline readiness readiness_of(const model& m, const person_state& p, role_index r) {
    const role_score head = score_of(m, p, r);
    const double total = m.total_weight(r);
    readiness out{r, head.score, head.eligible, {}};
    const auto competencies = m.competency_items(r);
    const auto credentials = m.credential_items(r);
    const auto experience = m.experience_items(r);
    out.items.reserve(competencies.size() + credentials.size() + experience.size());
    std::uint32_t pos = 0;
    for (const auto& item : competencies) {
        const double have = p.level(item.competency);
        const double s = detail::competency_satisfaction(have, item.level);
        out.items.push_back({item_kind::competency, pos++, item.weight, item.essential, s,
                             detail::item_shortfall(item.weight, s, total), item.level, have,
                             std::nullopt});
    }
    pos = 0;
    for (const auto& item : credentials) {
        std::optional<credential_index> held;
        for (auto c : m.any_of(item)) {
            if (p.holds(c)) {
                held = c;
                break;
            }
        }
        const double s = held ? 1.0 : 0.0;
        out.items.push_back({item_kind::credential, pos++, item.weight, item.essential, s,
                             detail::item_shortfall(item.weight, s, total), 0.0, 0.0, held});
    }
    pos = 0;
    for (const auto& item : experience) {
        const double have = p.years(item.roles);
        const double s = detail::experience_satisfaction(have, item.years);
        out.items.push_back({item_kind::experience, pos++, item.weight, item.essential, s,
                             detail::item_shortfall(item.weight, s, total), item.years, have,
                             std::nullopt});
    }
    std::sort(out.items.begin(), out.items.end(), explanation_before);
    return out;
}

/// @brief Readiness of profile `p` for role `r` as of `as_of` (default: `p.as_of`).
/// @throws input_error if `p` does not fit the model; usage_error if `r` is out of range.
/// @code
/// auto r = careergraph::readiness_of(model, profile, model.index_of(careergraph::role_id{"cmo"}));
/// @endcode
[[nodiscard]] inline readiness readiness_of(const model& m, const profile& p, role_index r,
                                            std::optional<date> as_of = {}) {
    detail::check_role(m, r);
    return readiness_of(m, person_state{m, p, as_of}, r);
}

/// @brief `years(R)` of profile `p` for the role set `s` at `as_of` (semantics.md §2).
/// @throws usage_error if `s` is out of range; input_error for a bad stint.
/// Complexity: O(stints log stints).
[[nodiscard]] inline double years_in(const model& m, const profile& p, role_set_index s,
                                     std::optional<date> as_of = {}) {
    if (s.value() >= m.role_set_count())
        throw usage_error("role set index " + std::to_string(s.value()) + " out of range");
    std::vector<detail::clipped_stint> stints;
    detail::clip_stints(m, p, as_of.value_or(p.as_of), stints);
    std::erase_if(stints, [&](const detail::clipped_stint& st) { return !m.in_role_set(s, st.role); });
    return detail::years_of_days(detail::union_days(stints));
}

/// @brief Whether profile `p` holds credential `c` at `as_of` (default `p.as_of`):
/// any entry for `c` that is held counts (semantics.md §2).
/// @throws usage_error if `c` is out of range.
[[nodiscard]] inline bool holds(const model& m, const profile& p, credential_index c,
                                std::optional<date> as_of = {}) {
    if (c.value() >= m.credential_count())
        throw usage_error("credential index " + std::to_string(c.value()) + " out of range");
    const date when = as_of.value_or(p.as_of);
    for (const auto& e : p.credentials)
        if (e.id == m.at(c).id && detail::credential_held(m, c, e, when)) return true;
    return false;
}

}  // namespace careergraph
