// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/extensions.hpp>
#include <careergraph/strong_id.hpp>

#include <string>
#include <vector>

namespace careergraph {

/// @brief An ordered list of proficiency labels; level values run 0 .. size()-1.
struct scale {
    scale_id id{};
    std::vector<std::string> levels{};
    careergraph::extensions extensions{};

    /// @brief The highest level value (`levels.size() - 1`).
    [[nodiscard]] double max_level() const noexcept {
        return levels.empty() ? 0.0 : static_cast<double>(levels.size() - 1);
    }
    friend bool operator==(const scale&, const scale&) = default;
};

/// @brief The scale a competency without `scale` uses: six Dreyfus levels 0..5.
[[nodiscard]] inline const scale& default_scale() {
    static const scale dreyfus{scale_id{"dreyfus"},
                               {"none", "novice", "advanced beginner", "competent",
                                "proficient", "expert"},
                               {}};
    return dreyfus;
}

}  // namespace careergraph
