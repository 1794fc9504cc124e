// SPDX-License-Identifier: Apache-2.0
// validate, convert and import: the subcommands that deal with whole models.
#include <careergraph/io/json.hpp>

#include "app.hpp"
#include "table.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <set>

namespace careergraph::cli {

namespace {

std::size_t setting_count(const model& m) {
    std::set<std::string> settings;
    for (const auto& r : m.roles())
        if (r.setting) settings.insert(*r.setting);
    return settings.size();
}

std::string model_summary(const model& m) {
    return fmt::format("{} roles, {} competencies, {} credentials, {} transitions, {} settings",
                       thousands(m.role_count()), thousands(m.competency_count()),
                       thousands(m.credential_count()), thousands(m.transition_count()),
                       thousands(setting_count(m)));
}

std::string model_title(const model& m, const std::string& spec) {
    const auto& d = m.data();
    if (d.id && d.name) return fmt::format("{} ({})", *d.name, *d.id);
    if (d.id) return *d.id;
    if (d.name) return *d.name;
    return spec;
}

}  // namespace

command make_validate(CLI::App& app) {
    struct options {
        std::string model;
        std::string positional;
        bool json = false;
    };
    auto opt = std::make_shared<options>();
    auto* sub = app.add_subcommand("validate", "Check a model and list its roles");
    add_model_option(*sub, opt->model);
    auto* model_opt = sub->get_option("--model");
    sub->add_option("MODEL", opt->positional, "The model, as an alternative to --model")
        ->type_name("MODEL")
        ->excludes(model_opt);
    add_json_flag(*sub, opt->json);

    return {
        sub, [opt](context& ctx) {
            const std::string spec = opt->positional.empty() ? opt->model : opt->positional;
            const model m = load_model_arg(spec);
            if (opt->json) {
                nlohmann::ordered_json j;
                j["valid"] = true;
                j["model"] = m.data().id ? nlohmann::ordered_json(*m.data().id) : nullptr;
                j["roles"] = m.role_count();
                j["competencies"] = m.competency_count();
                j["credentials"] = m.credential_count();
                j["transitions"] = m.transition_count();
                j["settings"] = setting_count(m);
                ctx.out += json_text(j);
                return int{exit_ok};
            }
            ctx.out += fmt::format("{} {}\n", paint("valid:", tone::good, ctx.colour),
                                   model_title(m, spec));
            ctx.out += fmt::format("  {}\n\n", model_summary(m));
            table t{{{"role"},
                     {"name"},
                     {"setting"},
                     {"items", align::right},
                     {"moves to", align::right}}};
            for (std::uint32_t i = 0; i < m.role_count(); ++i) {
                const role_index r{i};
                const auto& role = m.at(r);
                const std::size_t items = m.competency_items(r).size() +
                                          m.credential_items(r).size() +
                                          m.experience_items(r).size();
                t.add_row({cell{role.id.value(), tone::accent}, role.name,
                           cell{role.setting.value_or("-"), role.setting ? tone::plain : tone::dim},
                           std::to_string(items), std::to_string(m.out_transitions(r).size())});
            }
            ctx.out += t.render(ctx.colour);
            return int{exit_ok};
        }};
}

command make_convert(CLI::App& app) {
    struct options {
        std::string model;
        std::string out;
    };
    auto opt = std::make_shared<options>();
    auto* sub = app.add_subcommand(
        "convert", "Write a model in another format (by OUT's extension: .json; - for stdout)");
    sub->add_option("MODEL", opt->model, "The model: a JSON file or builtin:physician-leadership")
        ->type_name("MODEL")
        ->required();
    sub->add_option("OUT", opt->out, "The file to write: .json (.bin and .xml archives come later)")
        ->type_name("FILE")
        ->required();

    return {sub, [opt](context& ctx) {
                const auto ext = std::filesystem::path(opt->out).extension().string();
                // Decide the format before loading, so a wrong OUT fails fast and writes nothing.
                if (ext == ".bin" || ext == ".xml")
                    throw not_available(opt->out +
                                        ": not supported yet: archives come with the "
                                        "importers; use a .json file");
                if (opt->out != "-" && ext != ".json")
                    throw bad_argument(fmt::format(
                        "OUT: unknown format \"{}\" for {}: use .json (or - for stdout)",
                        ext.empty() ? std::string("no extension") : ext, opt->out));
                const model m = load_model_arg(opt->model);
                if (opt->out == "-") {
                    ctx.out += io::to_json(m);
                    return int{exit_ok};
                }
                io::save_model(m, opt->out);
                ctx.out += fmt::format("wrote {}: {}\n", opt->out, model_summary(m));
                return int{exit_ok};
            }};
}

command make_import(CLI::App& app) {
    struct options {
        std::string format;
        std::string source;
        std::string out;
    };
    auto opt = std::make_shared<options>();
    auto* sub =
        app.add_subcommand("import", "Build a model from O*NET, ESCO or CASE (not available yet)");
    sub->add_option("FORMAT", opt->format, "onet, esco or case")
        ->required()
        ->check(CLI::IsMember({"onet", "esco", "case"}));
    sub->add_option("SOURCE", opt->source, "The source data (a folder or an archive)")
        ->type_name("FILE")
        ->required();
    sub->add_option("-o,--output", opt->out, "The model file to write")
        ->required()
        ->type_name("MODEL");

    return {
        sub, [opt](context&) -> int {
            throw not_available(fmt::format(
                "import {}: not available yet: the O*NET, ESCO and CASE importers come in a later "
                "release",
                opt->format));
        }};
}

}  // namespace careergraph::cli
