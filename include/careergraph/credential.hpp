// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/extensions.hpp>
#include <careergraph/strong_id.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careergraph {

enum class credential_kind : std::uint8_t { degree, certification, license, training, other };

/// @brief The JSON spelling of a credential kind ("degree", ...).
[[nodiscard]] constexpr std::string_view to_string(credential_kind kind) noexcept {
    constexpr std::array<std::string_view, 5> names{"degree", "certification", "license",
                                                    "training", "other"};
    return names[static_cast<std::size_t>(kind)];
}

/// @brief The kind spelled `text`, or nullopt.
[[nodiscard]] constexpr std::optional<credential_kind> credential_kind_from_string(
    std::string_view text) noexcept {
    for (auto k : {credential_kind::degree, credential_kind::certification,
                   credential_kind::license, credential_kind::training, credential_kind::other}) {
        if (to_string(k) == text) return k;
    }
    return std::nullopt;
}

/// @brief A degree, certification, license or training, with what it takes to earn it.
struct credential {
    credential_id id{};
    std::string name{};
    credential_kind kind = credential_kind::other;
    double effort = 0.0;
    double years = 0.0;
    /// Credentials that must be held before this one (the JSON key `requires`).
    std::vector<credential_id> prerequisites{};
    /// How long the credential stays valid after it is earned; absent: for ever.
    std::optional<double> valid_years{};
    careergraph::extensions extensions{};

    friend bool operator==(const credential&, const credential&) = default;
};

}  // namespace careergraph
