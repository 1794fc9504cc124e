// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/model.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace careergraph {

/// @brief The names of the models embedded in the library ("physician-leadership").
[[nodiscard]] std::vector<std::string_view> builtin_model_names();

/// @brief The embedded model `name` (without the `builtin:` prefix), or nullopt.
/// Built once per process and shared; no file is read.
[[nodiscard]] std::optional<model> builtin_model(std::string_view name);

/// @brief The physician-leadership model: clinical training to the four CMO roles.
[[nodiscard]] const model& physician_leadership();

}  // namespace careergraph
