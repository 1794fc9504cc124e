// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cmath>
#include <compare>

namespace careergraph::detail {

/// @brief `x` rounded to 12 decimal places, the precision at which the
/// semantics compare computed numbers (scores, shortfalls, efforts, years).
///
/// Orders and ties are decided on these values so that floating-point noise
/// (0.30000000000000004 against 0.3) never decides an order; reported numbers
/// stay unrounded. `x * 1e12` is rounded to the nearest integer, ties to even,
/// by adding and subtracting 2^52 (plain arithmetic, no libm call: the ranking
/// loops round often), then divided by 1e12. Monotone: `a <= b` implies
/// `round12(a) <= round12(b)`, so a raw comparison with a margin of 1e-11 may
/// stand in for it when filtering. Infinities and NaN pass through; magnitudes
/// beyond 1e280 (where `x * 1e12` would overflow) are returned as they are.
/// Complexity: O(1).
/// @code
/// assert(careergraph::detail::round12(0.1 + 0.2) == careergraph::detail::round12(0.3));
/// @endcode
[[nodiscard]] inline double round12(double x) noexcept {
    constexpr double two_52 = 4503599627370496.0;
    const double y = x * 1e12;
    const double magnitude = std::fabs(y);
    if (magnitude < two_52) return std::copysign((magnitude + two_52) - two_52, y) / 1e12;
    if (!(std::fabs(x) < 1e280)) return x;
    return y / 1e12;  // |y| >= 2^52 is a whole number already
}

/// @brief Three-way comparison of `a` and `b` after `round12`.
/// NaN compares unordered, as with the raw values.
[[nodiscard]] inline std::partial_ordering compare12(double a, double b) noexcept {
    return round12(a) <=> round12(b);
}

/// @brief Whether `a` and `b` are equal after `round12`.
[[nodiscard]] inline bool equal12(double a, double b) noexcept { return round12(a) == round12(b); }

/// @brief Whether `a` is smaller than `b` after `round12`.
///
/// Decided on the raw values when they are ordered the other way or apart by
/// more than rounding could close (1e-9 relative; rounding moves a value by at
/// most about 1e-12 below magnitude 4.5e3, and by a relative 2^-52 above), so
/// that only near-ties pay for the rounding: the planner asks this for every
/// experience item of every step it prices. Equal to `round12(a) < round12(b)`
/// for every pair, NaN and infinities included (tests/model/compare_test.cpp).
[[nodiscard]] inline bool less12(double a, double b) noexcept {
    if (!(a < b)) return false;  // round12 is monotone
    if (b - a > 1e-9 * (1.0 + std::fabs(a) + std::fabs(b))) return true;
    return round12(a) < round12(b);
}

}  // namespace careergraph::detail
