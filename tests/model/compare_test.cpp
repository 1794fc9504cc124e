// SPDX-License-Identifier: Apache-2.0
// less12 decides most pairs on the raw values; it must agree with comparing
// the rounded values on every pair, near-ties and non-finite values included.
#include <careergraph/detail/compare.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using careergraph::detail::less12;
using careergraph::detail::round12;

namespace {

bool rounded_less(double a, double b) { return round12(a) < round12(b); }

}  // namespace

TEST_CASE("less12 agrees with comparing the rounded values", "[compare]") {
    std::mt19937_64 rng(20261123);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> decade(-6, 7);
    std::uniform_int_distribution<int> near(-4000, 4000);
    std::size_t checked = 0;
    std::size_t tied_after_rounding = 0;
    const auto check = [&](double a, double b) {
        INFO("a = " << a << ", b = " << b);
        REQUIRE(less12(a, b) == rounded_less(a, b));
        REQUIRE(less12(b, a) == rounded_less(b, a));
        ++checked;
        if (a != b && round12(a) == round12(b)) ++tied_after_rounding;
    };
    for (int i = 0; i < 200000; ++i) {
        const double sign = unit(rng) < 0.2 ? -1.0 : 1.0;
        const double a = sign * unit(rng) * std::pow(10.0, decade(rng));
        // Apart by a few units of the twelfth decimal, by a few ulps, or far apart.
        check(a, a + near(rng) * 1e-13);
        check(a, a + near(rng) * 1e-10);
        double b = a;
        for (int k = near(rng) % 8; k > 0; --k) b = std::nextafter(b, 1e308);
        check(a, b);
        check(a, sign * unit(rng) * std::pow(10.0, decade(rng)));
    }
    // Where round12 changes method (|x * 1e12| = 2^52), sums that miss a
    // decimal by a hair, and values it passes through unchanged.
    const double edge = 4503599627370496.0 / 1e12;
    for (double x : {edge, -edge, 0.1 + 0.2, 1e280, -1e280, 1e300, 0.0, -0.0})
        for (double d : {0.0, 1e-13, 5e-13, 1e-12, 2e-12, 1e-9, 1e-3})
            for (int k = -3; k <= 3; ++k) {
                check(x, x + d);
                check(x, std::nextafter(x + d, k < 0 ? -1e308 : 1e308));
            }
    check(0.1 + 0.2, 0.3);
    REQUIRE_FALSE(less12(0.3, 0.1 + 0.2));
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (double x : {0.0, 1.0, -1.0, 1e300, inf, -inf, nan}) {
        check(x, inf);
        check(x, -inf);
        check(x, nan);
    }
    CHECK(less12(1.0, inf));
    CHECK_FALSE(less12(nan, 1.0));
    CHECK_FALSE(less12(1.0, nan));
    // The near-ties were really exercised: pairs unequal raw, equal rounded.
    CHECK(tied_after_rounding > 10000);
    CHECK(checked > 800000);
}
