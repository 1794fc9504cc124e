// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/model.hpp>
#include <careergraph/planner.hpp>
#include <careergraph/profile.hpp>

#include <nlohmann/json.hpp>

/// The `plan` answer of cli.md as JSON, keys in the order of the spec's cases.
namespace careergraph::io {

/// @brief One plan: `{"roles", "effort", "years", "steps": [{"from", "to",
/// "tenure_years", "wait_years", "effort", "years", "competencies": [{"id",
/// "from", "to", "effort"}], "credentials": [{"id", "effort", "years"}]}]}`.
/// Numbers are written at full double precision, ids as authored.
/// Complexity: linear in the size of the plan.
/// @code
/// std::cout << careergraph::io::plan_to_json(model, result.plans.front()).dump(2);
/// @endcode
[[nodiscard]] nlohmann::ordered_json plan_to_json(const model& m, const career_plan& plan);

/// @brief The whole answer: `{"profile", "objective", "feasible", "plans"}`, plus
/// `"closest"` (a role id or null) only when the answer is infeasible.
/// @throws usage_error when a plan names an index outside `m`.
/// @code
/// auto answer = careergraph::io::plan_to_json(model, person, careergraph::plan(model, person,
/// targets));
/// @endcode
[[nodiscard]] nlohmann::ordered_json plan_to_json(const model& m, const profile& person,
                                                  const plan_result& result);

}  // namespace careergraph::io
