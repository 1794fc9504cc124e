// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/error.hpp>
#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/strong_id.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

/// What every subcommand of the careergraph command shares: exit statuses, the
/// run context, argument errors, and loading models, profiles and role ids from
/// the command line.
namespace careergraph::cli {

/// Exit statuses of cli.md.
enum exit_status : int {
    exit_ok = 0,
    /// A valid question without an answer (no feasible plan).
    exit_no_answer = 1,
    /// Bad input: a file, a JSON value or an argument; stdout stays empty.
    exit_bad_input = 2,
};

/// @brief A command-line argument that CLI11 accepts but the model or the
/// other arguments refuse (an unknown role id, contradictory options). Exit 2.
class bad_argument : public careergraph::error {
public:
    using error::error;
};

/// @brief A feature that is named in cli.md but not part of this release. Exit 2.
class not_available : public careergraph::error {
public:
    using error::error;
};

/// @brief The state of one run: the answer being written and the terminal facts.
///
/// The answer is collected in `out` and written to stdout only when the
/// subcommand returns, so that an error raised half-way leaves stdout empty.
struct context {
    std::string out;
    /// ANSI colour in tables (stdout is a terminal and NO_COLOR is unset).
    bool colour = false;
    /// Progress bars on stderr (stderr is a terminal).
    bool progress = false;
};

/// @brief A registered subcommand: its CLI11 parser and what runs when it is chosen.
struct command {
    CLI::App* app = nullptr;
    std::function<int(context&)> run;
};

/// The model every subcommand uses when `--model` is left out.
inline constexpr std::string_view default_model = "builtin:physician-leadership";

/// @brief Adds `--model MODEL` (default: the built-in model) to `sub`.
void add_model_option(CLI::App& sub, std::string& model);
/// @brief Adds `--json` (print the cli.md JSON answer instead of a table) to `sub`.
void add_json_flag(CLI::App& sub, bool& json);

/// @brief A validator for counts (`--top`, `--max-steps`, `--alternatives`):
/// decimal digits only, so that "-1" or "0x10" are refused instead of wrapping
/// or being read as hexadecimal (CLI11 converts with strtoull, base 0).
[[nodiscard]] CLI::Validator whole_number();

/// @brief A validator for `--max-years`: a finite decimal number >= 0.
[[nodiscard]] CLI::Validator non_negative_years();

/// @brief Loads `--model`: a JSON file or `builtin:NAME`.
/// @throws input_error naming the file, the JSON path and the reason;
/// not_available for a binary or XML archive.
[[nodiscard]] model load_model_arg(const std::string& spec);

/// @brief Loads a file that must hold exactly one profile (a profile object,
/// or a profiles document or JSON Lines file with one entry).
/// @throws input_error for a defect, or when the file holds no or several profiles.
[[nodiscard]] profile load_single_profile(const std::string& file, const model& m);

/// @brief Loads a profile, a profiles document or a JSON Lines file.
/// @throws input_error for a defect.
[[nodiscard]] std::vector<profile> load_population(const std::string& file, const model& m);

/// @brief The role with id `id`. @throws bad_argument naming `option` and the id.
[[nodiscard]] role_index resolve_role(const model& m, const std::string& id,
                                      std::string_view option);

/// @brief The roles with these ids, in order. @throws bad_argument for an unknown one.
[[nodiscard]] std::vector<role_index> resolve_roles(const model& m,
                                                    const std::vector<std::string>& ids,
                                                    std::string_view option);

/// @brief "Name (id)" of a role, or the id alone when the role has no name.
[[nodiscard]] std::string role_label(const model& m, role_index r);

/// @brief The JSON answer as printed: compact, full double precision, newline-terminated.
[[nodiscard]] std::string json_text(const nlohmann::ordered_json& answer);

/// @brief A section heading line.
[[nodiscard]] std::string heading(std::string_view text, bool colour);

// The subcommands, one factory each; they add themselves to `app`.
[[nodiscard]] command make_validate(CLI::App& app);
[[nodiscard]] command make_convert(CLI::App& app);
[[nodiscard]] command make_import(CLI::App& app);
[[nodiscard]] command make_dot(CLI::App& app);
[[nodiscard]] command make_readiness(CLI::App& app);
[[nodiscard]] command make_recommend(CLI::App& app);
[[nodiscard]] command make_rank(CLI::App& app);
[[nodiscard]] command make_gaps(CLI::App& app);
[[nodiscard]] command make_plan(CLI::App& app);

}  // namespace careergraph::cli
