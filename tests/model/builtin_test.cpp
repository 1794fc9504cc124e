// SPDX-License-Identifier: Apache-2.0
// The built-in physician-leadership model: it validates, and it has the
// structure the seed texts demand (docs/physician-leadership.md).
#include <careergraph/builtin.hpp>
#include <careergraph/io/json.hpp>
#include <careergraph/model.hpp>

#include <boost/graph/breadth_first_search.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace cg = careergraph;

namespace {

const std::filesystem::path hospitalist_profile =
    std::filesystem::path(__FILE__).parent_path() / "../../examples/data/hospitalist.json";

const std::vector<std::string> cmo_roles = {"cmo-hospital", "cmo-payer", "cmo-pharma",
                                            "cmo-public-health"};

const cg::role& role_named(const cg::model& m, const std::string& id) {
    return m.at(m.index_of(cg::role_id{id}));
}

std::set<std::string> ids_of(const cg::model& m, const cg::credential_item& item) {
    std::set<std::string> out;
    for (const auto c : m.any_of(item)) out.insert(m.at(c).id.value());
    return out;
}

/// The credential groups of role `id`, as sets of credential ids with their essential flag.
std::vector<std::pair<std::set<std::string>, bool>> groups_of(const cg::model& m, const std::string& id) {
    std::vector<std::pair<std::set<std::string>, bool>> out;
    for (const auto& item : m.credential_items(m.index_of(cg::role_id{id})))
        out.emplace_back(ids_of(m, item), item.essential);
    return out;
}

bool has_group(const cg::model& m, const std::string& role, const std::set<std::string>& any_of,
               bool essential) {
    const auto groups = groups_of(m, role);
    return std::find(groups.begin(), groups.end(), std::make_pair(any_of, essential)) != groups.end();
}

std::set<std::string> roles_tagged(const cg::model& m, const std::string& tag) {
    std::set<std::string> out;
    for (const auto& r : m.roles())
        if (std::find(r.tags.begin(), r.tags.end(), tag) != r.tags.end()) out.insert(r.id.value());
    return out;
}

std::set<std::string> role_set_ids(const cg::model& m, cg::role_set_index s) {
    std::set<std::string> out;
    for (const auto r : m.role_set(s)) out.insert(m.at(r).id.value());
    return out;
}

/// Walks `ladder` with the planner's experience rule (semantics.md §4 steps 1-2):
/// tenure from the transition, then a wait in `from` if `from` counts toward a
/// short experience item; returns the first step that cannot be taken, or "".
std::string first_blocked_step(const cg::model& m, const std::vector<std::string>& ladder) {
    std::vector<double> tenure(m.role_count(), 0.0);
    for (std::size_t i = 0; i + 1 < ladder.size(); ++i) {
        const auto u = m.index_of(cg::role_id{ladder[i]});
        const auto v = m.index_of(cg::role_id{ladder[i + 1]});
        const auto t = m.find_transition(u, v);
        if (!t) return ladder[i] + " -> " + ladder[i + 1] + " (no transition)";
        tenure[u.value()] += m.at(*t).years;
        for (const auto& item : m.experience_items(v)) {
            double years = 0.0;
            for (const auto r : m.role_set(item.roles)) years += tenure[r.value()];
            if (years >= item.years) continue;
            if (!m.in_role_set(item.roles, u)) return ladder[i] + " -> " + ladder[i + 1];
            tenure[u.value()] += item.years - years;
        }
    }
    return "";
}

double tagged_years_before_last(const cg::model& m, const std::vector<std::string>& ladder,
                                const std::string& tag) {
    const auto tagged = roles_tagged(m, tag);
    double years = 0.0;
    for (std::size_t i = 0; i + 1 < ladder.size(); ++i) {
        const auto t = m.find_transition(m.index_of(cg::role_id{ladder[i]}),
                                         m.index_of(cg::role_id{ladder[i + 1]}));
        if (t && tagged.contains(ladder[i])) years += m.at(*t).years;
    }
    return years;
}

}  // namespace

TEST_CASE("the built-in model validates, is shared and is found by name", "[model][builtin]") {
    const cg::model& m = cg::physician_leadership();
    CHECK(&m == &cg::physician_leadership());
    CHECK(m.data().id == "physician-leadership");

    // The sizes the issue asks for: a real career map, not a toy.
    CHECK(m.role_count() >= 25);
    CHECK(m.role_count() <= 35);
    CHECK(m.competency_count() >= 35);
    CHECK(m.competency_count() <= 60);
    CHECK(m.credential_count() >= 15);
    CHECK(m.credential_count() <= 20);
    CHECK(m.transition_count() >= 50);
    CHECK(m.transition_count() <= 90);

    const auto names = cg::builtin_model_names();
    REQUIRE(names.size() == 1);
    CHECK(names[0] == "physician-leadership");
    const auto copy = cg::builtin_model("physician-leadership");
    REQUIRE(copy);
    CHECK(copy->data() == m.data());
    CHECK(copy->transition_count() == m.transition_count());
}

TEST_CASE("unknown built-in names give nothing", "[model][builtin]") {
    CHECK_FALSE(cg::builtin_model("physician-leadership-v2"));
    CHECK_FALSE(cg::builtin_model(""));
    // The `builtin:` prefix belongs to file names (io::load_model), not to the name.
    CHECK_FALSE(cg::builtin_model("builtin:physician-leadership"));
    CHECK_THROWS_AS(cg::io::load_model("builtin:no-such-model"), cg::input_error);
}

TEST_CASE("the four CMO settings are distinct roles", "[model][builtin]") {
    const auto& m = cg::physician_leadership();
    const std::map<std::string, std::string> settings = {{"cmo-hospital", "hospital"},
                                                         {"cmo-payer", "payer"},
                                                         {"cmo-pharma", "pharma"},
                                                         {"cmo-public-health", "public-health"}};
    for (const auto& [id, setting] : settings) {
        INFO(id);
        const auto& r = role_named(m, id);
        CHECK(r.setting == setting);
        CHECK(std::find(r.tags.begin(), r.tags.end(), "cmo") != r.tags.end());
    }
    CHECK(roles_tagged(m, "cmo") == std::set<std::string>(cmo_roles.begin(), cmo_roles.end()));
    for (const auto* id : {"medical-student", "resident", "fellow", "attending-physician", "hospitalist",
                           "qi-committee-member", "patient-safety-committee-member",
                           "ur-committee-member", "medical-director", "department-head", "vpma", "cqo",
                           "payer-medical-director"}) {
        INFO(id);
        CHECK(m.find(cg::role_id{id}));
    }
}

TEST_CASE("each CMO setting weighs most what the seed says it focuses on", "[model][builtin]") {
    const auto& m = cg::physician_leadership();
    const std::map<std::string, std::set<std::string>> focus = {
        {"cmo-hospital", {"quality.improvement", "quality.patient-safety", "governance.medical-staff"}},
        {"cmo-payer", {"utilization.management", "utilization.medical-policy", "finance.cost-management"}},
        {"cmo-pharma", {"research.clinical-trials", "research.drug-safety", "regulatory.fda"}},
        {"cmo-public-health",
         {"population.health-management", "population.epidemiology", "population.community-outreach"}}};
    for (const auto& [id, expected] : focus) {
        INFO(id);
        const auto items = m.competency_items(m.index_of(cg::role_id{id}));
        double top = 0.0;
        for (const auto& item : items) top = std::max(top, item.weight);
        std::set<std::string> heaviest;
        for (const auto& item : items)
            if (item.weight == top) {
                heaviest.insert(m.at(item.competency).id.value());
                CHECK(item.essential);
                CHECK(item.level == 5.0);
            }
        CHECK(heaviest == expected);
    }
}

TEST_CASE("MD or DO is one credential group, essential everywhere after medical school",
          "[model][builtin]") {
    const auto& m = cg::physician_leadership();
    for (const auto& r : m.roles()) {
        INFO(r.id.value());
        if (r.id.value() == "medical-student") {
            CHECK(r.credentials.empty());
            continue;
        }
        CHECK(has_group(m, r.id.value(), {"md", "do"}, true));
    }
    // Neither degree appears in any other group: they are alternatives, not extras.
    for (const auto& r : m.roles())
        for (const auto& g : groups_of(m, r.id.value()))
            if (g.first.contains("md") || g.first.contains("do")) CHECK(g.first == std::set<std::string>{"md", "do"});
}

TEST_CASE("the management degree group is MBA, MHA, MMM or CPE", "[model][builtin]") {
    const auto& m = cg::physician_leadership();
    const std::set<std::string> management = {"mba", "mha", "mmm", "cpe"};
    for (const auto* id : {"cmo-hospital", "cmo-payer", "cmo-pharma", "vpma", "cqo"}) {
        INFO(id);
        CHECK(has_group(m, id, management, true));
    }
    // Essential for the C-suite, an asset for a Medical Director.
    CHECK(has_group(m, "medical-director", management, false));
    CHECK_FALSE(has_group(m, "medical-director", management, true));
    // A public health agency also accepts the MPH as the second degree.
    CHECK(has_group(m, "cmo-public-health", {"mba", "mha", "mmm", "cpe", "mph"}, true));
}

TEST_CASE("licensed practice needs the license and board certification", "[model][builtin]") {
    const auto& m = cg::physician_leadership();
    const auto& license = m.at(m.index_of(cg::credential_id{"medical-license"}));
    CHECK(license.kind == cg::credential_kind::license);
    REQUIRE(license.valid_years);
    CHECK(*license.valid_years == 2.0);
    CHECK(license.prerequisites == std::vector<cg::credential_id>{cg::credential_id{"residency-completion"}});
    const auto board = m.index_of(cg::credential_id{"board-certification"});
    REQUIRE(m.prerequisites(board).size() == 1);
    CHECK(m.at(m.prerequisites(board)[0]).id.value() == "residency-completion");
    const auto cpe = m.index_of(cg::credential_id{"cpe"});
    std::set<std::string> cpe_needs;
    for (const auto c : m.prerequisites(cpe)) cpe_needs.insert(m.at(c).id.value());
    CHECK(cpe_needs == std::set<std::string>{"board-certification", "leadership-coursework"});
    // MD and DO have no valid_years: a degree does not expire.
    CHECK(m.valid_days(m.index_of(cg::credential_id{"md"})) == std::numeric_limits<double>::infinity());

    // Every practising (clinical, non-training) role demands both, essentially.
    for (const auto& id : roles_tagged(m, "clinical")) {
        if (roles_tagged(m, "training").contains(id)) continue;
        INFO(id);
        CHECK(has_group(m, id, {"medical-license"}, true));
        CHECK(has_group(m, id, {"board-certification"}, true));
    }
}

TEST_CASE("every CMO needs the clinical decade and years in leadership", "[model][builtin]") {
    const auto& m = cg::physician_leadership();
    const auto clinical = roles_tagged(m, "clinical");
    const auto leadership = roles_tagged(m, "leadership");
    CHECK(clinical.contains("resident"));
    CHECK(clinical.contains("hospitalist"));
    CHECK_FALSE(clinical.contains("medical-student"));
    CHECK(leadership.contains("medical-director"));
    CHECK(leadership.contains("department-head"));
    for (const auto& id : cmo_roles) {
        INFO(id);
        bool decade = false;
        bool led = false;
        for (const auto& item : m.experience_items(m.index_of(cg::role_id{id}))) {
            const auto set = role_set_ids(m, item.roles);
            if (set == clinical && item.years == 10.0 && item.essential) decade = true;
            if (set == leadership && item.years >= 5.0 && item.essential) led = true;
        }
        CHECK(decade);
        CHECK(led);
    }
}

TEST_CASE("every role is reachable from medical school in the role graph", "[model][builtin][graph]") {
    const auto& m = cg::physician_leadership();
    const auto& g = m.graph();
    std::vector<boost::default_color_type> colour(g.role_count(), boost::white_color);
    const auto start = g.vertex(m.index_of(cg::role_id{"medical-student"}));
    boost::breadth_first_search(
        g.boost_graph(), start,
        boost::color_map(boost::make_iterator_property_map(colour.begin(),
                                                           boost::get(boost::vertex_index, g.boost_graph()))));
    for (const auto& id : cmo_roles) {
        INFO(id);
        CHECK(colour[g.vertex(m.index_of(cg::role_id{id}))] != boost::white_color);
    }
    for (std::uint32_t r = 0; r < m.role_count(); ++r) {
        INFO(m.at(cg::role_index{r}).id.value());
        CHECK(colour[g.vertex(cg::role_index{r})] != boost::white_color);
    }
    // Medical school is where everyone starts: nothing leads back into it.
    CHECK(m.in_transitions(m.index_of(cg::role_id{"medical-student"})).empty());
}

TEST_CASE("the typical ladders meet every experience threshold on the way", "[model][builtin]") {
    const auto& m = cg::physician_leadership();
    const std::vector<std::vector<std::string>> ladders = {
        {"medical-student", "resident", "hospitalist", "qi-committee-member", "medical-director", "vpma",
         "cmo-hospital"},
        {"medical-student", "resident", "attending-physician", "patient-safety-committee-member",
         "patient-safety-officer", "cqo", "cmo-hospital"},
        {"medical-student", "resident", "hospitalist", "payer-medical-director", "payer-vp-medical-policy",
         "cmo-payer"},
        {"medical-student", "resident", "fellow", "clinical-investigator", "pharma-medical-director",
         "vp-clinical-development", "cmo-pharma"},
        {"medical-student", "resident", "attending-physician", "pharma-medical-director",
         "vp-clinical-development", "cmo-pharma"},
        {"medical-student", "resident", "attending-physician", "public-health-medical-officer",
         "public-health-medical-director", "cmo-public-health"}};
    for (const auto& ladder : ladders) {
        INFO(ladder.back() + " via " + ladder[2] + ", " + ladder[3]);
        CHECK(first_blocked_step(m, ladder).empty());
        // The typical tenures alone already give the decade: no waiting is needed.
        CHECK(tagged_years_before_last(m, ladder, "clinical") >= 10.0);
    }
    // Leaving practice early blocks the payer CMO: the decade cannot be made up
    // outside clinical roles.
    CHECK(first_blocked_step(m, {"resident", "hospitalist", "ur-committee-member", "payer-medical-director",
                                 "cmo-payer"}) == "payer-medical-director -> cmo-payer");
}

TEST_CASE("names, taxonomy and citations are complete", "[model][builtin]") {
    const auto& m = cg::physician_leadership();
    for (const auto& r : m.roles()) {
        INFO(r.id.value());
        CHECK_FALSE(r.name.empty());
        CHECK_FALSE(r.extensions.empty());
    }
    std::size_t areas = 0;
    for (const auto& c : m.competencies()) {
        INFO(c.id.value());
        CHECK_FALSE(c.name.empty());
        CHECK(c.description);
        CHECK_FALSE(c.scale);  // the default six-level Dreyfus scale
        if (!c.parent) {
            ++areas;
            continue;
        }
        // A leaf sits directly under an area, and its id says which.
        const auto& parent = m.at(m.index_of(*c.parent));
        CHECK_FALSE(parent.parent);
        CHECK(c.id.value().starts_with(parent.id.value() + "."));
    }
    CHECK(areas == 12);
    // Roles require leaves; the areas only group them.
    for (std::uint32_t r = 0; r < m.role_count(); ++r)
        for (const auto& item : m.competency_items(cg::role_index{r})) CHECK(m.at(item.competency).parent);
    for (const auto& c : m.credentials()) {
        INFO(c.id.value());
        CHECK_FALSE(c.name.empty());
    }
}

TEST_CASE("extensions are compact JSON objects citing a seed", "[model][builtin]") {
    const auto& m = cg::physician_leadership();
    std::vector<const cg::extensions*> all;
    for (const auto& c : m.competencies()) all.push_back(&c.extensions);
    for (const auto& c : m.credentials()) all.push_back(&c.extensions);
    for (const auto& r : m.roles()) all.push_back(&r.extensions);
    std::size_t cited = 0;
    for (const auto* e : all) {
        if (e->empty()) continue;
        INFO(e->json);
        const auto parsed = nlohmann::ordered_json::parse(e->json);
        REQUIRE(parsed.is_object());
        CHECK(parsed.dump() == e->json);
        const auto source = parsed.at("source").get<std::string>();
        CHECK((source == "cmo-career-path.txt" || source == "cmo-role.txt" || source == "modelling addition"));
        if (source != "modelling addition") ++cited;
    }
    CHECK(cited >= 80);
}

TEST_CASE("every quoted seed passage is verbatim in its seed text", "[model][builtin]") {
    const auto seeds = std::filesystem::path(CAREERGRAPH_CASES_DIR) / "../../seeds";
    std::map<std::string, std::string> text;
    for (const auto* name : {"cmo-career-path.txt", "cmo-role.txt"}) {
        std::ifstream in(seeds / name);
        REQUIRE(in);
        std::ostringstream all;
        all << in.rdbuf();
        text[name] = all.str();
    }
    const auto& m = cg::physician_leadership();
    std::vector<const cg::extensions*> all;
    for (const auto& c : m.competencies()) all.push_back(&c.extensions);
    for (const auto& c : m.credentials()) all.push_back(&c.extensions);
    for (const auto& r : m.roles()) all.push_back(&r.extensions);
    std::size_t checked = 0;
    for (const auto* e : all) {
        if (e->empty()) continue;
        const auto parsed = nlohmann::json::parse(e->json);
        if (!parsed.contains("quote")) continue;
        const auto source = parsed.at("source").get<std::string>();
        REQUIRE(text.contains(source));
        // " ... " joins two phrases of one passage; each must be there as written.
        auto quote = parsed.at("quote").get<std::string>();
        for (std::size_t cut; (cut = quote.find(" ... ")) != std::string::npos; quote.erase(0, cut + 5)) {
            INFO(quote.substr(0, cut));
            CHECK(text[source].find(quote.substr(0, cut)) != std::string::npos);
        }
        INFO(quote);
        CHECK(text[source].find(quote) != std::string::npos);
        ++checked;
    }
    CHECK(checked >= 80);
}

TEST_CASE("the model exports to JSON and loads back equal", "[model][builtin][io]") {
    const auto& m = cg::physician_leadership();
    const auto text = cg::io::to_json(m);
    const auto back = cg::io::parse_model(text, "builtin.json");
    CHECK(back.data() == m.data());
    const auto by_name = cg::io::load_model("builtin:physician-leadership");
    CHECK(by_name.data() == m.data());
}

TEST_CASE("a mid-career hospitalist profile loads against the model", "[model][builtin][io]") {
    const auto& m = cg::physician_leadership();
    const auto p = cg::io::load_profile(hospitalist_profile, m);
    CHECK(p.current_role.value() == "hospitalist");
    CHECK(p.as_of == cg::date::parse("2026-11-23").value());
    // About twelve years of clinical practice, residency included.
    double clinical_days = 0.0;
    for (const auto& s : p.history) {
        if (s.role.value() == "qi-committee-member") continue;  // concurrent with the hospitalist stint
        clinical_days += static_cast<double>(s.end.value_or(p.as_of) - s.start);
    }
    CHECK(clinical_days / cg::days_per_year > 12.0);
    CHECK(clinical_days / cg::days_per_year < 13.0);
    // The license was renewed: the latest entry is held at as_of (2 years valid).
    const auto license_days = m.valid_days(m.index_of(cg::credential_id{"medical-license"}));
    bool held = false;
    for (const auto& c : p.credentials)
        if (c.id.value() == "medical-license" && c.earned <= p.as_of &&
            static_cast<double>(p.as_of - c.earned) < license_days)
            held = true;
    CHECK(held);
}

TEST_CASE("the hospitalist profile is rejected by a model without its roles", "[model][builtin][io]") {
    CHECK_THROWS_AS(cg::io::load_profile(hospitalist_profile, cg::model{}), cg::input_error);
}
