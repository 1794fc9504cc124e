// SPDX-License-Identifier: Apache-2.0
#include <careergraph/io/json.hpp>
#include <careergraph/model_builder.hpp>
#include <careergraph/synthetic.hpp>

#include <catch2/catch.hpp>
#include <support/cases.hpp>

#include <fstream>
#include <regex>
#include <string>

namespace cg = careergraph;
namespace fs = std::filesystem;

namespace {

struct bad_case {
    std::string file;
    std::string kind;
    std::vector<std::string> paths;
    std::string reason;
};

// The table of cases/bad/README.md: file, kind, accepted JSON paths, reason.
std::vector<bad_case> bad_cases() {
    std::ifstream in(cgtest::cases_dir() / "bad" / "README.md");
    std::vector<bad_case> out;
    const std::regex row(R"(^\| `([^`]+)` \| (\w+) \| (.+) \| (.+) \|$)");
    const std::regex quoted("`([^`]+)`");
    std::string line;
    while (std::getline(in, line)) {
        std::smatch m;
        if (!std::regex_match(line, m, row)) continue;
        bad_case c{m[1], m[2], {}, m[4]};
        const std::string paths = m[3];
        for (auto it = std::sregex_iterator(paths.begin(), paths.end(), quoted); it != std::sregex_iterator(); ++it)
            c.paths.push_back((*it)[1]);
        out.push_back(c);
    }
    return out;
}

cg::model demo_model() { return cg::io::load_model(cgtest::cases_dir() / "000-formats-example" / "model.json"); }

}  // namespace

TEST_CASE("every defect of cases/bad is rejected at its JSON path, naming the file", "[io][bad]") {
    const auto cases = bad_cases();
    REQUIRE(cases.size() == 40);
    const auto model = demo_model();
    for (const auto& c : cases) {
        INFO(c.file << " (" << c.reason << ")");
        const auto file = cgtest::cases_dir() / "bad" / c.file;
        try {
            if (c.kind == "model") {
                (void)cg::io::load_model(file);
            } else {
                (void)cg::io::load_profiles(file, model);
            }
            FAIL("accepted " << c.file);
        } catch (const cg::input_error& e) {
            INFO("message: " << e.what());
            CHECK(e.file() == file.string());
            CHECK(std::string(e.what()).find(c.file) != std::string::npos);
            CHECK(std::find(c.paths.begin(), c.paths.end(), e.path()) != c.paths.end());
            CHECK_FALSE(e.reason().empty());
        }
    }
}

TEST_CASE("bad inputs give precise messages", "[io][bad]") {
    const auto bad = cgtest::cases_dir() / "bad";
    auto message = [&](const std::string& name) {
        try {
            (void)cg::io::load_model(bad / name);
        } catch (const cg::input_error& e) {
            return e.path() + ": " + e.reason();
        }
        return std::string("accepted");
    };
    CHECK(message("03-wrong-version.json") == "version: unsupported version 2 (this library reads version 1)");
    CHECK(message("04-version-float.json") == "version: version must be the integer 1, not 1.0");
    CHECK(message("05-unknown-key-top.json") == "transition: unknown key \"transition\"");
    CHECK(message("09-wrong-type-weight.json") ==
          "roles[1].credentials[1].weight: weight must be a number, not a string");
    CHECK(message("11-negative-weight.json") == "roles[1].competencies[0].weight: weight must be > 0");
    CHECK(message("14-level-above-max.json") == "roles[1].competencies[0].level: level above the scale max (5)");
    CHECK(message("17-huge-number.json") ==
          "competencies[1].effort_per_level: number is not finite (it overflows a double)");
    CHECK(message("25-duplicate-role.json") == "roles[2].id: duplicate role id attending");
    CHECK(message("27-duplicate-transition.json") ==
          "transitions[1]: second transition attending -> medical-director");
    CHECK(message("28-duplicate-json-key.json").starts_with("roles[0].id: duplicate key \"id\""));
    CHECK(message("29-cycle-requires.json").find("cycle md -> license -> md") != std::string::npos);
    CHECK(message("01-not-json.json").starts_with("$: not valid JSON"));
}

TEST_CASE("every worked case loads: model, profile and profiles", "[io][cases]") {
    for (const auto& dir : cgtest::case_dirs()) {
        INFO(dir.string());
        const auto m = cg::io::load_model(dir / "model.json");
        const auto p = cg::io::load_profile(dir / "profile.json", m);
        const auto people = cg::io::load_profiles(dir / "profiles.json", m);
        CHECK(m.role_count() > 0);
        CHECK_FALSE(p.id.value().empty());
        REQUIRE_FALSE(people.empty());
        // A profiles document's members are the same people as the standalone file's.
        if (people.front().id == p.id) CHECK(people.front() == p);
    }
}

TEST_CASE("save then load gives the same model and profiles", "[io][roundtrip]") {
    for (const auto& dir : cgtest::case_dirs()) {
        INFO(dir.string());
        const auto m = cg::io::load_model(dir / "model.json");
        const auto again = cg::io::parse_model(cg::io::to_json(m), "roundtrip");
        CHECK(again.data() == m.data());
        CHECK(cg::io::to_json(again) == cg::io::to_json(m));

        const auto people = cg::io::load_profiles(dir / "profiles.json", m);
        CHECK(cg::io::parse_profiles(cg::io::to_json(people), m, "doc") == people);
        CHECK(cg::io::parse_profiles(cg::io::to_json_lines(people), m, "lines.jsonl") == people);
        CHECK(cg::io::parse_profile(cg::io::to_json(people.front()), m) == people.front());
    }
}

TEST_CASE("extensions are kept verbatim and written back", "[io][extensions]") {
    const std::string text = R"({"format": "careergraph/model", "version": 1,
      "extensions": {"z": 1, "a": [true, null, {"k": "v"}]},
      "competencies": [{"id": "c", "name": "C", "extensions": {"onet": "2.A.1.a"}}],
      "roles": [{"id": "r", "name": "R", "competencies": [{"id": "c", "level": 2, "extensions": {"note": "x"}}]}]})";
    const auto m = cg::io::parse_model(text);
    CHECK(m.data().extensions.json == R"({"z":1,"a":[true,null,{"k":"v"}]})");
    CHECK(m.competencies()[0].extensions.json == R"({"onet":"2.A.1.a"})");
    CHECK(m.roles()[0].competencies[0].extensions.json == R"({"note":"x"})");
    CHECK(cg::io::parse_model(cg::io::to_json(m)).data() == m.data());
}

TEST_CASE("defaults are applied and null means absent", "[io][defaults]") {
    const auto m = cg::io::parse_model(R"({"format": "careergraph/model", "version": 1, "id": null,
      "competencies": [{"id": "c", "name": "C", "parent": null}],
      "credentials": [{"id": "k", "name": "K"}],
      "roles": [{"id": "r", "name": "R", "competencies": [{"id": "c", "level": 1.5}],
                 "credentials": [{"any_of": ["k"]}], "experience": [{"tags": ["none"], "years": 2}]}],
      "transitions": [{"from": "r", "to": "r"}]})");
    CHECK_FALSE(m.data().id);
    const auto& c = m.competencies()[0];
    CHECK(c.effort_per_level == 1.0);
    CHECK_FALSE(c.parent);
    CHECK(m.max_level(cg::competency_index{0}) == 5.0);
    const auto& k = m.credentials()[0];
    CHECK(k.kind == cg::credential_kind::other);
    CHECK(k.effort == 0.0);
    CHECK_FALSE(k.valid_years);
    const auto& r = m.roles()[0];
    CHECK(r.competencies[0].weight == 1.0);
    CHECK_FALSE(r.competencies[0].essential);
    CHECK(r.credentials[0].essential);
    CHECK(r.experience[0].essential);
    CHECK(m.role_set(m.experience_items(cg::role_index{0})[0].roles).empty());
    CHECK(m.transitions()[0].years == 0.0);
}

TEST_CASE("profiles: documents, JSON Lines and their errors", "[io][profiles]") {
    const auto m = demo_model();
    const std::string line1 = R"({"id": "a", "as_of": "2026-01-01", "current_role": "attending"})";
    const std::string line2 = R"({"id": "b", "as_of": "2026-01-01", "current_role": "nobody"})";
    SECTION("JSON Lines, blank lines skipped") {
        const auto people = cg::io::parse_profiles(line1 + "\n\n" + line1 + "\n", m, "pop");
        CHECK(people.size() == 2);
    }
    SECTION("a defect on a line names the line") {
        try {
            (void)cg::io::parse_profiles(line1 + "\n" + line2 + "\n", m, "pop.jsonl");
            FAIL("accepted");
        } catch (const cg::input_error& e) {
            CHECK(e.file() == "pop.jsonl:2");
            CHECK(e.path() == "current_role");
            CHECK(e.reason() == "unknown role nobody");
        }
    }
    SECTION("a large JSON Lines population is read on all cores, in order, first error wins") {
        std::string text;
        for (int i = 0; i < 2000; ++i)
            text += R"({"id": "p)" + std::to_string(i) + R"(", "as_of": "2026-01-01", "current_role": "attending"})" "\n";
        const auto people = cg::io::parse_profiles(text, m, "big.jsonl");
        REQUIRE(people.size() == 2000);
        CHECK(people[1234].id.value() == "p1234");
        text += line2 + "\n" + line2 + "\n";
        try {
            (void)cg::io::parse_profiles(text, m, "big.jsonl");
            FAIL("accepted");
        } catch (const cg::input_error& e) {
            CHECK(e.file() == "big.jsonl:2001");
        }
    }
    SECTION("wrong format of a profile") {
        CHECK_THROWS_AS(cg::io::parse_profile(R"({"format": "careergraph/model", "version": 1, "id": "a",
            "as_of": "2026-01-01", "current_role": "attending"})", m), cg::input_error);
    }
    SECTION("a date that does not exist") {
        try {
            (void)cg::io::parse_profile(R"({"id": "a", "as_of": "2023-02-29", "current_role": "attending"})", m);
            FAIL("accepted");
        } catch (const cg::input_error& e) {
            CHECK(e.path() == "as_of");
        }
    }
    SECTION("missing required key") {
        try {
            (void)cg::io::parse_profile(R"({"id": "a", "current_role": "attending"})", m);
            FAIL("accepted");
        } catch (const cg::input_error& e) {
            CHECK(e.path() == "as_of");
            CHECK(e.reason() == "missing required key \"as_of\"");
        }
    }
}

TEST_CASE("files that cannot be read are errors naming the file", "[io][files]") {
    CHECK_THROWS_WITH(cg::io::load_model("/nonexistent/model.json"),
                      Catch::Contains("/nonexistent/model.json") && Catch::Contains("cannot open"));
    CHECK_THROWS_WITH(cg::io::load_model(cgtest::cases_dir()), Catch::Contains("is a directory"));
    CHECK_THROWS_WITH(cg::io::load_model("builtin:nope"), Catch::Contains("no built-in model named \"nope\""));
    CHECK_THROWS_AS(cg::io::parse_model(""), cg::input_error);
    CHECK_THROWS_AS(cg::io::parse_model("[]"), cg::input_error);
    const auto dir = fs::temp_directory_path();
    CHECK_THROWS_AS(cg::io::save_model(cg::model{}, dir / "no-such-dir" / "m.json"), cg::error);
}

TEST_CASE("the JSON Lines fast path reads exactly what the DOM reader reads", "[io][profiles][fast]") {
    const cg::model m{cg::synthetic::make_model({.roles = 60, .competencies = 40, .credentials = 12,
                                                 .transitions = 200, .seed = 11})};
    const auto people = cg::synthetic::make_population(m, {.people = 700, .seed = 5});
    // A profiles document goes through the DOM reader, JSON Lines through the fast path.
    CHECK(cg::io::parse_profiles(cg::io::to_json_lines(people), m, "pop.jsonl") ==
          cg::io::parse_profiles(cg::io::to_json(people), m, "pop.json"));

    const auto demo = demo_model();
    auto one = [&](const std::string& line) { return cg::io::parse_profiles(line + "\n" + line + "\n", demo, "x.jsonl"); };
    auto error_of = [&](const std::string& line) {
        try {
            (void)one(line);
        } catch (const cg::input_error& e) {
            return e.path() + ": " + e.reason();
        }
        return std::string("accepted");
    };
    const std::string head = R"({"id": "a", "as_of": "2026-01-01", "current_role": "attending")";
    // Shapes the fast path declines are still read, by the DOM reader.
    CHECK(one(head + R"(, "name": null})").front().name == std::nullopt);
    CHECK(one(head + R"(, "extensions": {"hr": 7}})").front().extensions.json == R"({"hr":7})");
    CHECK(one(head + R"(, "credentials": [{"id": "md", "earned": "2020-01-01", "expires": null}]})")
              .front().credentials.front().expires == std::nullopt);
    CHECK(one(head + R"(, "format": "careergraph/profile", "version": 1})").size() == 2);
    // And its errors are the DOM reader's, word for word.
    CHECK(error_of(head + R"(, "version": 1.0})") == "version: version must be the integer 1, not 1.0");
    CHECK(error_of(head + R"(, "competencies": {"finance": 1, "finance": 2}})") ==
          "competencies.finance: duplicate key \"finance\" in one object");
    CHECK(error_of(head + R"(, "competencies": {"finance": "high"}})") ==
          "competencies.finance: level must be a number, not a string");
    CHECK(error_of(head + R"(, "history": [{"role": "attending", "start": "2020-02-30"}]})") ==
          "history[0].start: start \"2020-02-30\" is not a calendar date (YYYY-MM-DD)");
    CHECK(error_of(head + R"(, "credentials": [{"id": "md"}]})") ==
          "credentials[0].earned: missing required key \"earned\"");
    CHECK(error_of(head + R"(, "salary": 1})") == "salary: unknown key \"salary\"");
    CHECK(error_of(R"({"id": "a", "as_of": "2026-01-01"})") == "current_role: missing required key \"current_role\"");
    CHECK(error_of(head + R"(, "competencies": {"finance.pnl": 6}})") ==
          "competencies[\"finance.pnl\"]: level above the scale max (5)");
}
