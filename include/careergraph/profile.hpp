// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/date.hpp>
#include <careergraph/extensions.hpp>
#include <careergraph/strong_id.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace careergraph {

/// @brief A credential a person earned, with an optional explicit expiry.
struct earned_credential {
    credential_id id{};
    date earned{};
    std::optional<date> expires{};
    careergraph::extensions extensions{};

    friend bool operator==(const earned_credential&, const earned_credential&) = default;
};

/// @brief Time spent in a role; an absent `end` means still in it.
struct stint {
    role_id role{};
    date start{};
    std::optional<date> end{};
    careergraph::extensions extensions{};

    friend bool operator==(const stint&, const stint&) = default;
};

/// @brief What a person brings, as of a date.
///
/// A plain value as authored; `model::check` validates one against a model.
struct profile {
    profile_id id{};
    std::optional<std::string> name{};
    date as_of{};
    role_id current_role{};
    /// Competency levels in the order given; a competency not listed has level 0.
    std::vector<std::pair<competency_id, double>> competencies{};
    std::vector<earned_credential> credentials{};
    std::vector<stint> history{};
    careergraph::extensions extensions{};

    friend bool operator==(const profile&, const profile&) = default;
};

}  // namespace careergraph
