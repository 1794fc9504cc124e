// SPDX-License-Identifier: Apache-2.0
// The command beyond the JSON answers: help and version, validate, convert,
// import, dot, the readable tables, colour and the progress bar.
#include <careergraph/builtin.hpp>
#include <careergraph/io/json.hpp>
#include <careergraph/io/readiness_json.hpp>
#include <careergraph/synthetic.hpp>

#include "process.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <support/cases.hpp>
#include <vector>

namespace {

namespace fs = std::filesystem;

fs::path formats_dir() { return cgtest::cases_dir() / "000-formats-example"; }
std::string formats_model() { return (formats_dir() / "model.json").string(); }
std::string formats_profile() { return (formats_dir() / "profile.json").string(); }
/// A mid-career hospitalist on the built-in model (the examples' profile, in the repository).
std::string hospitalist() {
    return (fs::path(__FILE__).parent_path().parent_path().parent_path() / "examples" / "data" /
            "hospitalist.json")
        .string();
}

cgtest::run_options terminal_out(std::vector<std::string> unset, std::vector<std::string> env) {
    cgtest::run_options o;
    o.stdout_tty = true;
    o.unset = std::move(unset);
    o.env = std::move(env);
    return o;
}

cgtest::run_options piped(std::vector<std::string> unset) {
    cgtest::run_options o;
    o.unset = std::move(unset);
    return o;
}

cgtest::run_options terminal_err() {
    cgtest::run_options o;
    o.stderr_tty = true;
    return o;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// Renders DOT with Graphviz; true when `dot` accepts it and writes an SVG.
bool graphviz_accepts(const std::string& dot_text, const fs::path& dir) {
    std::ofstream(dir / "graph.dot") << dot_text;
    const auto r = cgtest::run(
        {"dot", "-Tsvg", (dir / "graph.dot").string(), "-o", (dir / "graph.svg").string()});
    INFO("dot stderr: " << r.err);
    return r.status == 0 && r.err.empty() && contains(cgtest::slurp(dir / "graph.svg"), "<svg");
}

}  // namespace

TEST_CASE("the version flag prints the project version", "[cli]") {
    const auto r = cgtest::careergraph({"--version"});
    CHECK(r.status == 0);
    CHECK(r.out == "careergraph 0.1.0\n");
    CHECK(r.err.empty());
}

TEST_CASE("help works on the command and on every subcommand", "[cli]") {
    const auto top = cgtest::careergraph({"--help"});
    CHECK(top.status == 0);
    CHECK(top.err.empty());
    for (const char* sub : {"validate", "readiness", "plan", "rank", "recommend", "gaps", "dot",
                            "convert", "import"}) {
        INFO(sub);
        CHECK(contains(top.out, sub));
        const auto r = cgtest::careergraph({sub, "--help"});
        CHECK(r.status == 0);
        CHECK(r.err.empty());
        CHECK(contains(r.out, "Usage:"));
        CHECK(contains(r.out, sub));
    }
    CHECK(contains(cgtest::careergraph({"plan", "--help"}).out, "--max-years"));
}

TEST_CASE("validate checks the built-in model by default and a JSON model with --model", "[cli]") {
    const auto builtin = cgtest::careergraph({"validate"});
    CHECK(builtin.status == 0);
    CHECK(contains(builtin.out, "physician-leadership"));
    CHECK(contains(builtin.out, "cmo-hospital"));

    const auto json = cgtest::careergraph({"validate", "--model", formats_model(), "--json"});
    REQUIRE(json.status == 0);
    const auto answer = cgtest::json::parse(json.out);
    CHECK(answer.at("valid") == true);
    CHECK(answer.at("model") == "demo");
    CHECK(answer.at("roles") == 2);
    CHECK(answer.at("transitions") == 1);

    // The model may also be given as the positional argument, but not twice.
    CHECK(cgtest::careergraph({"validate", formats_model()}).status == 0);
    CHECK(cgtest::careergraph({"validate", formats_model(), "--model", formats_model()}).status ==
          2);
}

TEST_CASE("convert exports the built-in model to JSON that loads back equal", "[cli][convert]") {
    const auto dir = cgtest::scratch_dir("convert");
    const auto out = (dir / "model.json").string();
    const auto r = cgtest::careergraph({"convert", "builtin:physician-leadership", out});
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    CHECK(contains(r.out, out));

    CHECK(cgtest::careergraph({"validate", "--model", out}).status == 0);
    const auto loaded = careergraph::io::load_model(out);
    CHECK(loaded.data() == careergraph::physician_leadership().data());

    // JSON -> JSON is a fixed point, and "-" writes to stdout.
    const auto again = (dir / "again.json").string();
    REQUIRE(cgtest::careergraph({"convert", out, again}).status == 0);
    CHECK(cgtest::slurp(again) == cgtest::slurp(out));
    const auto to_stdout = cgtest::careergraph({"convert", out, "-"});
    CHECK(to_stdout.status == 0);
    CHECK(to_stdout.out == cgtest::slurp(out));

    // The exported model answers as the built-in one does.
    const auto a =
        cgtest::careergraph({"readiness", hospitalist(), "--role", "cmo-hospital", "--json"});
    const auto b = cgtest::careergraph(
        {"readiness", "--model", out, hospitalist(), "--role", "cmo-hospital", "--json"});
    REQUIRE(a.status == 0);
    CHECK(a.out == b.out);
}

TEST_CASE("import exists but is not available yet", "[cli]") {
    const auto help = cgtest::careergraph({"import", "--help"});
    CHECK(help.status == 0);
    CHECK(contains(help.out, "onet"));
    const auto r = cgtest::careergraph({"import", "esco", "somewhere", "-o", "model.json"});
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(contains(r.err, "not available yet"));
}

TEST_CASE("dot writes Graphviz that dot -Tsvg renders, grouped by setting", "[cli][dot]") {
    const auto dir = cgtest::scratch_dir("dot");
    const auto r = cgtest::careergraph({"dot"});
    REQUIRE(r.status == 0);
    CHECK(r.out.rfind("digraph G {", 0) == 0);
    CHECK(contains(r.out, "subgraph cluster_hospital {"));
    CHECK(contains(r.out, "subgraph cluster_public_health {"));
    CHECK(contains(r.out, "\"cmo-hospital\" [label="));
    CHECK(contains(r.out, "\"attending-physician\"->"));
    CHECK_FALSE(contains(r.out, "penwidth=3"));  // no plan, no highlight
    CHECK(graphviz_accepts(r.out, dir));
}

TEST_CASE("dot with a plan highlights the effort-optimal plan with its step costs", "[cli][dot]") {
    const auto dir = cgtest::scratch_dir("dot-plan");
    const auto r = cgtest::careergraph({"dot", "--model", formats_model(), "--plan",
                                        formats_profile(), "--to", "medical-director"});
    REQUIRE(r.status == 0);
    // The one step of the formats example: effort 22, 4 years (cli.md).
    CHECK(contains(r.out, "attending->\"medical-director\" [label=\"1. effort 22, 4 y\""));
    CHECK(contains(r.out, "penwidth=3"));
    CHECK(contains(r.out, "peripheries=2"));
    CHECK(graphviz_accepts(r.out, dir));

    const auto cmo = cgtest::careergraph({"dot", "--plan", hospitalist(), "--to", "cmo-hospital"});
    REQUIRE(cmo.status == 0);
    CHECK(contains(cmo.out, "effort-optimal plan: effort"));
    CHECK(graphviz_accepts(cmo.out, dir));
}

TEST_CASE("tables: aligned columns, percentages, points, no colour on a pipe", "[cli][tables]") {
    const auto r =
        cgtest::careergraph({"readiness", "--model", formats_model(), formats_profile()});
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    CHECK(contains(r.out, "Medical Director (medical-director)  66.7%  not eligible"));
    CHECK(contains(r.out, "20.0 pts"));
    CHECK(contains(r.out, "13.3 pts"));
    CHECK_FALSE(contains(r.out, "\x1b["));
    // Columns line up: every row of the medical-director table puts "shortfall" values at one
    // column.
    std::istringstream lines(r.out);
    std::vector<std::size_t> ends;
    for (std::string line; std::getline(lines, line);)
        if (contains(line, " pts")) ends.push_back(line.size());
    REQUIRE(ends.size() == 6);
    CHECK(std::count(ends.begin(), ends.end(), ends.front()) >= 2);
    CHECK(ends[2] == ends[5]);

    const auto plan = cgtest::careergraph(
        {"plan", "--model", formats_model(), formats_profile(), "--to", "medical-director"});
    REQUIRE(plan.status == 0);
    CHECK(contains(plan.out, "1.  attending -> medical-director"));
    CHECK(contains(plan.out, "raise finance.pnl 2 -> 3 (competent)"));
    CHECK(contains(plan.out, "earn mba"));
    CHECK(contains(plan.out, "total, 1 step"));

    const auto pareto = cgtest::careergraph({"plan", "--model", formats_model(), formats_profile(),
                                             "--to", "medical-director", "--objective", "pareto"});
    REQUIRE(pareto.status == 0);
    CHECK(contains(pareto.out, "option"));

    const auto there = cgtest::careergraph(
        {"plan", "--model", formats_model(), formats_profile(), "--to", "attending"});
    CHECK(there.status == 0);
    CHECK(contains(there.out, "nothing to do"));
}

TEST_CASE("an infeasible plan says so, names the closest role and exits 1", "[cli][tables]") {
    const auto dir = cgtest::cases_dir() / "005-infeasible-closest";
    const auto model = (dir / "model.json").string();
    const auto profile = (dir / "profile.json").string();
    const auto table = cgtest::careergraph({"plan", "--model", model, profile, "--to", "r3"});
    CHECK(table.status == 1);
    CHECK(contains(table.out, "No feasible plan"));
    const auto json =
        cgtest::careergraph({"plan", "--model", model, profile, "--to", "r3", "--json"});
    CHECK(json.status == 1);
    CHECK(cgtest::json::parse(json.out).at("feasible") == false);
}

TEST_CASE("colour only on a terminal, and never with NO_COLOR", "[cli][terminal]") {
    const std::vector<std::string> args{"readiness", "--model", formats_model(), formats_profile()};
    const auto tty = cgtest::careergraph(args, terminal_out({"NO_COLOR"}, {}));
    CHECK(tty.status == 0);
    CHECK(contains(tty.out, "\x1b[32m"));
    const auto no_color = cgtest::careergraph(args, terminal_out({}, {"NO_COLOR=1"}));
    CHECK(no_color.status == 0);
    CHECK(contains(no_color.out, "66.7%"));
    CHECK_FALSE(contains(no_color.out, "\x1b["));
    const auto pipe = cgtest::careergraph(args, piped({"NO_COLOR"}));
    CHECK_FALSE(contains(pipe.out, "\x1b["));
}

TEST_CASE("rank and gaps stream a large population: progress on a terminal, same answers",
          "[cli][terminal][population]") {
    const auto dir = cgtest::scratch_dir("population");
    const auto& m = careergraph::physician_leadership();
    // More than two chunks of 8192, and not a whole number of blocks.
    const auto people = careergraph::synthetic::make_population(m, {.people = 20000, .seed = 5});
    const auto file = (dir / "people.jsonl").string();
    careergraph::io::save_profiles(people, file);
    const auto role = m.index_of(careergraph::role_id{"cmo-hospital"});

    const auto rank =
        cgtest::careergraph({"rank", file, "--role", "cmo-hospital", "--top", "25", "--json"});
    REQUIRE(rank.status == 0);
    CHECK(rank.err.empty());  // stderr is a pipe: no progress bar
    CHECK(rank.out == careergraph::io::rank_answer(m, people, role, 25).dump() + "\n");

    // Bit for bit the whole-population answer, although streamed in chunks.
    const auto gaps =
        cgtest::careergraph({"gaps", file, "--role", "cmo-hospital", "--json"}, terminal_err());
    REQUIRE(gaps.status == 0);
    CHECK(gaps.out == careergraph::io::gaps_answer(m, people, role).dump() + "\n");
    CHECK(contains(gaps.err, "gaps ["));
    CHECK(contains(gaps.err, "ETA"));
    CHECK(contains(gaps.err, "/20000"));

    // A profiles document gives the same answers as JSON Lines.
    const auto doc = (dir / "people.json").string();
    careergraph::io::save_profiles(people, doc);
    const auto rank_doc =
        cgtest::careergraph({"rank", doc, "--role", "cmo-hospital", "--top", "25", "--json"});
    CHECK(rank_doc.out == rank.out);

    // A defect deep in the file is reported at its own line, as the library reports it.
    auto broken = cgtest::slurp(file);
    std::size_t at = 0;
    for (int line = 1; line < 15000; ++line) at = broken.find('\n', at) + 1;
    broken.insert(at, "{\"id\": 1}\n");
    std::ofstream(dir / "broken.jsonl") << broken;
    const auto bad =
        cgtest::careergraph({"gaps", (dir / "broken.jsonl").string(), "--role", "cmo-hospital"});
    CHECK(bad.status == 2);
    CHECK(bad.out.empty());
    try {
        (void)careergraph::io::load_profiles(dir / "broken.jsonl", m);
        FAIL("the library accepted a broken line");
    } catch (const careergraph::input_error& e) {
        CHECK(bad.err == std::string("careergraph: ") + e.what() + "\n");
    }
}

TEST_CASE("rank, recommend and gaps tables", "[cli][tables]") {
    const auto people = (formats_dir() / "profiles.json").string();
    const auto rank = cgtest::careergraph(
        {"rank", "--model", formats_model(), people, "--role", "medical-director"});
    CHECK(rank.status == 0);
    CHECK(contains(rank.out, "p-001"));
    CHECK(contains(rank.out, "66.7%"));
    const auto gaps = cgtest::careergraph(
        {"gaps", "--model", formats_model(), people, "--role", "medical-director"});
    CHECK(gaps.status == 0);
    CHECK(contains(gaps.out, "mba"));
    CHECK(contains(gaps.out, "20.0 pts"));
    const auto rec = cgtest::careergraph({"recommend", hospitalist(), "--top", "3", "--reachable"});
    CHECK(rec.status == 0);
    CHECK(contains(rec.out, "  3  "));
    CHECK_FALSE(contains(rec.out, "  4  "));
}
