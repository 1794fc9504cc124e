// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/role.hpp>

#include <cstdint>
#include <string>

/// Short human descriptions of model elements for the tables.
namespace careergraph::cli {

/// @brief "competency", "credential" or "experience".
[[nodiscard]] std::string kind_name(item_kind kind);

/// @brief What a requirement item of role `r` asks for, as authored:
/// the competency id, "mba or do" for a credential group, "tags: clinical;
/// roles: attending" for experience.
[[nodiscard]] std::string requirement_text(const model& m, role_index r, item_kind kind,
                                           std::uint32_t position);

/// @brief "Dr. A. Example (p-001)", or the id alone when the profile has no name.
[[nodiscard]] std::string person_label(const profile& p);

/// @brief A level with its scale label when the level is a whole step: "3 (competent)".
[[nodiscard]] std::string level_text(const model& m, competency_index c, double level);

}  // namespace careergraph::cli
