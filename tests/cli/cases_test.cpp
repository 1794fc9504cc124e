// SPDX-License-Identifier: Apache-2.0
// The command's JSON answers on every worked case of shared/spec/cases, compared
// as cases/README.md says: values at 1e-9 and in order; plans by cost, with each
// walk re-simulated under semantics.md §4 by the planner's own `simulate`.
#include <careergraph/io/json.hpp>
#include <careergraph/io/plan_json.hpp>
#include <careergraph/planner.hpp>

#include "process.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <support/cases.hpp>
#include <vector>

namespace {

using cgtest::json;
namespace fs = std::filesystem;

/// The command line of a question (cases/README.md), with `--json`.
std::vector<std::string> command_of(const std::string& subcommand, const fs::path& dir,
                                    const std::string& people, const json& args) {
    std::vector<std::string> out{subcommand, "--model", (dir / "model.json").string(),
                                 (dir / people).string()};
    for (const auto& a : args) out.push_back(a.get<std::string>());
    out.emplace_back("--json");
    return out;
}

std::string describe(const std::vector<std::string>& args) {
    std::string s = "careergraph";
    for (const auto& a : args) s += " " + a;
    return s;
}

/// Runs one question and checks the exit status and a JSON stdout; nullopt
/// (after a failed check) when there is no answer to compare, so that one bad
/// question does not hide the others.
std::optional<json> answer_of(const std::vector<std::string>& args, int expected_exit) {
    INFO(describe(args));
    const auto r = cgtest::careergraph(args);
    INFO("stderr: " << r.err);
    CHECK(r.status == expected_exit);
    CHECK(!r.out.empty());
    if (r.status != expected_exit || r.out.empty()) return std::nullopt;
    return json::parse(r.out);
}

void check_answer(const std::string& subcommand, const fs::path& dir, const std::string& people,
                  const json& q) {
    const auto args = command_of(subcommand, dir, people, q.at("args"));
    const auto answer = answer_of(args, q.at("exit").get<int>());
    if (!answer) return;
    const json& actual = *answer;
    const auto diff = cgtest::json_diff(actual, q.at("answer"));
    INFO(describe(args));
    INFO(diff.value_or(""));
    CHECK(!diff);
}

/// Re-simulates a plan of the command's answer and compares every number.
void check_walk(const careergraph::model& m, const careergraph::profile& p, const json& plan) {
    std::vector<careergraph::role_index> walk;
    for (const auto& id : plan.at("roles"))
        walk.push_back(m.index_of(careergraph::role_id{id.get<std::string>()}));
    const auto replay = careergraph::simulate(m, p, walk);
    CHECK(replay.has_value());
    if (!replay) return;
    const auto diff = cgtest::json_diff(plan, careergraph::io::plan_to_json(m, *replay));
    INFO(plan.dump());
    INFO(diff.value_or(""));
    CHECK(!diff);
}

bool same_cost(const json& plan, const json& cost) {
    return cgtest::close(plan.at("effort").get<double>(), cost.at(0).get<double>()) &&
           cgtest::close(plan.at("years").get<double>(), cost.at(1).get<double>());
}

void check_plan(const fs::path& dir, const careergraph::model& m, const careergraph::profile& p,
                const json& q) {
    const auto args = command_of("plan", dir, "profile.json", q.at("args"));
    INFO(describe(args));
    const int exit = q.at("exit").get<int>();
    const auto answer = answer_of(args, exit);
    if (!answer) return;
    const json& actual = *answer;
    const json& expected = q.at("answer");
    if (exit == 1) {
        // Infeasible: `plans: []` and `closest` are unique, so the answer must match whole.
        const auto diff = cgtest::json_diff(actual, expected);
        INFO(diff.value_or(""));
        CHECK(!diff);
        return;
    }
    CHECK(actual.at("profile") == expected.at("profile"));
    CHECK(actual.at("objective") == expected.at("objective"));
    CHECK(actual.at("feasible") == true);
    CHECK_FALSE(actual.contains("closest"));
    const json& plans = actual.at("plans");
    const json& wanted = expected.at("plans");
    const json& costs = q.at("costs");
    CHECK(plans.size() == wanted.size());
    CHECK(costs.size() == wanted.size());
    if (plans.size() != wanted.size() || costs.size() != wanted.size()) return;
    for (const auto& plan : plans) check_walk(m, p, plan);

    const auto& a = q.at("args");
    const bool alternatives = std::find(a.begin(), a.end(), "--alternatives") != a.end();
    if (expected.at("objective") == "pareto") {
        // The set of (effort, years) pairs, each pair once; both sorted by effort.
        for (std::size_t i = 0; i < plans.size(); ++i) {
            INFO("pareto option " << i);
            CHECK(same_cost(plans[i], costs[i]));
        }
    } else if (alternatives) {
        // Costs and step counts in order; equal keys may come in any order.
        for (std::size_t i = 0; i < plans.size(); ++i) {
            INFO("alternative " << i);
            CHECK(same_cost(plans[i], costs[i]));
            CHECK(plans[i].at("steps").size() == wanted[i].at("steps").size());
        }
    } else {
        // Any optimal walk: cost equal to costs[0], and the fewest steps among those.
        CHECK(same_cost(plans[0], costs[0]));
        CHECK(plans[0].at("steps").size() == wanted[0].at("steps").size());
    }
}

}  // namespace

TEST_CASE("readiness, rank, recommend and gaps answer every worked case", "[cli][cases]") {
    // question key in expected.json -> subcommand and the people file it reads
    const std::vector<std::array<std::string, 3>> kinds{
        {"readiness", "readiness", "profile.json"},
        {"readiness_role", "readiness", "profile.json"},
        {"recommend", "recommend", "profile.json"},
        {"rank", "rank", "profiles.json"},
        {"gaps", "gaps", "profiles.json"}};
    std::size_t questions = 0;
    for (const auto& dir : cgtest::case_dirs()) {
        const json expected = cgtest::read_json(dir / "expected.json");
        INFO(dir.filename().string());
        for (const auto& [key, subcommand, people] : kinds) {
            for (const auto& q : cgtest::questions(expected, key)) {
                check_answer(subcommand, dir, people, q);
                ++questions;
            }
        }
    }
    // 41 case folders with readiness, recommend, rank and gaps each: a lost folder must not pass
    // quietly.
    CHECK(questions >= 41 * 4);
}

TEST_CASE("plan answers every worked case", "[cli][cases][plan]") {
    std::size_t questions = 0;
    std::size_t infeasible = 0;
    for (const auto& dir : cgtest::case_dirs()) {
        const json expected = cgtest::read_json(dir / "expected.json");
        INFO(dir.filename().string());
        const auto m = careergraph::io::load_model(dir / "model.json");
        const auto p = careergraph::io::load_profile(dir / "profile.json", m);
        for (const auto& q : cgtest::questions(expected, "plan")) {
            check_plan(dir, m, p, q);
            ++questions;
            infeasible += q.at("exit") == 1 ? 1U : 0U;
        }
    }
    CHECK(questions >= 300);
    CHECK(infeasible > 0);
}
