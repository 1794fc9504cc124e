// SPDX-License-Identifier: Apache-2.0
// dot: the role graph as Graphviz, roles grouped by setting, optionally with
// the effort-optimal plan of a person highlighted and annotated.
#include <careergraph/planner.hpp>

#include "app.hpp"
#include "table.hpp"

#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

namespace careergraph::cli {

namespace {

/// A DOT double-quoted string. Labels are escString: a backslash starts an
/// escape (\n, \l, ...), so a literal one is doubled; quotes are escaped.
std::string dot_quote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

/// How the plan, if any, touches the graph.
struct highlight {
    std::vector<std::uint8_t> on_plan;    // per role
    std::vector<std::uint8_t> is_target;  // per role
    std::optional<role_index> start;
    /// Step numbers (1-based) per transition: a walk may take an edge twice.
    std::map<std::uint32_t, std::vector<std::size_t>> steps;
    const career_plan* plan = nullptr;
};

/// Node ids: the role ids, unless one of them cannot survive BGL's quoting
/// (a backslash or a control character); then every role gets `r<index>`,
/// which keeps them unique.
std::vector<std::string> node_ids(const model& m) {
    bool plain = true;
    for (const auto& r : m.roles())
        for (char c : r.id.value())
            plain = plain && c != '\\' && static_cast<unsigned char>(c) >= 0x20;
    std::vector<std::string> ids;
    for (std::uint32_t i = 0; i < m.role_count(); ++i)
        ids.push_back(plain ? m.at(role_index{i}).id.value() : fmt::format("r{}", i));
    return ids;
}

/// `cluster_<setting>` (Graphviz draws subgraphs named cluster* as boxes), with
/// the setting reduced to identifier characters so that the name needs no
/// quoting; a number is appended only when two settings reduce alike
/// ("public-health" and "public_health").
std::vector<std::string> cluster_names(const std::vector<std::string>& settings) {
    std::vector<std::string> names;
    for (std::size_t s = 0; s < settings.size(); ++s) {
        std::string name = "cluster_";
        for (char c : settings[s]) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        if (std::find(names.begin(), names.end(), name) != names.end())
            name += fmt::format("_{}", s);
        names.push_back(std::move(name));
    }
    return names;
}

std::string cost_text(double effort, double years) {
    std::vector<std::string> parts;
    if (years != 0.0) parts.push_back(number(years) + " y");
    if (effort != 0.0) parts.push_back("effort " + number(effort));
    return join(parts, ", ");
}

}  // namespace

command make_dot(CLI::App& app) {
    struct options {
        std::string model;
        std::string profile;
        std::vector<std::string> to;
    };
    auto opt = std::make_shared<options>();
    auto* sub = app.add_subcommand(
        "dot", "The role graph as Graphviz DOT, optionally with a plan highlighted");
    add_model_option(*sub, opt->model);
    auto* plan_opt =
        sub->add_option("--plan", opt->profile,
                        "Highlight the effort-optimal plan of this profile (needs --to)")
            ->type_name("PROFILE");
    auto* to_opt = sub->add_option("--to", opt->to, "The plan's target roles (comma-separated)")
                       ->delimiter(',')
                       ->type_name("ID");
    plan_opt->needs(to_opt);
    to_opt->needs(plan_opt);

    return {
        sub, [opt](context& ctx) {
            const model m = load_model_arg(opt->model);
            highlight h;
            h.on_plan.assign(m.role_count(), 0);
            h.is_target.assign(m.role_count(), 0);
            std::optional<plan_result> result;
            if (!opt->profile.empty()) {
                const auto targets = resolve_roles(m, opt->to, "--to");
                const profile p = load_single_profile(opt->profile, m);
                for (auto t : targets) h.is_target[t.value()] = 1;
                h.start = m.index_of(p.current_role);
                result = plan(m, p, targets);
                if (result->feasible) {
                    h.plan = &result->plans.front();
                    for (auto r : h.plan->roles) h.on_plan[r.value()] = 1;
                    for (std::size_t s = 0; s < h.plan->steps.size(); ++s)
                        h.steps[h.plan->steps[s].transition.value()].push_back(s);
                } else {
                    std::cerr << "careergraph: no feasible plan from " << p.current_role.value()
                              << "; the graph shows no plan\n";
                }
            }

            const auto& g = m.graph().boost_graph();
            const auto ids = node_ids(m);
            const auto id_map = boost::make_function_property_map<role_graph::vertex_descriptor>(
                [&](role_graph::vertex_descriptor v) { return ids[m.graph().role(v).value()]; });

            const auto vertex_writer = [&](std::ostream& out, role_graph::vertex_descriptor v) {
                const role_index r = m.graph().role(v);
                const auto& role = m.at(r);
                std::string label =
                    role.name.empty() ? role.id.value() : role.name + "\n" + role.id.value();
                std::vector<std::string> attrs{"label=" + dot_quote(label)};
                if (h.on_plan[r.value()]) {
                    attrs.emplace_back("color=\"#c0392b\"");
                    attrs.emplace_back("fillcolor=\"#fdebd0\"");
                    attrs.emplace_back("penwidth=2.5");
                }
                if (h.start && *h.start == r) attrs.emplace_back("fillcolor=\"#d6eaf8\"");
                if (h.is_target[r.value()]) attrs.emplace_back("peripheries=2");
                out << " [" << join(attrs, ", ") << "]";
            };
            const auto edge_writer = [&](std::ostream& out, role_graph::edge_descriptor e) {
                const auto t = m.graph().transition(e);
                const auto& move = m.at(t);
                std::vector<std::string> attrs;
                const auto it = h.steps.find(t.value());
                if (it != h.steps.end() && h.plan) {
                    std::vector<std::string> lines;
                    for (auto s : it->second) {
                        const auto& step = h.plan->steps[s];
                        lines.push_back(fmt::format("{}. effort {}, {} y", s + 1,
                                                    number(step.effort), number(step.years)));
                    }
                    attrs.push_back("label=" + dot_quote(join(lines, "\n")));
                    attrs.emplace_back("color=\"#c0392b\"");
                    attrs.emplace_back("fontcolor=\"#c0392b\"");
                    attrs.emplace_back("penwidth=3");
                } else {
                    const auto cost = cost_text(move.effort, move.years);
                    if (!cost.empty()) attrs.push_back("label=" + dot_quote(cost));
                }
                if (!attrs.empty()) out << "[" << join(attrs, ", ") << "]";
            };
            const auto graph_writer = [&](std::ostream& out) {
                out << "  rankdir=LR;\n";
                out << "  node [shape=box, style=\"rounded,filled\", fillcolor=white, "
                       "fontname=Helvetica];\n";
                out << "  edge [color=gray40, fontname=Helvetica, fontsize=10];\n";
                if (h.plan)
                    out << "  label="
                        << dot_quote(fmt::format(
                               "effort-optimal plan: effort {}, {} years, {} steps",
                               number(h.plan->effort), number(h.plan->years), h.plan->steps.size()))
                        << ";\n  labelloc=t;\n";
                // Roles grouped by setting, in the order settings first appear.
                std::vector<std::string> settings;
                std::map<std::string, std::vector<std::uint32_t>> members;
                for (std::uint32_t i = 0; i < m.role_count(); ++i) {
                    const auto& setting = m.at(role_index{i}).setting;
                    if (!setting) continue;
                    if (!members.contains(*setting)) settings.push_back(*setting);
                    members[*setting].push_back(i);
                }
                const auto names = cluster_names(settings);
                for (std::size_t s = 0; s < settings.size(); ++s) {
                    out << "  subgraph " << names[s] << " {\n";
                    out << "    label=" << dot_quote(settings[s]) << ";\n";
                    out << "    style=\"rounded,dashed\";\n    color=gray60;\n";
                    for (auto i : members[settings[s]])
                        out << "    " << boost::escape_dot_string(ids[i]) << ";\n";
                    out << "  }\n";
                }
            };

            std::ostringstream dot;
            boost::write_graphviz(dot, g, vertex_writer, edge_writer, graph_writer, id_map);
            ctx.out += dot.str();
            return result && !result->feasible ? int{exit_no_answer} : int{exit_ok};
        }};
}

}  // namespace careergraph::cli
