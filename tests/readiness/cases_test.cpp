// SPDX-License-Identifier: Apache-2.0
// Every readiness, rank, recommend and gaps question of shared/spec/cases, answered
// by the single path and by the batch engine (1 and 2 threads), compared at 1e-9.
#include <careergraph/io/json.hpp>
#include <careergraph/io/readiness_json.hpp>
#include <careergraph/population.hpp>
#include <careergraph/ranking.hpp>
#include <careergraph/readiness.hpp>

#include <support/cases.hpp>

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

namespace {

using cgtest::json;

struct cli_args {
    std::vector<std::string> roles;
    std::optional<std::size_t> top;
    bool reachable = false;
};

cli_args parse_args(const json& args) {
    cli_args out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto a = args[i].get<std::string>();
        if (a == "--role") {
            out.roles.push_back(args.at(++i).get<std::string>());
        } else if (a == "--top") {
            out.top = std::stoul(args.at(++i).get<std::string>());
        } else if (a == "--reachable") {
            out.reachable = true;
        } else {
            FAIL("unexpected argument " << a);
        }
    }
    return out;
}

std::string diff_text(const json& actual, const json& expected) {
    return cgtest::json_diff(actual, expected).value_or("");
}

struct tally {
    int readiness = 0;
    int rank = 0;
    int recommend = 0;
    int gaps = 0;
};

void run_case(const std::filesystem::path& dir, tally& count) {
    using namespace careergraph;
    const auto expected = cgtest::read_json(dir / "expected.json");
    const model m = io::load_model(dir / "model.json");
    const profile me = io::load_profile(dir / "profile.json", m);
    const auto people = io::load_profiles(dir / "profiles.json", m);
    const population batch1{m, people, {.threads = 1}};
    const population batch2{m, people, {.threads = 2}};
    const population single{m, std::span<const profile>(&me, 1), {.threads = 2}};

    for (const auto* key : {"readiness", "readiness_role"}) {
        for (const auto& q : cgtest::questions(expected, key)) {
            INFO(dir.filename().string() << " " << key << " " << q["args"].dump());
            REQUIRE(q["exit"] == 0);
            const auto args = parse_args(q["args"]);
            std::vector<role_index> roles;
            for (const auto& id : args.roles) roles.push_back(m.index_of(role_id{id}));
            CHECK(diff_text(io::readiness_answer(m, me, roles), q["answer"]) == "");
            ++count.readiness;
        }
    }
    for (const auto& q : cgtest::questions(expected, "rank")) {
        INFO(dir.filename().string() << " rank " << q["args"].dump());
        const auto args = parse_args(q["args"]);
        REQUIRE(args.roles.size() == 1);
        const auto role = m.index_of(role_id{args.roles[0]});
        const auto top = args.top.value_or(all_results);
        CHECK(diff_text(io::rank_answer(m, people, role, top), q["answer"]) == "");
        for (const auto* batch : {&batch1, &batch2}) {
            const std::vector<role_index> roles{role};
            const auto best = batch->top_candidates(roles, top);
            CHECK(diff_text(io::rank_json(m, role, best[0], *batch), q["answer"]) == "");
        }
        ++count.rank;
    }
    for (const auto& q : cgtest::questions(expected, "recommend")) {
        INFO(dir.filename().string() << " recommend " << q["args"].dump());
        const auto args = parse_args(q["args"]);
        const recommend_options options{args.top.value_or(all_results), args.reachable};
        CHECK(diff_text(io::recommend_answer(m, me, options), q["answer"]) == "");
        const auto batch = single.top_roles(options);
        CHECK(diff_text(io::recommend_json(m, me.id, batch[0]), q["answer"]) == "");
        ++count.recommend;
    }
    for (const auto& q : cgtest::questions(expected, "gaps")) {
        INFO(dir.filename().string() << " gaps " << q["args"].dump());
        const auto args = parse_args(q["args"]);
        REQUIRE(args.roles.size() == 1);
        const auto role = m.index_of(role_id{args.roles[0]});
        CHECK(diff_text(io::gaps_answer(m, people, role), q["answer"]) == "");
        CHECK(diff_text(io::to_json(m, batch1.gaps(role)), q["answer"]) == "");
        CHECK(diff_text(io::to_json(m, batch2.gaps(role)), q["answer"]) == "");
        ++count.gaps;
    }
}

}  // namespace

TEST_CASE("every readiness, rank, recommend and gaps answer of the spec cases matches",
          "[readiness][cases]") {
    const auto dirs = cgtest::case_dirs();
    REQUIRE(dirs.size() >= 41);
    tally count;
    for (const auto& dir : dirs) run_case(dir, count);
    // The cases hold 41 readiness (+1 with --role), 81 rank, 41 recommend and 81 gaps
    // questions: all of them must have been asked.
    CHECK(count.readiness >= 42);
    CHECK(count.rank >= 81);
    CHECK(count.recommend >= 41);
    CHECK(count.gaps >= 81);
}

TEST_CASE("recommend --reachable keeps the roles reachable in the role graph", "[readiness][cases]") {
    using namespace careergraph;
    // The formats example: attending -> medical-director, nothing back.
    const auto dir = cgtest::cases_dir() / "000-formats-example";
    const model m = io::load_model(dir / "model.json");
    const profile me = io::load_profile(dir / "profile.json", m);
    const auto answer = io::recommend_answer(m, me, {.top = all_results, .reachable = true});
    REQUIRE(answer["roles"].size() == 2);  // the current role is included
    profile director = me;
    director.current_role = role_id{"medical-director"};
    const auto from_director = io::recommend_answer(m, director, {.top = all_results, .reachable = true});
    REQUIRE(from_director["roles"].size() == 1);
    CHECK(from_director["roles"][0]["role"] == "medical-director");
    const population one{m, std::span<const profile>(&director, 1)};
    const auto batch = one.top_roles({.top = all_results, .reachable = true});
    CHECK(diff_text(io::recommend_json(m, director.id, batch[0]), from_director) == "");
}
