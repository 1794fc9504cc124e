// SPDX-License-Identifier: Apache-2.0
#include <careergraph/error.hpp>
#include <careergraph/io/plan_json.hpp>

#include <string>

namespace careergraph::io {

namespace {

using json = nlohmann::ordered_json;

template <class Index>
void check_index(Index i, std::size_t count, const char* what) {
    if (i.value() >= count)
        throw usage_error(std::string("plan_to_json: ") + what + " index " +
                          std::to_string(i.value()) + " out of range");
}

const std::string& role_name(const model& m, role_index r) {
    check_index(r, m.role_count(), "role");
    return m.at(r).id.value();
}

}  // namespace

json plan_to_json(const model& m, const career_plan& plan) {
    json roles = json::array();
    for (auto r : plan.roles) roles.push_back(role_name(m, r));
    json steps = json::array();
    for (const auto& step : plan.steps) {
        json competencies = json::array();
        for (const auto& raise : step.competencies) {
            check_index(raise.competency, m.competency_count(), "competency");
            json item;
            item["id"] = m.at(raise.competency).id.value();
            item["from"] = raise.from;
            item["to"] = raise.to;
            item["effort"] = raise.effort;
            competencies.push_back(std::move(item));
        }
        json credentials = json::array();
        for (const auto& acquired : step.credentials) {
            check_index(acquired.credential, m.credential_count(), "credential");
            json item;
            item["id"] = m.at(acquired.credential).id.value();
            item["effort"] = acquired.effort;
            item["years"] = acquired.years;
            credentials.push_back(std::move(item));
        }
        json s;
        s["from"] = role_name(m, step.from);
        s["to"] = role_name(m, step.to);
        s["tenure_years"] = step.tenure_years;
        s["wait_years"] = step.wait_years;
        s["effort"] = step.effort;
        s["years"] = step.years;
        s["competencies"] = std::move(competencies);
        s["credentials"] = std::move(credentials);
        steps.push_back(std::move(s));
    }
    json out;
    out["roles"] = std::move(roles);
    out["effort"] = plan.effort;
    out["years"] = plan.years;
    out["steps"] = std::move(steps);
    return out;
}

json plan_to_json(const model& m, const profile& person, const plan_result& result) {
    json plans = json::array();
    for (const auto& plan : result.plans) plans.push_back(plan_to_json(m, plan));
    json out;
    out["profile"] = person.id.value();
    out["objective"] = std::string(to_string(result.objective));
    out["feasible"] = result.feasible;
    out["plans"] = std::move(plans);
    if (!result.feasible) {
        if (result.closest)
            out["closest"] = role_name(m, *result.closest);
        else
            out["closest"] = nullptr;
    }
    return out;
}

}  // namespace careergraph::io
