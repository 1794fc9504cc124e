// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/competency.hpp>
#include <careergraph/credential.hpp>
#include <careergraph/extensions.hpp>
#include <careergraph/role.hpp>
#include <careergraph/scale.hpp>
#include <careergraph/transition.hpp>

#include <optional>
#include <string>
#include <vector>

namespace careergraph {

/// @brief A competency model as authored, not yet validated.
///
/// The element order is the document order: validation messages name elements
/// by their position here (`roles[3]`), exactly as in the JSON file.
/// Turn it into a `model` to use it.
struct model_data {
    std::optional<std::string> id{};
    std::optional<std::string> name{};
    std::vector<scale> scales{};
    std::vector<competency> competencies{};
    std::vector<credential> credentials{};
    std::vector<role> roles{};
    std::vector<transition> transitions{};
    careergraph::extensions extensions{};

    friend bool operator==(const model_data&, const model_data&) = default;
};

}  // namespace careergraph
