// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace careergraph::io {

/// JSON reading and writing of models and profiles, exactly as formats.md defines
/// them. Readers either return a whole, validated value or throw `input_error`
/// naming the file (the `source` argument for text), the JSON path and the
/// reason; they never return a half-loaded result. Writers emit every key
/// (defaults included) so that load -> save -> load gives an equal value.

/// @brief Parses and validates a model document.
/// @throws input_error on any defect of formats.md "Errors".
[[nodiscard]] model parse_model(std::string_view text, std::string_view source = "<model>");
/// @brief Reads a model file; `builtin:NAME` names an embedded model.
[[nodiscard]] model load_model(const std::filesystem::path& file);
/// @brief The model as a JSON document (2-space indented).
[[nodiscard]] std::string to_json(const model& m);
/// @brief Writes `to_json(m)` to `file`. @throws error if the file cannot be written.
void save_model(const model& m, const std::filesystem::path& file);

/// @brief Parses one profile object and checks it against `m`.
[[nodiscard]] profile parse_profile(std::string_view text, const model& m,
                                    std::string_view source = "<profile>");
/// @brief Parses a profile, a `careergraph/profiles` document or JSON Lines
/// (one profile object per non-empty line), each checked against `m`.
[[nodiscard]] std::vector<profile> parse_profiles(std::string_view text, const model& m,
                                                  std::string_view source = "<profiles>");
/// @brief Reads a file holding one profile.
[[nodiscard]] profile load_profile(const std::filesystem::path& file, const model& m);
/// @brief Reads a file holding a profile, a profiles document or JSON Lines.
[[nodiscard]] std::vector<profile> load_profiles(const std::filesystem::path& file, const model& m);

[[nodiscard]] std::string to_json(const profile& p);
/// @brief A `careergraph/profiles` document.
[[nodiscard]] std::string to_json(const std::vector<profile>& people);
/// @brief JSON Lines: one compact profile object per line.
[[nodiscard]] std::string to_json_lines(const std::vector<profile>& people);
void save_profile(const profile& p, const std::filesystem::path& file);
/// @brief Writes a profiles document, or JSON Lines when `file` ends in `.jsonl`.
void save_profiles(const std::vector<profile>& people, const std::filesystem::path& file);

/// @brief Reads a whole file. @throws input_error naming the file if it cannot be read.
[[nodiscard]] std::string read_file(const std::filesystem::path& file);

}  // namespace careergraph::io
