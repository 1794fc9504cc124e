// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/extensions.hpp>
#include <careergraph/strong_id.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace careergraph {

/// The three kinds of requirement item, in the order ties are broken.
enum class item_kind : std::uint8_t { competency, credential, experience };

/// @brief A competency at level `level` or above (fractional levels allowed).
struct competency_requirement {
    competency_id competency{};
    double level = 0.0;
    double weight = 1.0;
    bool essential = false;
    careergraph::extensions extensions{};

    friend bool operator==(const competency_requirement&, const competency_requirement&) = default;
};

/// @brief Any one valid credential of `any_of`.
struct credential_requirement {
    std::vector<credential_id> any_of{};
    double weight = 1.0;
    bool essential = true;
    careergraph::extensions extensions{};

    friend bool operator==(const credential_requirement&, const credential_requirement&) = default;
};

/// @brief `years` in the roles listed plus every role carrying one of `tags`.
struct experience_requirement {
    std::vector<role_id> roles{};
    std::vector<std::string> tags{};
    double years = 0.0;
    double weight = 1.0;
    bool essential = true;
    careergraph::extensions extensions{};

    friend bool operator==(const experience_requirement&, const experience_requirement&) = default;
};

/// @brief A position with what it demands of whoever holds it.
struct role {
    role_id id{};
    std::string name{};
    /// hospital, payer, pharma, public-health or any other string.
    std::optional<std::string> setting{};
    std::vector<std::string> tags{};
    std::vector<competency_requirement> competencies{};
    std::vector<credential_requirement> credentials{};
    std::vector<experience_requirement> experience{};
    careergraph::extensions extensions{};

    friend bool operator==(const role&, const role&) = default;
};

}  // namespace careergraph
