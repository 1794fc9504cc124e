// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/date.hpp>
#include <careergraph/model.hpp>
#include <careergraph/population.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/ranking.hpp>
#include <careergraph/readiness.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

/// The JSON answers of `careergraph readiness`, `rank`, `recommend` and `gaps`
/// (cli.md "JSON answers"), with keys in exactly the documented order. Numbers
/// carry full double precision. Each `*_answer` function computes and formats;
/// the `to_json` overloads format results computed elsewhere (for example by a
/// `population`).
namespace careergraph::io {

/// @brief "competency", "credential" or "experience".
[[nodiscard]] std::string_view to_string(item_kind kind) noexcept;

/// @brief One role of a readiness answer: `{"role", "score", "eligible", "items": [...]}`.
[[nodiscard]] nlohmann::ordered_json to_json(const model& m, const readiness& r);

/// @brief The `readiness` answer: `{"profile", "as_of", "roles": [...]}`.
///
/// With `roles` empty, every role of the model ordered by score descending,
/// then role id; otherwise the roles given, in the order given.
/// `as_of` defaults to the profile's date.
/// @throws input_error if `p` does not fit `m`; usage_error for a role out of range.
[[nodiscard]] nlohmann::ordered_json readiness_answer(const model& m, const profile& p,
                                                      std::span<const role_index> roles = {},
                                                      std::optional<date> as_of = {});

/// @brief The `rank` answer: `{"role", "candidates": [{"profile", "score", "eligible"}]}`,
/// `candidate::person` indexing `people`.
[[nodiscard]] nlohmann::ordered_json rank_json(const model& m, role_index role,
                                               std::span<const candidate> candidates,
                                               std::span<const profile> people);
/// @brief The same, with the profile ids taken from a prepared population.
[[nodiscard]] nlohmann::ordered_json rank_json(const model& m, role_index role,
                                               std::span<const candidate> candidates,
                                               const population& people);
/// @brief Ranks `people` for `role` (`rank_candidates`) and formats the answer.
/// @throws usage_error for a role out of range; input_error if a profile does not fit.
[[nodiscard]] nlohmann::ordered_json rank_answer(const model& m, std::span<const profile> people,
                                                 role_index role, std::size_t top = all_results,
                                                 std::optional<date> as_of = {});

/// @brief The `recommend` answer: `{"profile", "roles": [{"role", "score", "eligible"}]}`.
[[nodiscard]] nlohmann::ordered_json recommend_json(const model& m, const profile_id& person,
                                                    std::span<const role_score> roles);
/// @brief Recommends roles for `p` (`recommend_roles`) and formats the answer.
/// @throws input_error if `p` does not fit `m`.
[[nodiscard]] nlohmann::ordered_json recommend_answer(const model& m, const profile& p,
                                                      const recommend_options& options = {},
                                                      std::optional<date> as_of = {});

/// @brief The `gaps` answer: `{"role", "people", "items": [{"kind", "id" | "any_of" |
/// "roles" + "tags", "shortfall_sum", "shortfall_mean"}]}`.
[[nodiscard]] nlohmann::ordered_json to_json(const model& m, const gap_report& gaps);
/// @brief Computes `population_gaps` and formats the answer.
/// @throws usage_error for a role out of range; input_error if a profile does not fit.
[[nodiscard]] nlohmann::ordered_json gaps_answer(const model& m, std::span<const profile> people,
                                                 role_index role, std::optional<date> as_of = {});

}  // namespace careergraph::io
