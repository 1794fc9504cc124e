// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/extensions.hpp>
#include <careergraph/strong_id.hpp>

#include <optional>
#include <string>

namespace careergraph {

/// @brief A skill or area of knowledge, rated on a scale.
struct competency {
    competency_id id{};
    std::string name{};
    std::optional<std::string> description{};
    /// The broader competency in the taxonomy (a forest: no cycles).
    std::optional<competency_id> parent{};
    /// Absent: the default six-level scale.
    std::optional<scale_id> scale{};
    /// Effort to raise the level by one (epsilon_c in the semantics).
    double effort_per_level = 1.0;
    careergraph::extensions extensions{};

    friend bool operator==(const competency&, const competency&) = default;
};

}  // namespace careergraph
