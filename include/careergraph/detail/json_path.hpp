// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace careergraph::detail {

/// JSON paths in the form the error messages use: `roles[3].competencies[0].level`,
/// with `["..."]` for keys that are not plain identifiers; `$` is the whole document.

[[nodiscard]] inline bool plain_key(std::string_view key) noexcept {
    if (key.empty()) return false;
    for (char c : key) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

[[nodiscard]] inline std::string member_path(std::string_view parent, std::string_view key) {
    std::string out(parent == "$" ? std::string_view{} : parent);
    if (plain_key(key)) {
        if (!out.empty()) out += '.';
        out += key;
    } else {
        out += "[\"";
        for (char c : key) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += "\"]";
    }
    return out;
}

[[nodiscard]] inline std::string element_path(std::string_view parent, std::size_t index) {
    std::string out(parent == "$" ? std::string_view{} : parent);
    out += '[';
    out += std::to_string(index);
    out += ']';
    return out;
}

}  // namespace careergraph::detail
