// SPDX-License-Identifier: Apache-2.0
// Exit status 2: every defective file of shared/spec/cases/bad and every kind of
// bad argument is refused with a message on stderr and nothing on stdout.
#include "process.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <support/cases.hpp>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct bad_file {
    std::string file;
    std::string kind;
    /// The JSON paths that are right (either one).
    std::vector<std::string> paths;
};

/// The table of bad/README.md: `| \`file\` | kind | \`path\` or \`path\` | reason |`.
std::vector<bad_file> bad_files() {
    std::vector<bad_file> out;
    std::istringstream readme(cgtest::slurp(cgtest::cases_dir() / "bad" / "README.md"));
    const std::regex row(R"(^\| `([^`]+)` \| (\w+) \| (.+) \| .* \|$)");
    const std::regex code("`([^`]+)`");
    for (std::string line; std::getline(readme, line);) {
        std::smatch m;
        if (!std::regex_match(line, m, row)) continue;
        bad_file f{m[1], m[2], {}};
        const std::string paths = m[3];
        for (std::sregex_iterator it(paths.begin(), paths.end(), code), end; it != end; ++it)
            f.paths.push_back((*it)[1]);
        out.push_back(std::move(f));
    }
    return out;
}

void check_refused(const cgtest::run_result& r) {
    INFO("stdout: " << r.out);
    INFO("stderr: " << r.err);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("careergraph: ", 0) == 0);
}

}  // namespace

TEST_CASE("every file of cases/bad gives exit 2 with file, JSON path and reason", "[cli][errors]") {
    const auto files = bad_files();
    REQUIRE(files.size() == 40);
    const auto bad = cgtest::cases_dir() / "bad";
    const auto formats_model =
        (cgtest::cases_dir() / "000-formats-example" / "model.json").string();
    for (const auto& f : files) {
        const auto path = (bad / f.file).string();
        INFO(f.file);
        // Profiles are loaded against the formats example's model, as bad/README.md says.
        const auto r = f.kind == "model"
                           ? cgtest::careergraph({"validate", "--model", path})
                           : cgtest::careergraph({"readiness", "--model", formats_model, path});
        check_refused(r);
        INFO("stderr: " << r.err);
        CHECK(cgtest::line_count(r.err) == 1);
        CHECK(r.err.find(path) != std::string::npos);
        bool named = false;
        for (const auto& p : f.paths)
            named = named || r.err.find(": " + p + ": ") != std::string::npos;
        CHECK(named);
        // A reason follows the path.
        CHECK(r.err.size() > path.size() + 20);
    }
}

TEST_CASE("a bad model is refused by every subcommand that loads one", "[cli][errors]") {
    const auto bad = (cgtest::cases_dir() / "bad" / "18-dangling-transition.json").string();
    const auto profile = (cgtest::cases_dir() / "000-formats-example" / "profile.json").string();
    const auto profiles = (cgtest::cases_dir() / "000-formats-example" / "profiles.json").string();
    const std::vector<std::vector<std::string>> commands{
        {"readiness", "--model", bad, profile},
        {"plan", "--model", bad, profile, "--to", "medical-director"},
        {"rank", "--model", bad, profiles, "--role", "medical-director"},
        {"recommend", "--model", bad, profile},
        {"gaps", "--model", bad, profiles, "--role", "medical-director"},
        {"dot", "--model", bad},
        {"convert", bad, (cgtest::scratch_dir("bad-convert") / "out.json").string()},
    };
    for (const auto& args : commands) {
        INFO(args.front());
        const auto r = cgtest::careergraph(args);
        check_refused(r);
        CHECK(r.err.find("transitions[0].to") != std::string::npos);
    }
    CHECK_FALSE(fs::exists(cgtest::scratch_dir("bad-convert") / "out.json"));
}

TEST_CASE("bad arguments give exit 2, a message and no output", "[cli][errors]") {
    const auto dir = cgtest::cases_dir() / "000-formats-example";
    const auto model = (dir / "model.json").string();
    const auto profile = (dir / "profile.json").string();
    const auto profiles = (dir / "profiles.json").string();
    const auto out = cgtest::scratch_dir("bad-arguments");

    struct bad_call {
        std::vector<std::string> args;
        /// Text the message must contain.
        std::string says;
    };
    const std::vector<bad_call> calls{
        {{"frob"}, "frob"},
        {{}, "subcommand"},
        {{"readiness", "--frob", profile}, "--frob"},
        {{"readiness", "--model", model}, "PROFILE"},
        {{"rank", "--model", model, profiles}, "--role"},
        {{"plan", "--model", model, profile}, "--to"},
        {{"plan", "--model", model, profile, "--to", "medical-director", "--objective", "pareto",
          "--alternatives", "2"},
         "pareto"},
        {{"plan", "--model", model, profile, "--to", "medical-director", "--objective", "fastest"},
         "fastest"},
        {{"plan", "--model", model, profile, "--to", "medical-director", "--alternatives", "0"},
         "--alternatives"},
        {{"readiness", "--model", model, profile, "--role", "chief-of-nothing"},
         "--role: unknown role \"chief-of-nothing\""},
        {{"plan", "--model", model, profile, "--to", "attending,nowhere"},
         "--to: unknown role \"nowhere\""},
        {{"plan", "--model", model, profile, "--to", "medical-director", "--exclude", "ghost"},
         "--exclude: unknown role \"ghost\""},
        {{"rank", "--model", model, profiles, "--role", "ghost"}, "--role: unknown role \"ghost\""},
        {{"gaps", "--model", model, profiles, "--role", "ghost"}, "--role: unknown role \"ghost\""},
        {{"dot", "--model", model, "--plan", profile, "--to", "ghost"},
         "--to: unknown role \"ghost\""},
        {{"dot", "--model", model, "--plan", profile}, "--to"},
        {{"rank", "--model", model, profiles, "--role", "attending", "--top", "abc"}, "abc"},
        {{"rank", "--model", model, profiles, "--role", "attending", "--top", "-1"}, "-1"},
        {{"recommend", "--model", model, profile, "--top", "0x10"}, "0x10"},
        {{"recommend", "--model", model, profile, "--top", "2.5"}, "2.5"},
        {{"plan", "--model", model, profile, "--to", "medical-director", "--max-years", "-1"},
         "-1"},
        {{"plan", "--model", model, profile, "--to", "medical-director", "--max-years", "nan"},
         "nan"},
        {{"plan", "--model", model, profile, "--to", "medical-director", "--max-years", "1e999"},
         "1e999"},
        {{"plan", "--model", model, profile, "--to", "medical-director", "--max-steps", "-2"},
         "-2"},
        {{"readiness", "--model", model, profiles, "--frob"}, "--frob"},
        {{"readiness", "--model", (dir / "no-such-model.json").string(), profile},
         "no-such-model.json"},
        {{"readiness", "--model", model, (dir / "no-such-profile.json").string()},
         "no-such-profile.json"},
        {{"readiness", "--model", "builtin:no-such-model", profile}, "no-such-model"},
        {{"validate", "--model", (out / "model.bin").string()}, "not supported yet"},
        {{"convert", "builtin:physician-leadership", (out / "model.bin").string()},
         "not supported yet"},
        {{"convert", "builtin:physician-leadership", (out / "model.xml").string()},
         "not supported yet"},
        {{"convert", "builtin:physician-leadership", (out / "model.txt").string()}, ".txt"},
        {{"convert", "builtin:physician-leadership"}, "OUT"},
        {{"import", "onet", "db", "-o", (out / "model.json").string()}, "not available yet"},
        {{"import", "linkedin", "db", "-o", (out / "model.json").string()}, "linkedin"},
    };
    for (const auto& call : calls) {
        const auto r = cgtest::careergraph(call.args);
        std::string line;
        for (const auto& a : call.args) line += " " + a;
        INFO("careergraph" << line);
        check_refused(r);
        CHECK(r.err.find(call.says) != std::string::npos);
    }
    CHECK(fs::is_empty(out));
}

TEST_CASE("a parse error shows the usage of the subcommand being typed", "[cli][errors]") {
    const auto unknown = cgtest::careergraph({"frob"});
    CHECK(unknown.status == 2);
    CHECK(unknown.err.find("Usage:") != std::string::npos);
    CHECK(unknown.err.find("readiness") != std::string::npos);  // the list of subcommands

    const auto option = cgtest::careergraph({"plan", "--frob"});
    CHECK(option.status == 2);
    CHECK(option.out.empty());
    CHECK(option.err.find("--objective") != std::string::npos);  // plan's own options
}

TEST_CASE("a file with several profiles is refused where one person is asked about",
          "[cli][errors]") {
    const auto dir = cgtest::scratch_dir("two-people");
    const auto one = cgtest::slurp(cgtest::cases_dir() / "000-formats-example" / "profiles.json");
    auto doc = cgtest::json::parse(one);
    auto second = doc["profiles"][0];
    second["id"] = "p-002";
    doc["profiles"].push_back(second);
    std::ofstream(dir / "two.json") << doc.dump();
    const auto model = (cgtest::cases_dir() / "000-formats-example" / "model.json").string();
    const auto r =
        cgtest::careergraph({"readiness", "--model", model, (dir / "two.json").string()});
    check_refused(r);
    CHECK(r.err.find("found 2") != std::string::npos);
}
