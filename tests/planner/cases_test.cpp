// SPDX-License-Identifier: Apache-2.0
// Every plan question of the spec's worked cases (shared/spec/cases), checked the
// way cases/README.md says: a walk passes if it re-simulates to its own numbers
// and its cost is the expected optimum (fewest steps on ties).
#include "support/cases.hpp"

#include <careergraph/io/json.hpp>
#include <careergraph/io/plan_json.hpp>
#include <careergraph/planner.hpp>

#include "plan_support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::string describe(const std::filesystem::path& dir, const cgtest::json& q) {
    std::string out = dir.filename().string() + ": plan";
    for (const auto& a : q.at("args")) out += " " + a.get<std::string>();
    return out;
}

void check_question(const careergraph::model& m, const careergraph::profile& person,
                    const careergraph::planner& planner, const std::filesystem::path& dir,
                    const cgtest::json& q) {
    const auto args = q.at("args").get<std::vector<std::string>>();
    const auto question = cgtest::parse_plan_args(m, args);
    INFO(describe(dir, q));
    const auto result = planner.plan(person, question.targets, question.options);
    const auto& expected = q.at("answer");
    const auto answer = careergraph::io::plan_to_json(m, person, result);

    REQUIRE(result.feasible == (q.at("exit").get<int>() == 0));
    if (!result.feasible) {
        // Nothing is left open in an infeasible answer: compare it whole.
        const auto diff = cgtest::json_diff(answer, expected);
        INFO(diff.value_or(""));
        CHECK_FALSE(diff);
        return;
    }
    const auto& costs = q.at("costs");
    const auto& expected_plans = expected.at("plans");
    REQUIRE(result.plans.size() == costs.size());
    REQUIRE(result.plans.size() == expected_plans.size());
    for (std::size_t i = 0; i < result.plans.size(); ++i) {
        const auto& plan = result.plans[i];
        INFO("plan " << i << ": " << answer.at("plans").at(i).at("roles").dump());
        const auto problem =
            cgtest::walk_problem(m, person, question.targets, question.options, plan);
        INFO(problem.value_or(""));
        CHECK_FALSE(problem);
        CHECK(cgtest::close(plan.effort, costs[i][0].get<double>()));
        CHECK(cgtest::close(plan.years, costs[i][1].get<double>()));
        CHECK(plan.steps.size() == expected_plans[i].at("steps").size());
        // Where the walk is the reference's own, the whole JSON must agree.
        if (answer.at("plans").at(i).at("roles") == expected_plans[i].at("roles")) {
            const auto diff = cgtest::json_diff(answer.at("plans").at(i), expected_plans[i]);
            INFO(diff.value_or(""));
            CHECK_FALSE(diff);
        }
    }
    CHECK(answer.at("profile") == expected.at("profile"));
    CHECK(answer.at("objective") == expected.at("objective"));
    CHECK_FALSE(answer.contains("closest"));
}

}  // namespace

TEST_CASE("planner answers every plan question of the worked cases", "[planner][cases]") {
    std::size_t questions = 0;
    for (const auto& dir : cgtest::case_dirs()) {
        const auto expected = cgtest::read_json(dir / "expected.json");
        const auto m = careergraph::io::load_model(dir / "model.json");
        const auto person = careergraph::io::load_profile(dir / "profile.json", m);
        const careergraph::planner planner{m};
        for (const auto& q : cgtest::questions(expected, "plan")) {
            check_question(m, person, planner, dir, q);
            ++questions;
        }
    }
    CHECK(questions >= 41 * 5);
}

TEST_CASE("the free plan function agrees with a shared planner", "[planner][cases]") {
    const auto dir = cgtest::cases_dir() / "027-nonsimple-walk";
    const auto m = careergraph::io::load_model(dir / "model.json");
    const auto person = careergraph::io::load_profile(dir / "profile.json", m);
    const careergraph::planner shared{m};
    for (const auto& q : cgtest::questions(cgtest::read_json(dir / "expected.json"), "plan")) {
        const auto question =
            cgtest::parse_plan_args(m, q.at("args").get<std::vector<std::string>>());
        const auto a = careergraph::plan(m, person, question.targets, question.options);
        const auto b = shared.plan(person, question.targets, question.options);
        CHECK(a.plans == b.plans);
        CHECK(a.closest == b.closest);
    }
}
