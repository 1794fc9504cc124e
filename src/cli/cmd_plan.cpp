// SPDX-License-Identifier: Apache-2.0
// plan: the exact career plan from a person's current role to target roles.
#include <careergraph/io/plan_json.hpp>
#include <careergraph/planner.hpp>

#include "app.hpp"
#include "describe.hpp"
#include "table.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <set>

namespace careergraph::cli {

namespace {

std::string walk_text(const model& m, const career_plan& plan) {
    std::vector<std::string> ids;
    for (auto r : plan.roles) ids.push_back(m.at(r).id.value());
    return join(ids, " -> ");
}

std::string years_text(double years) { return years == 0.0 ? "-" : number(years); }
std::string effort_text(double effort) { return effort == 0.0 ? "-" : number(effort); }

std::string steps_text(std::size_t n) { return n == 1 ? "1 step" : fmt::format("{} steps", n); }

/// One plan as numbered steps, each followed by what it brings: the move, the
/// wait, every competency raised and every credential earned, with its cost.
std::string plan_table(const model& m, const career_plan& plan, bool colour) {
    if (plan.steps.empty())
        return fmt::format("  Already in the target role {}: nothing to do.\n",
                           role_label(m, plan.roles.front()));
    table t{{{"step", align::right}, {"what"}, {"effort", align::right}, {"years", align::right}}};
    std::size_t n = 0;
    for (const auto& step : plan.steps) {
        t.add_row(
            {cell{fmt::format("{}.", ++n), tone::bold},
             cell{fmt::format("{} -> {}", m.at(step.from).id.value(), m.at(step.to).id.value()),
                  tone::bold},
             cell{number(step.effort), tone::bold}, cell{number(step.years), tone::bold}});
        const auto& move = m.at(step.transition);
        if (step.tenure_years > 0 || move.effort > 0)
            t.add_row({"", fmt::format("  time in {}, then the move", m.at(step.from).id.value()),
                       effort_text(move.effort), years_text(step.tenure_years)});
        if (step.wait_years > 0)
            t.add_row({"",
                       fmt::format("  wait in {} for the experience {} requires",
                                   m.at(step.from).id.value(), m.at(step.to).id.value()),
                       "-", number(step.wait_years)});
        for (const auto& raise : step.competencies)
            t.add_row({"",
                       fmt::format("  raise {} {} -> {}", m.at(raise.competency).id.value(),
                                   number(raise.from), level_text(m, raise.competency, raise.to)),
                       effort_text(raise.effort), "-"});
        for (const auto& earn : step.credentials)
            t.add_row({"",
                       fmt::format("  earn {} ({})", m.at(earn.credential).id.value(),
                                   m.at(earn.credential).name),
                       effort_text(earn.effort), years_text(earn.years)});
    }
    t.add_row({"", cell{fmt::format("total, {}", steps_text(plan.steps.size())), tone::accent},
               cell{number(plan.effort), tone::accent}, cell{number(plan.years), tone::accent}});
    return t.render(colour);
}

std::string objective_text(plan_objective o) {
    switch (o) {
        case plan_objective::effort:
            return "least effort, then fewest years, then fewest steps";
        case plan_objective::years:
            return "fewest years, then least effort, then fewest steps";
        case plan_objective::pareto:
            return "every effort/years trade-off that no other plan beats";
    }
    return "";
}

}  // namespace

command make_plan(CLI::App& app) {
    struct options {
        std::string model;
        std::string profile;
        std::vector<std::string> to;
        std::string objective = "effort";
        std::size_t alternatives = 0;
        std::string max_years;
        std::size_t max_steps = 0;
        std::vector<std::string> exclude;
        std::vector<std::string> settings;
        bool json = false;
    };
    auto opt = std::make_shared<options>();
    auto* sub =
        app.add_subcommand("plan", "The exact career plan from the current role to a target role");
    add_model_option(*sub, opt->model);
    sub->add_option("PROFILE", opt->profile, "The person: a profile file")
        ->type_name("FILE")
        ->required();
    sub->add_option("--to", opt->to,
                    "Target roles (comma-separated); the plan ends at the first reached")
        ->required()
        ->delimiter(',')
        ->type_name("ID[,ID...]");
    sub->add_option("--objective", opt->objective, "effort (default), years or pareto")
        ->check(CLI::IsMember({"effort", "years", "pareto"}))
        ->type_name("OBJ");
    sub->add_option("--alternatives", opt->alternatives,
                    "The K best simple paths (not with pareto)")
        ->check(whole_number())
        ->type_name("K");
    sub->add_option("--max-years", opt->max_years, "At most Y years in total")
        ->check(non_negative_years())
        ->type_name("Y");
    sub->add_option("--max-steps", opt->max_steps, "At most N steps")
        ->check(whole_number())
        ->type_name("N");
    sub->add_option("--exclude", opt->exclude, "Roles the plan may not enter (comma-separated)")
        ->delimiter(',')
        ->type_name("ID,...");
    sub->add_option("--settings", opt->settings,
                    "Enter only roles in these settings (comma-separated); the current role is "
                    "always allowed")
        ->delimiter(',')
        ->type_name("S,...");
    add_json_flag(*sub, opt->json);

    return {
        sub, [opt, sub](context& ctx) {
            plan_options po;
            po.objective = *plan_objective_from_string(opt->objective);
            if (sub->count("--alternatives") > 0) {
                if (po.objective == plan_objective::pareto)
                    throw bad_argument(
                        "--alternatives cannot be combined with --objective pareto "
                        "(the Pareto front already lists every trade-off)");
                if (opt->alternatives == 0)
                    throw bad_argument("--alternatives: K must be at least 1");
                if (opt->alternatives > max_alternatives)
                    throw bad_argument(
                        fmt::format("--alternatives: K must be at most {}", max_alternatives));
                po.alternatives = opt->alternatives;
            }
            if (sub->count("--max-years") > 0)
                po.max_years = std::strtod(opt->max_years.c_str(), nullptr);
            if (sub->count("--max-steps") > 0) po.max_steps = opt->max_steps;
            po.settings = opt->settings;

            const model m = load_model_arg(opt->model);
            const auto targets = resolve_roles(m, opt->to, "--to");
            po.exclude = resolve_roles(m, opt->exclude, "--exclude");
            for (const auto& s : opt->settings) {
                bool known = false;
                for (const auto& r : m.roles()) known = known || (r.setting && *r.setting == s);
                if (!known)
                    std::cerr
                        << "careergraph: note: --settings: no role of the model has setting \"" << s
                        << "\"\n";
            }
            const profile p = load_single_profile(opt->profile, m);
            const auto result = plan(m, p, targets, po);
            const int status = result.feasible ? int{exit_ok} : int{exit_no_answer};
            if (opt->json) {
                ctx.out += json_text(io::plan_to_json(m, p, result));
                return status;
            }

            std::vector<std::string> target_ids;
            for (auto t : targets) target_ids.push_back(m.at(t).id.value());
            const auto start = m.index_of(p.current_role);
            const std::string goal =
                targets.size() == 1 ? role_label(m, targets.front()) : join(target_ids, " or ");
            ctx.out += heading(fmt::format("Plan for {} from {} to {}", person_label(p),
                                           role_label(m, start), goal),
                               ctx.colour);
            ctx.out += fmt::format("Objective: {}.\n", objective_text(po.objective));
            std::vector<std::string> limits;
            if (po.max_years)
                limits.push_back(fmt::format("at most {} years", number(*po.max_years)));
            if (po.max_steps)
                limits.push_back(fmt::format("at most {}", steps_text(*po.max_steps)));
            if (!opt->exclude.empty())
                limits.push_back("never entering " + join(opt->exclude, ", "));
            if (!opt->settings.empty())
                limits.push_back("only in settings " + join(opt->settings, ", "));
            if (!limits.empty()) ctx.out += fmt::format("Constraints: {}.\n", join(limits, "; "));
            ctx.out += '\n';

            if (!result.feasible) {
                ctx.out += paint("No feasible plan", tone::bad, ctx.colour) +
                           (po.alternatives > 0 ? " (no simple path)" : "") +
                           " within these constraints.\n";
                if (result.closest)
                    ctx.out += fmt::format(
                        "Closest role within reach: {}; it has the fewest transitions left to "
                        "a target.\n",
                        role_label(m, *result.closest));
                else
                    ctx.out += "No role within reach has a path to a target.\n";
                return status;
            }

            if (result.plans.size() > 1 || po.objective == plan_objective::pareto) {
                table options{{{"option", align::right},
                               {"effort", align::right},
                               {"years", align::right},
                               {"steps", align::right},
                               {"path"}}};
                std::size_t n = 0;
                for (const auto& plan : result.plans)
                    options.add_row({std::to_string(++n), number(plan.effort), number(plan.years),
                                     std::to_string(plan.steps.size()), walk_text(m, plan)});
                ctx.out += options.render(ctx.colour) + "\n";
            }
            std::size_t n = 0;
            for (const auto& plan : result.plans) {
                if (result.plans.size() > 1)
                    ctx.out += heading(fmt::format("Option {}: effort {}, {} years", ++n,
                                                   number(plan.effort), number(plan.years)),
                                       ctx.colour);
                ctx.out += plan_table(m, plan, ctx.colour);
                if (n < result.plans.size()) ctx.out += '\n';
            }
            return status;
        }};
}

}  // namespace careergraph::cli
