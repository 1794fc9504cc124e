// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "terminal.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// Plain-text tables and number formats for the command's readable output.
namespace careergraph::cli {

enum class align : std::uint8_t { left, right };

/// @brief A table column: its header and how its cells line up.
struct column {
    std::string header;
    align alignment = align::left;
};

/// @brief One cell: its text and how to paint it when colour is on.
struct cell {
    std::string text;
    tone style = tone::plain;

    cell() = default;
    cell(std::string t, tone s = tone::plain)
        : text(std::move(t)), style(s) {}                             // NOLINT: implicit on purpose
    cell(const char* t, tone s = tone::plain) : text(t), style(s) {}  // NOLINT
};

/// @brief A table with aligned columns.
///
/// Widths are measured on the plain text (in UTF-8 code points, which is the
/// display width for the Latin text models use), so colour escapes never break
/// the alignment. The last column is not padded, so lines carry no trailing blanks.
/// @code
/// table t{{{"role"}, {"score", align::right}}};
/// t.add_row({"cmo", percent(0.5)});
/// out += t.render(colour);
/// @endcode
class table {
public:
    explicit table(std::vector<column> columns);

    /// @brief Appends a row. @throws careergraph::usage_error if it has the wrong number of cells.
    void add_row(std::vector<cell> row);

    [[nodiscard]] bool empty() const noexcept { return rows_.empty(); }

    /// @brief The table, headers first, each line prefixed by `indent` and ended by a newline.
    [[nodiscard]] std::string render(bool colour, std::string_view indent = "  ") const;

private:
    std::vector<column> columns_;
    std::vector<std::vector<cell>> rows_;
};

/// @brief Display width of UTF-8 text: its code points.
[[nodiscard]] std::size_t display_width(std::string_view utf8) noexcept;

/// @brief A fraction as a percentage with one decimal ("66.7%"). Never shows
/// 100.0% for less than 1 or 0.0% for more than 0, so a rounded figure never
/// claims a requirement is met when it is not.
[[nodiscard]] std::string percent(double fraction);

/// @brief A shortfall (a fraction of the score) as score points ("20.0 pts").
[[nodiscard]] std::string points(double shortfall);

/// @brief A quantity with at most two decimals, trailing zeros dropped ("22", "2.5", "14.4").
[[nodiscard]] std::string number(double x);

/// @brief An integer with thousands separators ("10,000").
[[nodiscard]] std::string thousands(std::size_t n);

/// @brief `items` joined by `separator`.
[[nodiscard]] std::string join(const std::vector<std::string>& items, std::string_view separator);

}  // namespace careergraph::cli
