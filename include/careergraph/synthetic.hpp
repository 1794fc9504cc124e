// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/credential.hpp>
#include <careergraph/date.hpp>
#include <careergraph/model.hpp>
#include <careergraph/model_data.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/role.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

/// Seeded generators of synthetic competency models and populations, for
/// benchmarks and property tests.
///
/// Every random draw goes through `detail::rng` (splitmix64 plus integer range
/// reduction) rather than `std::uniform_*_distribution`, whose output differs
/// between standard libraries, and at most one draw per expression whose order
/// C++ leaves open (a call's arguments: two draws there once gave Clang and GCC
/// different models). So a seed gives the same model and people on every
/// platform and compiler, and benchmark figures and test expectations are
/// reproducible (tests/readiness/properties_test.cpp checks a seed's draws).
namespace careergraph::synthetic {

/// @brief Shape of a synthetic model.
struct model_options {
    std::size_t roles = 1000;
    std::size_t competencies = 500;
    std::size_t credentials = 60;
    std::size_t transitions = 10000;
    /// Mean number of requirement items per role (all kinds together).
    double items_per_role = 20;
    /// Number of distinct `setting` values the roles draw from.
    std::size_t settings = 4;
    /// Percent of experience items that name the role's feeders (the roles with a
    /// transition into it): a feeder's family, or one to three feeders. Career
    /// frameworks state experience so ("5 years as a medical director"; 24 of the
    /// 27 items of the built-in model can be waited for in a feeder). The other
    /// items name a random family or random earlier roles, unrelated to the
    /// graph. 0 keeps every item random, as the generator has always done.
    std::size_t experience_from_feeders = 0;
    std::uint64_t seed = 1;
};

/// @brief Shape of a synthetic population.
struct population_options {
    std::size_t people = 100000;
    std::uint64_t seed = 2;
    date as_of = *date::parse("2026-11-23");
};

namespace detail {

/// splitmix64: tiny, fast, statistically fine for test data, and fully specified.
class rng {
public:
    explicit rng(std::uint64_t seed) noexcept : state_(seed) {}

    std::uint64_t next() noexcept {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// A value in [0, n) (n > 0) by multiply-shift; the bias is < n / 2^32, irrelevant here.
    std::size_t below(std::size_t n) noexcept {
        const std::uint64_t hi = next() >> 32;
        return static_cast<std::size_t>((hi * static_cast<std::uint64_t>(n)) >> 32);
    }
    /// A value in [lo, hi].
    std::size_t between(std::size_t lo, std::size_t hi) noexcept { return lo + below(hi - lo + 1); }
    /// True with probability percent / 100.
    bool chance(std::size_t percent) noexcept { return below(100) < percent; }

private:
    std::uint64_t state_;
};

inline std::string numbered(const char* prefix, std::size_t i, int width) {
    std::string digits = std::to_string(i);
    if (static_cast<int>(digits.size()) < width)
        digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
    return std::string(prefix) + digits;
}

inline std::string setting_name(std::size_t s) {
    static const char* const names[] = {"hospital", "payer", "pharma", "public-health"};
    return s < 4 ? std::string(names[s]) : numbered("setting-", s, 2);
}

/// Distinct values of [0, n) drawn without replacement (partial Fisher-Yates on `pool`).
inline void sample_distinct(rng& g, std::vector<std::uint32_t>& pool, std::size_t k,
                            std::vector<std::uint32_t>& out) {
    out.clear();
    k = std::min(k, pool.size());
    for (std::size_t i = 0; i < k; ++i) {
        const std::size_t j = i + g.below(pool.size() - i);
        std::swap(pool[i], pool[j]);
        out.push_back(pool[i]);
    }
}

}  // namespace detail

/// @brief A valid synthetic model: competencies on the default 0..5 scale,
/// credentials whose `requires` point only to lower-numbered credentials (so no
/// cycles; some with `valid_years`), roles with mostly competency items plus a
/// few credential groups and experience items, and transitions with years and
/// effort (a spanning tree from role 0 first, so every role is reachable, then
/// random distinct pairs).
///
/// Deterministic for `options.seed`. Ids: `comp-0000`, `cred-000`, `role-0000`.
/// Complexity: O(roles * items_per_role + transitions) expected.
/// @code
/// careergraph::model m{careergraph::synthetic::make_model({.roles = 50, .seed = 7})};
/// @endcode
[[nodiscard]] inline model_data make_model(const model_options& options = {}) {
    detail::rng g(options.seed * 0x2545F4914F6CDD1DULL + 0x1234567ULL);
    model_data data;
    data.id = "synthetic-" + std::to_string(options.seed);
    data.name = "Synthetic model";

    const std::size_t n_comp = std::max<std::size_t>(options.competencies, 1);
    data.competencies.reserve(n_comp);
    for (std::size_t c = 0; c < n_comp; ++c) {
        competency item;
        item.id = competency_id{detail::numbered("comp-", c, 4)};
        item.name = "Competency " + std::to_string(c);
        // A shallow taxonomy: every tenth competency heads the next nine.
        if (c % 10 != 0) item.parent = competency_id{detail::numbered("comp-", c - c % 10, 4)};
        item.effort_per_level = static_cast<double>(g.between(1, 8)) * 0.5;
        data.competencies.push_back(std::move(item));
    }

    data.credentials.reserve(options.credentials);
    for (std::size_t k = 0; k < options.credentials; ++k) {
        credential item;
        item.id = credential_id{detail::numbered("cred-", k, 3)};
        item.name = "Credential " + std::to_string(k);
        item.kind = static_cast<credential_kind>(g.below(5));
        item.effort = static_cast<double>(g.between(0, 40));
        item.years = static_cast<double>(g.between(0, 8)) * 0.5;
        if (k > 0 && g.chance(40)) {
            const std::size_t n_req = g.between(1, std::min<std::size_t>(2, k));
            std::unordered_set<std::size_t> seen;
            for (std::size_t q = 0; q < n_req; ++q) {
                const std::size_t p = g.below(k);
                if (seen.insert(p).second)
                    item.prerequisites.push_back(credential_id{detail::numbered("cred-", p, 3)});
            }
        }
        if (g.chance(30)) item.valid_years = static_cast<double>(g.between(1, 5));
        data.credentials.push_back(std::move(item));
    }

    const std::size_t n_roles = options.roles;
    const std::size_t n_settings = std::max<std::size_t>(options.settings, 1);
    const auto role_name = [](std::size_t r) { return role_id{detail::numbered("role-", r, 4)}; };
    std::vector<std::uint32_t> pool(n_comp);
    for (std::uint32_t c = 0; c < pool.size(); ++c) pool[c] = c;
    std::vector<std::uint32_t> chosen;
    // Items per role in [mean - mean/2, mean + mean/2], drawn for even roles and
    // mirrored for the odd ones, so the total is exactly roles * mean (benchmarks
    // quote item counts) while the roles still differ in size.
    const auto mean_items = static_cast<std::size_t>(options.items_per_role + 0.5);
    const std::size_t spread = mean_items / 2;
    std::size_t mirrored = 0;
    std::vector<std::size_t> family_of;  // each role's family tag, for feeder experience
    family_of.reserve(n_roles);
    data.roles.reserve(n_roles);
    for (std::size_t r = 0; r < n_roles; ++r) {
        role item;
        item.id = role_name(r);
        item.name = "Role " + std::to_string(r);
        if (!g.chance(10)) item.setting = detail::setting_name(g.below(n_settings));
        const std::size_t family = g.below(20);
        family_of.push_back(family);
        item.tags.push_back(detail::numbered("family-", family, 2));
        if (g.chance(30)) item.tags.push_back(detail::numbered("track-", g.below(8), 1));

        std::size_t n_items = mean_items;
        if (r % 2 == 0) {
            mirrored = g.between(0, 2 * spread);
            n_items = mean_items - spread + mirrored;
        } else {
            n_items = mean_items + spread - mirrored;
        }
        std::size_t n_cred = 0;
        std::size_t n_exp = 0;
        for (std::size_t i = 0; i < n_items; ++i) {
            const std::size_t roll = g.below(100);
            if (roll < 8 && options.credentials > 0) ++n_cred;
            else if (roll < 13) ++n_exp;
        }
        const std::size_t n_competency = n_items - n_cred - n_exp;
        detail::sample_distinct(g, pool, n_competency, chosen);
        for (auto c : chosen) {
            competency_requirement req;
            req.competency = competency_id{detail::numbered("comp-", c, 4)};
            // Mostly whole levels, some halves: fractional requirements exist in real models.
            req.level = static_cast<double>(g.between(1, 5));
            if (req.level < 5.0 && g.chance(15)) req.level += 0.5;
            req.weight = static_cast<double>(g.between(1, 4)) * 0.5;
            req.essential = g.chance(20);
            item.competencies.push_back(std::move(req));
        }
        for (std::size_t i = 0; i < n_cred; ++i) {
            credential_requirement req;
            const std::size_t n_any = g.between(1, std::min<std::size_t>(3, options.credentials));
            std::unordered_set<std::size_t> seen;
            for (std::size_t a = 0; a < n_any; ++a) {
                const std::size_t k = g.below(options.credentials);
                if (seen.insert(k).second)
                    req.any_of.push_back(credential_id{detail::numbered("cred-", k, 3)});
            }
            req.weight = static_cast<double>(g.between(1, 4)) * 0.5;
            req.essential = g.chance(60);
            item.credentials.push_back(std::move(req));
        }
        for (std::size_t i = 0; i < n_exp; ++i) {
            experience_requirement req;
            if (g.chance(50) || r == 0) {
                req.tags.push_back(detail::numbered("family-", g.below(20), 2));
            } else {
                const std::size_t n_listed = g.between(1, 3);
                for (std::size_t a = 0; a < n_listed; ++a) req.roles.push_back(role_name(g.below(r)));
            }
            req.years = static_cast<double>(g.between(0, 20)) * 0.5;
            req.weight = static_cast<double>(g.between(1, 4)) * 0.5;
            req.essential = g.chance(50);
            item.experience.push_back(std::move(req));
        }
        data.roles.push_back(std::move(item));
    }

    std::vector<std::vector<std::uint32_t>> feeders(n_roles);
    if (n_roles > 0) {
        std::unordered_set<std::uint64_t> pairs;
        const auto add_edge = [&](std::size_t from, std::size_t to) {
            const std::uint64_t key = (static_cast<std::uint64_t>(from) << 32) | to;
            if (!pairs.insert(key).second) return false;
            feeders[to].push_back(static_cast<std::uint32_t>(from));
            transition t;
            t.from = role_name(from);
            t.to = role_name(to);
            t.years = static_cast<double>(g.between(0, 10)) * 0.5;
            t.effort = static_cast<double>(g.between(0, 20));
            data.transitions.push_back(std::move(t));
            return true;
        };
        const std::size_t max_pairs = n_roles * n_roles;
        const std::size_t target = std::min(options.transitions, max_pairs);
        for (std::size_t r = 1; r < n_roles && data.transitions.size() < target; ++r)
            add_edge(g.below(r), r);
        // Random extra edges; the attempt bound keeps tiny dense models from spinning.
        for (std::size_t attempts = 0; data.transitions.size() < target && attempts < 20 * target;
             ++attempts) {
            // One draw per statement (see the namespace's note); the target
            // first, as GCC drew it when both were arguments of `add_edge`.
            const std::size_t to = g.below(n_roles);
            const std::size_t from = g.below(n_roles);
            add_edge(from, to);
        }
    }
    // Drawn after everything else, so that 0 leaves a seed's model as it was.
    if (options.experience_from_feeders > 0) {
        for (std::size_t r = 0; r < n_roles; ++r) {
            const auto& from = feeders[r];
            for (auto& req : data.roles[r].experience) {
                if (from.empty() || !g.chance(options.experience_from_feeders)) continue;
                req.tags.clear();
                req.roles.clear();
                if (g.chance(50)) {
                    req.tags.push_back(
                        detail::numbered("family-", family_of[from[g.below(from.size())]], 2));
                } else {
                    const std::size_t n_listed = g.between(1, 3);
                    for (std::size_t a = 0; a < n_listed; ++a) {
                        auto id = role_name(from[g.below(from.size())]);
                        if (std::find(req.roles.begin(), req.roles.end(), id) == req.roles.end())
                            req.roles.push_back(std::move(id));
                    }
                }
            }
        }
    }
    return data;
}

/// @brief A synthetic population for `m`: each person has 20-40 competency
/// levels (about half drawn from the current role's requirements, some
/// fractional), 0-4 credentials (some expired, some not yet earned, some with an
/// explicit `expires`) and 2-5 history stints (some overlapping, one usually
/// open, some starting after `as_of`). Every profile passes `m.check`.
///
/// Deterministic for `options.seed` and the model. Ids: `p0000000`.
/// Complexity: O(people * 40).
/// @code
/// auto people = careergraph::synthetic::make_population(m, {.people = 1000});
/// @endcode
[[nodiscard]] inline std::vector<profile> make_population(const model& m,
                                                          const population_options& options = {}) {
    detail::rng g(options.seed * 0x9E3779B97F4A7C15ULL + 0xABCDEFULL);
    std::vector<profile> people;
    const std::size_t n_roles = m.role_count();
    const std::size_t n_comp = m.competency_count();
    const std::size_t n_cred = m.credential_count();
    if (n_roles == 0) return people;
    people.reserve(options.people);
    std::vector<std::uint32_t> picked;
    std::vector<std::uint8_t> taken(n_comp, 0);
    const date as_of = options.as_of;
    for (std::size_t i = 0; i < options.people; ++i) {
        profile p;
        p.id = profile_id{detail::numbered("p", i, 7)};
        p.as_of = as_of;
        const auto current = role_index{static_cast<std::uint32_t>(g.below(n_roles))};
        p.current_role = m.at(current).id;

        if (n_comp > 0) {
            const std::size_t want = std::min<std::size_t>(g.between(20, 40), n_comp);
            picked.clear();
            for (const auto& item : m.competency_items(current)) {
                if (picked.size() * 2 >= want) break;
                const auto c = item.competency.value();
                if (!taken[c] && g.chance(70)) {
                    taken[c] = 1;
                    picked.push_back(c);
                }
            }
            for (std::size_t guard = 0; picked.size() < want && guard < 8 * want; ++guard) {
                const auto c = static_cast<std::uint32_t>(g.below(n_comp));
                if (!taken[c]) {
                    taken[c] = 1;
                    picked.push_back(c);
                }
            }
            p.competencies.reserve(picked.size());
            for (auto c : picked) {
                taken[c] = 0;
                const competency_index ci{c};
                const double max = m.max_level(ci);
                double level = static_cast<double>(g.between(0, 5));
                if (g.chance(20)) level += static_cast<double>(g.between(1, 3)) * 0.25;
                level = std::min(level, max);
                p.competencies.emplace_back(m.at(ci).id, level);
            }
        }

        if (n_cred > 0) {
            const std::size_t n_held = g.between(0, 4);
            for (std::size_t k = 0; k < n_held; ++k) {
                earned_credential c;
                c.id = m.at(credential_index{static_cast<std::uint32_t>(g.below(n_cred))}).id;
                // Mostly in the past 15 years; about 5% in the future (not yet earned).
                const auto back = static_cast<std::int32_t>(g.below(15 * 365));
                c.earned = g.chance(5) ? as_of + static_cast<std::int32_t>(g.between(1, 400))
                                       : as_of - back;
                if (g.chance(15))
                    c.expires = c.earned + static_cast<std::int32_t>(g.between(30, 6 * 365));
                p.credentials.push_back(std::move(c));
            }
        }

        const std::size_t n_stints = g.between(2, 5);
        date cursor = as_of - static_cast<std::int32_t>(g.between(5 * 365, 30 * 365));
        for (std::size_t k = 0; k < n_stints; ++k) {
            stint s;
            const bool last = k + 1 == n_stints;
            s.role = last ? p.current_role
                          : m.at(role_index{static_cast<std::uint32_t>(g.below(n_roles))}).id;
            s.start = cursor;
            if (last && g.chance(85)) {
                // Open: still in the current role.
            } else {
                s.end = cursor + static_cast<std::int32_t>(g.between(60, 8 * 365));
            }
            // Sometimes the next stint starts before this one ends (overlap),
            // sometimes after a gap; now and then beyond as_of.
            const auto step = static_cast<std::int32_t>(g.between(30, 7 * 365));
            cursor = g.chance(20) ? cursor + step / 2 : cursor + step;
            p.history.push_back(std::move(s));
        }
        people.push_back(std::move(p));
    }
    return people;
}

}  // namespace careergraph::synthetic
