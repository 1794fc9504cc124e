// SPDX-License-Identifier: Apache-2.0
// The planner's working state: what a step adds is taken back by its undo log,
// and everything a walk added is forgotten at once by starting a new
// generation, also when the generation counter wraps around.
#include <careergraph/builtin.hpp>
#include <careergraph/detail/planner_state.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

using careergraph::detail::walk_origin;
using careergraph::detail::walk_scratch;

namespace {

/// Whether the scratch's credentials as bits agree with its stamps.
bool mask_agrees(const walk_scratch& s, std::uint32_t credentials) {
    std::uint64_t expected = 0;
    for (std::uint32_t k = 0; k < credentials; ++k)
        if (s.held(k)) expected |= careergraph::detail::credential_bits::bit(k);
    return s.held_mask() == expected;
}

walk_origin origin_holding_credential_0() {
    const auto& m = careergraph::physician_leadership();
    REQUIRE(m.credential_count() >= 4);
    REQUIRE(m.role_set_count() >= 2);
    auto origin = walk_origin::blank(m);
    origin.held[0] = 1;
    return origin;
}

}  // namespace

TEST_CASE("a step's changes are undone and a walk's are forgotten at once", "[scratch]") {
    const auto origin = origin_holding_credential_0();
    walk_scratch s(origin);
    CHECK(s.held(0));
    CHECK_FALSE(s.held(1));
    CHECK(s.extra(0) == 0.0);

    s.acquire(1);
    s.set_extra(0, 2.5);
    const auto before_step = s.save();
    s.acquire(2);
    s.set_extra(0, 3.0);
    s.set_extra(1, 1.0);
    CHECK(s.held(2));
    CHECK(s.extra(0) == 3.0);
    CHECK(mask_agrees(s, 4));
    s.restore(before_step);
    CHECK(mask_agrees(s, 4));
    CHECK(s.held(1));
    CHECK_FALSE(s.held(2));
    CHECK(s.extra(0) == 2.5);
    CHECK(s.extra(1) == 0.0);

    s.start_over();
    CHECK(mask_agrees(s, 4));
    CHECK(s.held_mask() == 1U);
    CHECK(s.held(0));  // the origin's
    CHECK_FALSE(s.held(1));
    CHECK(s.extra(0) == 0.0);
    CHECK_FALSE(s.extra_set(0));
    CHECK(s.save().held == 0);

    s.load_held(3);
    s.load_extra(1, 4.0);
    CHECK(mask_agrees(s, 4));
    CHECK(s.held(3));
    CHECK(s.extra(1) == 4.0);
    CHECK(s.extra_set(1));
    CHECK_FALSE(s.extra_set(0));
    // Loaded state is the base a step is undone to, not undone itself.
    const auto loaded = s.save();
    s.set_extra(1, 5.0);
    s.restore(loaded);
    CHECK(s.extra(1) == 4.0);
    CHECK(s.held(3));
}

TEST_CASE("starting over past the last generation forgets what the walk added", "[scratch]") {
    const auto origin = origin_holding_credential_0();
    constexpr auto last = std::numeric_limits<std::uint32_t>::max();
    walk_scratch s(origin, last - 2);
    s.acquire(1);
    s.set_extra(0, 1.5);
    s.start_over();  // generation last - 1
    CHECK_FALSE(s.held(1));
    s.load_held(2);
    s.load_extra(1, 2.0);
    CHECK(s.held(2));
    s.start_over();  // wraps: stamps cleared, generation 1
    CHECK(mask_agrees(s, 4));
    CHECK(s.held(0));
    CHECK_FALSE(s.held(1));
    CHECK_FALSE(s.held(2));
    CHECK(s.extra(0) == 0.0);
    CHECK(s.extra(1) == 0.0);
    s.acquire(3);
    s.load_extra(0, 0.5);
    CHECK(s.held(3));
    CHECK(s.extra(0) == 0.5);
    s.start_over();
    CHECK_FALSE(s.held(3));
    CHECK(s.extra(0) == 0.0);
    CHECK(s.held(0));
}
