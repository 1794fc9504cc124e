// SPDX-License-Identifier: Apache-2.0
// Credential sets as bits of a word (the bound's fast path for models of at
// most 64 credentials) against the definition: acquisition sets walked through
// the model's prerequisite lists, and the least union over every choice of one
// candidate per unmet group.
#include <careergraph/builtin.hpp>
#include <careergraph/detail/credential_bits.hpp>
#include <careergraph/model_builder.hpp>
#include <careergraph/synthetic.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <utility>
#include <vector>

using careergraph::credential_index;
using careergraph::model;
using careergraph::role_index;
using careergraph::detail::credential_bits;

namespace {

/// Semantics.md §4, item 4, as written: k and, recursively, every credential in
/// `requires` not held.
void acquisition_of(const model& m, std::uint32_t k, const std::vector<bool>& held,
                    std::set<std::uint32_t>& out) {
    if (held[k] || !out.insert(k).second) return;
    for (auto pre : m.prerequisites(credential_index{k})) acquisition_of(m, pre.value(), held, out);
}

/// The unmet groups of `a` and of `b` (once when `b` is `a`), as candidate lists.
std::vector<std::vector<std::uint32_t>> unmet_groups(const model& m, std::uint32_t a,
                                                     std::uint32_t b,
                                                     const std::vector<bool>& held) {
    std::vector<std::vector<std::uint32_t>> groups;
    for (auto role : {a, b}) {
        for (const auto& item : m.credential_items(role_index{role})) {
            const auto any = m.any_of(item);
            if (std::any_of(any.begin(), any.end(), [&](auto k) { return held[k.value()]; }))
                continue;
            std::vector<std::uint32_t> candidates;
            for (auto k : any) candidates.push_back(k.value());
            groups.push_back(std::move(candidates));
        }
        if (a == b) break;
    }
    return groups;
}

/// The least effort and least years over every choice of one candidate per
/// group; (-1, -1) when there are more than `limit` choices.
std::pair<double, double> brute_joint_price(const model& m,
                                            const std::vector<std::vector<std::uint32_t>>& groups,
                                            const std::vector<bool>& held, std::size_t limit) {
    std::size_t choices = 1;
    for (const auto& g : groups) {
        choices *= g.size();
        if (choices > limit) return {-1.0, -1.0};
    }
    double best_effort = std::numeric_limits<double>::infinity();
    double best_years = std::numeric_limits<double>::infinity();
    for (std::size_t n = 0; n < choices; ++n) {
        std::size_t rest = n;
        std::set<std::uint32_t> chosen;
        for (const auto& group : groups) {
            acquisition_of(m, group[rest % group.size()], held, chosen);
            rest /= group.size();
        }
        double effort = 0.0;
        double years = 0.0;
        for (auto k : chosen) {
            effort += m.at(credential_index{k}).effort;
            years += m.at(credential_index{k}).years;
        }
        best_effort = std::min(best_effort, effort);
        best_years = std::min(best_years, years);
    }
    return {best_effort, best_years};
}

std::uint64_t mask_of(const std::vector<bool>& held) {
    std::uint64_t mask = 0;
    for (std::uint32_t k = 0; k < held.size(); ++k)
        if (held[k]) mask |= credential_bits::bit(k);
    return mask;
}

/// Compares every pair of a sample of roles under random holdings.
std::size_t compare_on(const model& m, std::uint64_t seed, std::size_t holdings,
                       std::size_t pairs) {
    const credential_bits bits(m);
    REQUIRE(bits.enabled());
    careergraph::synthetic::detail::rng g(seed);
    credential_bits::workspace w;
    std::size_t searched = 0;
    for (std::size_t h = 0; h < holdings; ++h) {
        std::vector<bool> held(m.credential_count());
        const auto density = g.below(60);
        for (std::size_t k = 0; k < held.size(); ++k) held[k] = g.below(100) < density;
        const auto mask = mask_of(held);
        for (std::uint32_t k = 0; k < m.credential_count(); ++k) {
            std::set<std::uint32_t> expected;
            acquisition_of(m, k, held, expected);
            std::vector<bool> as_list(m.credential_count());
            for (auto x : expected) as_list[x] = true;
            CHECK(bits.acquisition(k, mask) == mask_of(as_list));
        }
        for (std::size_t p = 0; p < pairs; ++p) {
            const auto a = static_cast<std::uint32_t>(g.below(m.role_count()));
            const auto b = p % 4 == 0 ? a : static_cast<std::uint32_t>(g.below(m.role_count()));
            const auto groups = unmet_groups(m, a, b, held);
            const bool unmet = bits.has_unmet_group(a, mask) || bits.has_unmet_group(b, mask);
            CHECK(unmet == !groups.empty());
            const auto expected =
                brute_joint_price(m, groups, held, credential_bits::joint_choice_limit);
            if (expected.first < 0.0) continue;
            INFO("roles " << a << ", " << b);
            const auto got = bits.joint_price(a, b, mask, w);
            CHECK(got.first == Approx(expected.first).margin(1e-9));
            CHECK(got.second == Approx(expected.second).margin(1e-9));
            ++searched;
        }
    }
    return searched;
}

/// A model of `n` credentials whose prerequisites share ancestors (a diamond
/// lattice), and roles whose groups overlap: where the joint price differs
/// from the sum of the groups' prices.
model lattice_model(std::size_t n, std::uint64_t seed) {
    careergraph::synthetic::detail::rng g(seed);
    careergraph::model_builder b;
    for (std::size_t k = 0; k < n; ++k) {
        careergraph::credential c{.id = careergraph::credential_id{"k" + std::to_string(k)},
                                  .name = "K"};
        c.effort = static_cast<double>(g.below(6)) * 0.5;
        c.years = static_cast<double>(g.below(3));
        if (k >= 2) {
            c.prerequisites.push_back(careergraph::credential_id{"k" + std::to_string(k / 2)});
            if (g.below(2) == 0)
                c.prerequisites.push_back(
                    careergraph::credential_id{"k" + std::to_string(k / 2 - 1)});
        }
        std::sort(c.prerequisites.begin(), c.prerequisites.end());
        c.prerequisites.erase(std::unique(c.prerequisites.begin(), c.prerequisites.end()),
                              c.prerequisites.end());
        b.add(std::move(c));
    }
    for (std::size_t r = 0; r < 12; ++r) {
        careergraph::role role{.id = careergraph::role_id{"r" + std::to_string(r)}, .name = "R"};
        for (std::size_t i = 0, groups = 1 + g.below(3); i < groups; ++i) {
            careergraph::credential_requirement req;
            for (std::size_t a = 0, any = 1 + g.below(3); a < any; ++a)
                req.any_of.push_back(careergraph::credential_id{"k" + std::to_string(g.below(n))});
            role.credentials.push_back(std::move(req));
        }
        b.add(std::move(role));
    }
    return std::move(b).build();
}

}  // namespace

TEST_CASE("credential sets as bits price as the definition on the benchmark model",
          "[planner][credentials]") {
    const model m{careergraph::synthetic::make_model(
        {.roles = 1000, .competencies = 50, .credentials = 60, .transitions = 10000, .seed = 42})};
    CHECK(compare_on(m, 7, 40, 50) > 1500);
}

TEST_CASE("credential sets as bits price overlapping groups as the definition",
          "[planner][credentials]") {
    for (std::size_t n : {std::size_t{5}, std::size_t{20}, std::size_t{64}}) {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            INFO(n << " credentials, seed " << seed);
            const auto m = lattice_model(n, seed);
            CHECK(compare_on(m, seed, 10, 30) > 0);
        }
    }
    // The built-in model: degrees, board certification and licences with prerequisites.
    CHECK(compare_on(careergraph::physician_leadership(), 3, 30, 60) > 0);
}

// The planner prices a role whose credentials share nothing with the
// target's apart (label_search::own_price): the joint price must be the sum.
TEST_CASE("roles that need no credential in common price jointly as the sum of their own",
          "[planner][credentials]") {
    const auto check = [](const model& m, std::uint64_t seed) {
        const credential_bits bits(m);
        careergraph::synthetic::detail::rng g(seed);
        credential_bits::workspace w;
        std::size_t independent = 0;
        for (std::size_t trial = 0; trial < 4000; ++trial) {
            const auto a = static_cast<std::uint32_t>(g.below(m.role_count()));
            const auto b = static_cast<std::uint32_t>(g.below(m.role_count()));
            if (a == b || (bits.closure(a) & bits.closure(b)) != 0) continue;
            std::uint64_t held = 0;
            for (std::uint32_t k = 0; k < m.credential_count(); ++k)
                if (g.below(3) == 0) held |= credential_bits::bit(k);
            const auto joint = bits.joint_price(a, b, held, w);
            const auto own_a = bits.joint_price(a, a, held, w);
            const auto own_b = bits.joint_price(b, b, held, w);
            INFO("roles " << a << ", " << b);
            CHECK(joint.first == Approx(own_a.first + own_b.first).margin(1e-9));
            CHECK(joint.second == Approx(own_a.second + own_b.second).margin(1e-9));
            if (own_a.first > 0.0 && own_b.first > 0.0) ++independent;
        }
        return independent;
    };
    const model bench{careergraph::synthetic::make_model(
        {.roles = 1000, .competencies = 50, .credentials = 60, .transitions = 10000, .seed = 42})};
    CHECK(check(bench, 5) > 100);  // (in the lattice models every pair shares an ancestor)
}

TEST_CASE("more than 64 credentials leave the bits off", "[planner][credentials]") {
    CHECK(credential_bits(lattice_model(64, 1)).enabled());
    CHECK_FALSE(credential_bits(lattice_model(65, 1)).enabled());
    CHECK(credential_bits::bit(63) == (std::uint64_t{1} << 63U));
    CHECK(credential_bits::bit(64) == 0);
}
