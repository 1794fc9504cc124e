// SPDX-License-Identifier: Apache-2.0
#include "app.hpp"

#include <careergraph/io/json.hpp>

#include "terminal.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace careergraph::cli {

void add_model_option(CLI::App& sub, std::string& model) {
    model = std::string(default_model);
    sub.add_option("--model", model,
                   "Model: a JSON file or builtin:physician-leadership (the default)")
        ->type_name("MODEL");
}

void add_json_flag(CLI::App& sub, bool& json) {
    sub.add_flag("--json", json, "Print the JSON answer of cli.md instead of a table");
}

CLI::Validator whole_number() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
                return "must be a whole number >= 0, not \"" + text + "\"";
            // Leading zeros would make strtoull read the number as octal.
            const auto first = text.find_first_not_of('0');
            text = first == std::string::npos ? "0" : text.substr(first);
            if (text.size() > 18) return "is too large: " + text;
            return {};
        },
        "");
}

CLI::Validator non_negative_years() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            const char* begin = text.c_str();
            char* end = nullptr;
            const double value = std::strtod(begin, &end);
            const bool whole = !text.empty() && end == begin + text.size();
            // strtod also takes "nan", "inf" and hexadecimal floats; a bound must be a plain
            // number.
            const bool plain = text.find_first_not_of("0123456789.eE+-") == std::string::npos;
            if (!whole || !plain || !std::isfinite(value) || value < 0.0)
                return "must be a finite number of years >= 0, not \"" + text + "\"";
            return {};
        },
        "");
}

namespace {

bool is_archive_name(const std::string& spec) {
    const auto ext = std::filesystem::path(spec).extension().string();
    return ext == ".bin" || ext == ".xml";
}

}  // namespace

model load_model_arg(const std::string& spec) {
    if (is_archive_name(spec))
        throw not_available(spec +
                            ": not supported yet: archives come with the importers; "
                            "use a .json model");
    return io::load_model(spec);
}

std::vector<profile> load_population(const std::string& file, const model& m) {
    return io::load_profiles(file, m);
}

profile load_single_profile(const std::string& file, const model& m) {
    // Through load_profiles, so that a profiles document reports its defects at
    // their own path (profiles[1].current_role) rather than as a wrong format.
    auto people = io::load_profiles(file, m);
    if (people.size() != 1)
        throw input_error::at("$",
                              fmt::format("expected one profile, found {} (use rank or gaps for "
                                          "a population)",
                                          people.size()))
            .in_file(file);
    return std::move(people.front());
}

role_index resolve_role(const model& m, const std::string& id, std::string_view option) {
    if (auto r = m.find(role_id{id})) return *r;
    throw bad_argument(
        fmt::format("{}: unknown role \"{}\" (careergraph validate lists the model; "
                    "role ids are case-sensitive)",
                    option, id));
}

std::vector<role_index> resolve_roles(const model& m, const std::vector<std::string>& ids,
                                      std::string_view option) {
    std::vector<role_index> out;
    out.reserve(ids.size());
    for (const auto& id : ids) out.push_back(resolve_role(m, id, option));
    return out;
}

std::string role_label(const model& m, role_index r) {
    const auto& role = m.at(r);
    if (role.name.empty() || role.name == role.id.value()) return role.id.value();
    return fmt::format("{} ({})", role.name, role.id.value());
}

std::string json_text(const nlohmann::ordered_json& answer) { return answer.dump() + "\n"; }

std::string heading(std::string_view text, bool colour) {
    return paint(text, tone::bold, colour) + "\n";
}

}  // namespace careergraph::cli
