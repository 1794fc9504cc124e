// SPDX-License-Identifier: Apache-2.0
#include "table.hpp"

#include <careergraph/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace careergraph::cli {

table::table(std::vector<column> columns) : columns_(std::move(columns)) {}

void table::add_row(std::vector<cell> row) {
    if (row.size() != columns_.size())
        throw usage_error(fmt::format("table row has {} cells, the table {} columns", row.size(),
                                      columns_.size()));
    rows_.push_back(std::move(row));
}

std::size_t display_width(std::string_view utf8) noexcept {
    // Continuation bytes (10xxxxxx) do not start a code point.
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    }));
}

std::string table::render(bool colour, std::string_view indent) const {
    std::vector<std::size_t> width(columns_.size(), 0);
    for (std::size_t c = 0; c < columns_.size(); ++c) width[c] = display_width(columns_[c].header);
    for (const auto& row : rows_)
        for (std::size_t c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], display_width(row[c].text));

    std::string out;
    const auto emit = [&](std::size_t c, std::string_view text, tone style) {
        const std::size_t pad = width[c] - display_width(text);
        const bool last = c + 1 == columns_.size();
        if (c > 0) out += "  ";
        if (columns_[c].alignment == align::right) out.append(pad, ' ');
        out += paint(text, style, colour);
        if (columns_[c].alignment == align::left && !last) out.append(pad, ' ');
    };
    out += indent;
    for (std::size_t c = 0; c < columns_.size(); ++c) emit(c, columns_[c].header, tone::bold);
    out += '\n';
    for (const auto& row : rows_) {
        out += indent;
        for (std::size_t c = 0; c < row.size(); ++c) emit(c, row[c].text, row[c].style);
        // Left-aligned empty trailing cells would otherwise leave blanks at the end.
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += '\n';
    }
    return out;
}

std::string percent(double fraction) {
    double shown = std::round(fraction * 1000.0) / 10.0;
    if (shown >= 100.0 && fraction < 1.0) shown = 99.9;
    if (shown <= 0.0 && fraction > 0.0) shown = 0.1;
    return fmt::format("{:.1f}%", shown);
}

std::string points(double shortfall) {
    double shown = std::round(shortfall * 1000.0) / 10.0;
    if (shown <= 0.0 && shortfall > 0.0) shown = 0.1;
    return fmt::format("{:.1f} pts", shown);
}

std::string number(double x) {
    if (!std::isfinite(x)) return x > 0 ? "inf" : (x < 0 ? "-inf" : "nan");
    std::string s = fmt::format("{:.2f}", x);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

std::string thousands(std::size_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += separator;
        out += items[i];
    }
    return out;
}

}  // namespace careergraph::cli
