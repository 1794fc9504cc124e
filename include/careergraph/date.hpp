// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace careergraph {

/// Days in the year that the library uses to turn day counts into years.
inline constexpr double days_per_year = 365.25;

/// @brief A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
///
/// The civil-calendar conversions are those of `std::chrono::year_month_day`;
/// this type adds the ISO `YYYY-MM-DD` text form and the day arithmetic the
/// semantics need (`years = days / 365.25`).
/// @code
/// auto d = date::parse("2024-02-29").value();
/// assert((d + 365).to_string() == "2025-02-28");
/// @endcode
class date {
public:
    constexpr date() = default;
    constexpr explicit date(std::chrono::sys_days day) noexcept
        : days_(static_cast<std::int32_t>(day.time_since_epoch().count())) {}

    /// @brief The day with this year, month and day, or nullopt if it is not a calendar date.
    [[nodiscard]] static constexpr std::optional<date> from_ymd(int year, unsigned month,
                                                                unsigned day) noexcept {
        const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                              std::chrono::day{day}};
        if (!ymd.ok()) return std::nullopt;
        return date{std::chrono::sys_days{ymd}};
    }

    /// @brief Parses exactly `YYYY-MM-DD` (four-digit year); nullopt for anything else,
    /// including days that do not exist such as 2023-02-29.
    [[nodiscard]] static constexpr std::optional<date> parse(std::string_view text) noexcept {
        if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
        int fields[3] = {0, 0, 0};
        const std::size_t starts[3] = {0, 5, 8};
        const std::size_t lengths[3] = {4, 2, 2};
        for (int f = 0; f < 3; ++f) {
            for (std::size_t i = 0; i < lengths[f]; ++i) {
                const char c = text[starts[f] + i];
                if (c < '0' || c > '9') return std::nullopt;
                fields[f] = fields[f] * 10 + (c - '0');
            }
        }
        return from_ymd(fields[0], static_cast<unsigned>(fields[1]),
                        static_cast<unsigned>(fields[2]));
    }

    /// @brief Days since 1970-01-01 (negative before).
    [[nodiscard]] constexpr std::int32_t days_since_epoch() const noexcept { return days_; }

    [[nodiscard]] constexpr std::chrono::year_month_day ymd() const noexcept {
        return std::chrono::year_month_day{
            std::chrono::sys_days{std::chrono::days{days_}}};
    }

    /// @brief The ISO text `YYYY-MM-DD`.
    [[nodiscard]] std::string to_string() const {
        const auto d = ymd();
        const int y = static_cast<int>(d.year());
        const unsigned m = static_cast<unsigned>(d.month());
        const unsigned dd = static_cast<unsigned>(d.day());
        std::string out(10, '0');
        auto put = [&out](std::size_t at, std::size_t width, unsigned v) {
            for (std::size_t i = 0; i < width; ++i) {
                out[at + width - 1 - i] = static_cast<char>('0' + v % 10);
                v /= 10;
            }
        };
        put(0, 4, static_cast<unsigned>(y < 0 ? 0 : y));
        out[4] = '-';
        put(5, 2, m);
        out[7] = '-';
        put(8, 2, dd);
        return out;
    }

    friend constexpr date operator+(date d, std::int32_t days) noexcept {
        d.days_ += days;
        return d;
    }
    friend constexpr date operator-(date d, std::int32_t days) noexcept {
        d.days_ -= days;
        return d;
    }
    /// @brief Signed number of days from `b` to `a`.
    friend constexpr std::int32_t operator-(date a, date b) noexcept { return a.days_ - b.days_; }

    friend constexpr auto operator<=>(date, date) = default;
    friend constexpr bool operator==(date, date) = default;

private:
    std::int32_t days_ = 0;
};

/// @brief Years between two days, as the semantics count them: days / 365.25.
[[nodiscard]] constexpr double years_between(date from, date to) noexcept {
    return static_cast<double>(to - from) / days_per_year;
}

}  // namespace careergraph
