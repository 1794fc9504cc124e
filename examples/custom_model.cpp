// SPDX-License-Identifier: Apache-2.0
// How an application embeds careergraph: build a small model in code, save it
// as JSON, load it back, and ask a first question of it.
#include <careergraph/io/json.hpp>
#include <careergraph/model_builder.hpp>

#include <cstdio>
#include <filesystem>

namespace cg = careergraph;

int main() {
    // A nursing ladder: staff nurse -> charge nurse -> nurse manager.
    cg::model_builder builder;
    builder.id("nursing-ladder").name("Nursing leadership ladder");
    builder.add(cg::competency{.id = cg::competency_id{"clinical-care"}, .name = "Clinical care"})
        .add(cg::competency{.id = cg::competency_id{"staffing"}, .name = "Staffing and scheduling",
                            .effort_per_level = 2.0})
        .add(cg::competency{.id = cg::competency_id{"budgeting"}, .name = "Unit budgeting",
                            .effort_per_level = 3.0});
    builder.add(cg::credential{.id = cg::credential_id{"rn"}, .name = "Registered Nurse license",
                               .kind = cg::credential_kind::license, .effort = 2, .years = 0.25,
                               .valid_years = 2.0})
        .add(cg::credential{.id = cg::credential_id{"msn"}, .name = "Master of Science in Nursing",
                            .kind = cg::credential_kind::degree, .effort = 30, .years = 2,
                            .prerequisites = {cg::credential_id{"rn"}}});

    cg::role staff{.id = cg::role_id{"staff-nurse"}, .name = "Staff nurse", .setting = "hospital",
                   .tags = {"clinical"}};
    staff.competencies.push_back({.competency = cg::competency_id{"clinical-care"}, .level = 3});
    staff.credentials.push_back({.any_of = {cg::credential_id{"rn"}}});

    cg::role charge{.id = cg::role_id{"charge-nurse"}, .name = "Charge nurse", .setting = "hospital",
                    .tags = {"clinical"}};
    charge.competencies.push_back({.competency = cg::competency_id{"clinical-care"}, .level = 4});
    charge.competencies.push_back({.competency = cg::competency_id{"staffing"}, .level = 3, .weight = 2});
    charge.credentials.push_back({.any_of = {cg::credential_id{"rn"}}});
    charge.experience.push_back({.tags = {"clinical"}, .years = 3});

    cg::role manager{.id = cg::role_id{"nurse-manager"}, .name = "Nurse manager", .setting = "hospital"};
    manager.competencies.push_back({.competency = cg::competency_id{"budgeting"}, .level = 3, .weight = 2,
                                    .essential = true});
    manager.competencies.push_back({.competency = cg::competency_id{"staffing"}, .level = 4});
    manager.credentials.push_back({.any_of = {cg::credential_id{"msn"}}, .essential = false});
    manager.experience.push_back({.roles = {cg::role_id{"charge-nurse"}}, .years = 2});

    builder.add(staff).add(charge).add(manager);
    builder.add(cg::transition{.from = cg::role_id{"staff-nurse"}, .to = cg::role_id{"charge-nurse"}, .years = 3})
        .add(cg::transition{.from = cg::role_id{"charge-nurse"}, .to = cg::role_id{"nurse-manager"},
                            .years = 2, .effort = 4});

    const cg::model model = std::move(builder).build();  // validates; throws input_error if not

    const auto file = std::filesystem::temp_directory_path() / "careergraph-nursing-ladder.json";
    cg::io::save_model(model, file);
    const cg::model loaded = cg::io::load_model(file);
    std::filesystem::remove(file);

    std::printf("saved and loaded %s: %zu roles, %zu competencies, %zu credentials, %zu transitions\n",
                loaded.data().name->c_str(), loaded.role_count(), loaded.competency_count(),
                loaded.credential_count(), loaded.transition_count());
    std::printf("round trip %s\n", loaded.data() == model.data() ? "lossless" : "LOST DATA");

    // A mistake is caught with the element's JSON path.
    cg::model_builder broken;
    broken.add(cg::role{.id = cg::role_id{"a"}, .name = "A"})
        .add(cg::transition{.from = cg::role_id{"a"}, .to = cg::role_id{"b"}});
    try {
        (void)broken.build();
    } catch (const cg::input_error& e) {
        std::printf("rejected: %s\n", e.what());
    }
    return loaded.data() == model.data() ? 0 : 1;
}
