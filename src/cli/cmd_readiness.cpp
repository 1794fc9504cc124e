// SPDX-License-Identifier: Apache-2.0
// readiness and recommend: questions about one person.
#include <careergraph/io/readiness_json.hpp>
#include <careergraph/ranking.hpp>
#include <careergraph/readiness.hpp>

#include "app.hpp"
#include "describe.hpp"
#include "table.hpp"

#include <fmt/format.h>

#include <memory>

namespace careergraph::cli {

namespace {

std::string person_heading(const model& m, const profile& p) {
    const auto current = m.find(p.current_role);
    return fmt::format("{} as of {}, currently {}", person_label(p), p.as_of.to_string(),
                       current ? role_label(m, *current) : p.current_role.value());
}

cell eligible_cell(bool eligible) {
    return eligible ? cell{"eligible", tone::good} : cell{"not eligible", tone::bad};
}

std::string readiness_table(const model& m, const readiness& r, bool colour) {
    const cell verdict = eligible_cell(r.eligible);
    std::string out = fmt::format("{}  {}  {}\n", paint(role_label(m, r.role), tone::bold, colour),
                                  paint(percent(r.score), tone::accent, colour),
                                  paint(verdict.text, verdict.style, colour));
    if (r.items.empty()) return out + "  (no requirements)\n";
    table t{{{"kind"},
             {"requirement"},
             {"have", align::right},
             {"required", align::right},
             {"weight", align::right},
             {"essential"},
             {"met", align::right},
             {"shortfall", align::right}}};
    const auto& role = m.at(r.role);
    for (const auto& item : r.items) {
        std::string have;
        std::string required;
        switch (item.kind) {
            case item_kind::competency:
                have = number(item.have);
                required = number(item.required);
                break;
            case item_kind::credential:
                have = item.held ? m.at(*item.held).id.value() : "none";
                required = role.credentials.at(item.position).any_of.size() > 1 ? "one" : "held";
                break;
            case item_kind::experience:
                have = number(item.have) + " y";
                required = number(item.required) + " y";
                break;
        }
        const bool met = item.satisfaction >= 1.0;
        t.add_row({kind_name(item.kind), requirement_text(m, r.role, item.kind, item.position),
                   cell{have, met ? tone::plain : tone::warn}, required, number(item.weight),
                   item.essential ? cell{"yes", tone::bold} : cell{"no", tone::dim},
                   cell{percent(item.satisfaction), met ? tone::good : tone::warn},
                   cell{points(item.shortfall), item.shortfall > 0 ? tone::bad : tone::dim}});
    }
    return out + t.render(colour);
}

}  // namespace

command make_readiness(CLI::App& app) {
    struct options {
        std::string model;
        std::string profile;
        std::vector<std::string> roles;
        bool json = false;
    };
    auto opt = std::make_shared<options>();
    auto* sub =
        app.add_subcommand("readiness", "Readiness of one person for each role, item by item");
    add_model_option(*sub, opt->model);
    sub->add_option("PROFILE", opt->profile, "The person: a profile file")
        ->type_name("FILE")
        ->required();
    sub->add_option("--role", opt->roles,
                    "Only these roles, in this order (repeat, or separate with commas); "
                    "default: every role, best first")
        ->delimiter(',')
        ->type_name("ID");
    add_json_flag(*sub, opt->json);

    return {sub, [opt](context& ctx) {
                const model m = load_model_arg(opt->model);
                const auto roles = resolve_roles(m, opt->roles, "--role");
                const profile p = load_single_profile(opt->profile, m);
                if (opt->json) {
                    ctx.out += json_text(io::readiness_answer(m, p, roles));
                    return int{exit_ok};
                }
                const person_state person{m, p};
                std::vector<readiness> answers;
                if (roles.empty()) {
                    answers = readiness_all(m, person);
                } else {
                    for (auto r : roles) answers.push_back(readiness_of(m, person, r));
                }
                ctx.out += heading("Readiness of " + person_heading(m, p), ctx.colour);
                ctx.out += "Shortfall: the score points gained by meeting the item fully.\n";
                for (const auto& r : answers) ctx.out += "\n" + readiness_table(m, r, ctx.colour);
                return int{exit_ok};
            }};
}

command make_recommend(CLI::App& app) {
    struct options {
        std::string model;
        std::string profile;
        std::size_t top = all_results;
        bool reachable = false;
        bool json = false;
    };
    auto opt = std::make_shared<options>();
    auto* sub = app.add_subcommand("recommend", "The roles a person is readiest for");
    add_model_option(*sub, opt->model);
    sub->add_option("PROFILE", opt->profile, "The person: a profile file")
        ->type_name("FILE")
        ->required();
    sub->add_option("--top", opt->top, "At most K roles (default: all)")
        ->check(whole_number())
        ->type_name("K");
    sub->add_flag("--reachable", opt->reachable,
                  "Only roles reachable from the current role along transitions");
    add_json_flag(*sub, opt->json);

    return {sub, [opt](context& ctx) {
                const model m = load_model_arg(opt->model);
                const profile p = load_single_profile(opt->profile, m);
                const recommend_options ro{opt->top, opt->reachable};
                if (opt->json) {
                    ctx.out += json_text(io::recommend_answer(m, p, ro));
                    return int{exit_ok};
                }
                const auto roles = recommend_roles(m, p, ro);
                const auto current = m.find(p.current_role);
                ctx.out += heading("Roles for " + person_heading(m, p), ctx.colour);
                if (opt->reachable) ctx.out += "Only roles reachable from the current role.\n";
                ctx.out += '\n';
                if (roles.empty()) {
                    ctx.out += "  (no roles)\n";
                    return int{exit_ok};
                }
                table t{{{"#", align::right},
                         {"role"},
                         {"name"},
                         {"setting"},
                         {"score", align::right},
                         {"eligible"}}};
                std::size_t rank = 0;
                for (const auto& r : roles) {
                    const auto& role = m.at(r.role);
                    const bool here = current && *current == r.role;
                    t.add_row({std::to_string(++rank),
                               cell{role.id.value() + (here ? " (current)" : ""), tone::accent},
                               role.name, role.setting.value_or("-"), percent(r.score),
                               r.eligible ? cell{"yes", tone::good} : cell{"no", tone::bad}});
                }
                ctx.out += t.render(ctx.colour);
                return int{exit_ok};
            }};
}

}  // namespace careergraph::cli
