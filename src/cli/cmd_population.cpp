// SPDX-License-Identifier: Apache-2.0
// rank and gaps: questions about a population, streamed in chunks through the
// batch engine so that large files show progress and stay within memory.
#include <careergraph/io/readiness_json.hpp>
#include <careergraph/population.hpp>
#include <careergraph/ranking.hpp>

#include "app.hpp"
#include "describe.hpp"
#include "stream.hpp"
#include "table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace careergraph::cli {

// gaps relies on chunks starting at block boundaries (see make_gaps).
static_assert(stream_chunk % population::block == 0);

command make_rank(CLI::App& app) {
    struct options {
        std::string model;
        std::string profiles;
        std::string role;
        std::size_t top = all_results;
        bool json = false;
    };
    auto opt = std::make_shared<options>();
    auto* sub = app.add_subcommand("rank", "Rank people for a role (succession)");
    add_model_option(*sub, opt->model);
    sub->add_option("PROFILES", opt->profiles,
                    "The people: a profile, a profiles document or JSON Lines")
        ->type_name("FILE")
        ->required();
    sub->add_option("--role", opt->role, "The role to rank for")->required()->type_name("ID");
    sub->add_option("--top", opt->top, "At most K people (default: all)")
        ->check(whole_number())
        ->type_name("K");
    add_json_flag(*sub, opt->json);

    return {sub, [opt](context& ctx) {
                const model m = load_model_arg(opt->model);
                const role_index role = resolve_role(m, opt->role, "--role");
                // The best `top` of the whole population are among the best `top` of
                // its chunks: keep those (in file order, so ties by position hold),
                // then rank the finalists with the library's single path.
                std::vector<profile> finalists;
                const std::size_t people = for_each_chunk(
                    opt->profiles, m, ctx.progress, "rank", [&](std::span<const profile> chunk) {
                        if (opt->top >= chunk.size()) {
                            finalists.insert(finalists.end(), chunk.begin(), chunk.end());
                            return;
                        }
                        const population batch{m, chunk};
                        auto best = batch.top_candidates(std::span(&role, 1), opt->top).front();
                        std::sort(best.begin(), best.end(),
                                  [](const candidate& a, const candidate& b) {
                                      return a.person < b.person;
                                  });
                        for (const auto& c : best) finalists.push_back(chunk[c.person]);
                    });
                const auto ranked = rank_candidates(m, finalists, role, opt->top);
                if (opt->json) {
                    ctx.out += json_text(io::rank_json(m, role, ranked, finalists));
                    return int{exit_ok};
                }
                ctx.out +=
                    heading(fmt::format("Candidates for {}: {} of {} people", role_label(m, role),
                                        thousands(ranked.size()), thousands(people)),
                            ctx.colour);
                ctx.out += "Eligible first, then by score.\n\n";
                if (ranked.empty()) {
                    ctx.out += "  (nobody)\n";
                    return int{exit_ok};
                }
                table t{{{"#", align::right},
                         {"profile"},
                         {"name"},
                         {"current role"},
                         {"score", align::right},
                         {"eligible"}}};
                std::size_t rank = 0;
                for (const auto& c : ranked) {
                    const auto& p = finalists[c.person];
                    t.add_row({std::to_string(++rank), cell{p.id.value(), tone::accent},
                               p.name.value_or(""), p.current_role.value(), percent(c.score),
                               c.eligible ? cell{"yes", tone::good} : cell{"no", tone::bad}});
                }
                ctx.out += t.render(ctx.colour);
                return int{exit_ok};
            }};
}

command make_gaps(CLI::App& app) {
    struct options {
        std::string model;
        std::string profiles;
        std::string role;
        bool json = false;
    };
    auto opt = std::make_shared<options>();
    auto* sub = app.add_subcommand("gaps", "A population's biggest gaps for a role");
    add_model_option(*sub, opt->model);
    sub->add_option("PROFILES", opt->profiles,
                    "The people: a profile, a profiles document or JSON Lines")
        ->type_name("FILE")
        ->required();
    sub->add_option("--role", opt->role, "The role")->required()->type_name("ID");
    add_json_flag(*sub, opt->json);

    return {
        sub, [opt](context& ctx) {
            const model m = load_model_arg(opt->model);
            const role_index role = resolve_role(m, opt->role, "--role");
            // The whole-population answer sums each item per block of
            // population::block people, then the block sums in order. Scoring each
            // block on its own and adding its sums in order reproduces it bit for bit.
            gap_report total{role, 0, detail::gap_items(m, role)};
            const auto slot = [&](const item_gap& g) {
                std::size_t at = g.position;
                if (g.kind != item_kind::competency) at += m.competency_items(role).size();
                if (g.kind == item_kind::experience) at += m.credential_items(role).size();
                return at;
            };
            total.people = for_each_chunk(
                opt->profiles, m, ctx.progress, "gaps", [&](std::span<const profile> chunk) {
                    for (std::size_t first = 0; first < chunk.size(); first += population::block) {
                        const auto block =
                            chunk.subspan(first, std::min(population::block, chunk.size() - first));
                        const population batch{m, block, batch_options{std::nullopt, 1}};
                        for (const auto& g : batch.gaps(role).items)
                            total.items[slot(g)].shortfall_sum += g.shortfall_sum;
                    }
                });
            detail::finish_gaps(total);
            if (opt->json) {
                ctx.out += json_text(io::to_json(m, total));
                return int{exit_ok};
            }
            ctx.out += heading(fmt::format("Gaps of {} people for {}", thousands(total.people),
                                           role_label(m, role)),
                               ctx.colour);
            ctx.out +=
                "Mean shortfall: the score points the average person gains by meeting the "
                "item.\n\n";
            if (total.items.empty()) {
                ctx.out += "  (the role has no requirements)\n";
                return int{exit_ok};
            }
            table t{{{"#", align::right},
                     {"kind"},
                     {"requirement"},
                     {"mean shortfall", align::right},
                     {"total", align::right}}};
            std::size_t rank = 0;
            for (const auto& g : total.items)
                t.add_row(
                    {std::to_string(++rank), kind_name(g.kind),
                     requirement_text(m, role, g.kind, g.position),
                     cell{points(g.shortfall_mean), g.shortfall_mean > 0 ? tone::bad : tone::dim},
                     points(g.shortfall_sum)});
            ctx.out += t.render(ctx.colour);
            return int{exit_ok};
        }};
}

}  // namespace careergraph::cli
