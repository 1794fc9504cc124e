// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace careergraph {

/// @brief The `extensions` object of a model or profile element, kept verbatim.
///
/// Held as its compact JSON text so that the core types do not depend on a JSON
/// library; empty means the element had no `extensions` key. The JSON reader
/// and writer are the only code that looks inside.
struct extensions {
    std::string json{};

    [[nodiscard]] bool empty() const noexcept { return json.empty(); }
    friend bool operator==(const extensions&, const extensions&) = default;
};

}  // namespace careergraph
