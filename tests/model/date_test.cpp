// SPDX-License-Identifier: Apache-2.0
#include <careergraph/date.hpp>

#include <catch2/catch.hpp>

using careergraph::date;

TEST_CASE("dates parse only as calendar days in YYYY-MM-DD", "[date]") {
    CHECK(date::parse("2024-02-29"));
    CHECK_FALSE(date::parse("2023-02-29"));
    CHECK_FALSE(date::parse("1900-02-29"));  // century, not a leap year
    CHECK(date::parse("2000-02-29"));        // divisible by 400
    CHECK_FALSE(date::parse("2026-04-31"));
    CHECK_FALSE(date::parse("2026-13-01"));
    CHECK_FALSE(date::parse("2026-00-10"));
    CHECK_FALSE(date::parse("2026-1-01"));
    CHECK_FALSE(date::parse("2026/01/01"));
    CHECK_FALSE(date::parse("2026-01-01T00"));
    CHECK_FALSE(date::parse(""));
    CHECK_FALSE(date::parse("20a6-01-01"));
    STATIC_REQUIRE(date::parse("1970-01-01")->days_since_epoch() == 0);
}

TEST_CASE("day arithmetic across month ends and leap years", "[date]") {
    const auto d = *date::parse("2024-02-28");
    CHECK((d + 1).to_string() == "2024-02-29");
    CHECK((d + 2).to_string() == "2024-03-01");
    CHECK((*date::parse("2023-12-31") + 1).to_string() == "2024-01-01");
    CHECK((*date::parse("2024-03-01") - 1).to_string() == "2024-02-29");
    CHECK(*date::parse("2025-01-01") - *date::parse("2024-01-01") == 366);
    CHECK(*date::parse("2026-01-01") - *date::parse("2025-01-01") == 365);
    CHECK(*date::parse("1969-12-31") - *date::parse("1970-01-01") == -1);
    CHECK(date::parse("1969-12-31")->to_string() == "1969-12-31");
    CHECK(date::parse("0001-01-01")->to_string() == "0001-01-01");
    CHECK(date::parse("9999-12-31")->to_string() == "9999-12-31");
}

TEST_CASE("years are days / 365.25", "[date]") {
    const auto a = *date::parse("2012-07-01");
    const auto b = *date::parse("2026-11-23");
    CHECK(careergraph::years_between(a, b) == static_cast<double>(b - a) / 365.25);
    CHECK(careergraph::years_between(b, a) < 0);
    CHECK(careergraph::years_between(a, a) == 0.0);
}

TEST_CASE("dates order and compare", "[date]") {
    CHECK(*date::parse("2026-01-01") < *date::parse("2026-01-02"));
    CHECK(*date::parse("2026-01-01") == *date::parse("2026-01-01"));
}
