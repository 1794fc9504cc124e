// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/detail/compare.hpp>
#include <careergraph/detail/planner_search.hpp>
#include <careergraph/detail/planner_state.hpp>
#include <careergraph/error.hpp>
#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/readiness.hpp>
#include <careergraph/strong_id.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

/// Exact shortest-gap career planning (semantics.md §4): the walk from a
/// person's current role to a target that costs the least for *this* person,
/// because every step is priced against what the walk has already given them.
/// The algorithm and its proof are in docs/planner.md.
namespace careergraph {

/// @brief What a plan optimises.
enum class plan_objective : std::uint8_t {
    effort,  ///< least effort, then least years, then fewest steps (the default)
    years,   ///< least years, then least effort, then fewest steps
    pareto   ///< every non-dominated (effort, years) pair, one walk each, by effort
};

/// @brief The spelling used by the command and the JSON answers.
[[nodiscard]] constexpr std::string_view to_string(plan_objective o) noexcept {
    switch (o) {
        case plan_objective::effort:
            return "effort";
        case plan_objective::years:
            return "years";
        case plan_objective::pareto:
            return "pareto";
    }
    return "effort";
}

/// @brief The objective spelled `text` ("effort", "years", "pareto"), or nullopt.
[[nodiscard]] constexpr std::optional<plan_objective> plan_objective_from_string(
    std::string_view text) noexcept {
    for (auto o : {plan_objective::effort, plan_objective::years, plan_objective::pareto})
        if (to_string(o) == text) return o;
    return std::nullopt;
}

/// @brief What `plan` does when a search reaches `plan_options::max_labels`.
enum class search_limit_action : std::uint8_t {
    fail,       ///< throw `search_limit_error`: every answer is exact (the default)
    best_found  ///< answer with the best walk found so far, marked not proven optimal
};

/// @brief The question beside the targets: objective and constraints.
struct plan_options {
    plan_objective objective = plan_objective::effort;
    /// Total years of the walk must not exceed this (compared at 12 decimals).
    std::optional<double> max_years{};
    /// At most this many steps.
    std::optional<std::size_t> max_steps{};
    /// Roles the walk may not enter (the start role included, when re-entered).
    std::vector<role_index> exclude{};
    /// When non-empty, the walk may enter only roles with one of these settings
    /// (the start role is always allowed).
    std::vector<std::string> settings{};
    /// 0: the best walk. k >= 1: the k best *simple* paths (no role twice), best
    /// first; not with `pareto`.
    std::size_t alternatives = 0;
    /// A budget on the search: when it would keep more than this many labels
    /// (walk prefixes, counting those queued to be created), `plan` throws
    /// `search_limit_error` instead of answering.
    /// 0: no limit. The answer is exact or absent, never approximate, unless
    /// `on_limit` asks for the best walk found.
    std::size_t max_labels = 0;
    /// At the limit: fail (the default), or answer with the best walk found so far
    /// (objectives `effort` and `years`, no alternatives), its `plan_result::proven_optimal`
    /// false when a better walk may exist. With no walk found yet, `plan` still throws.
    search_limit_action on_limit = search_limit_action::fail;
};

/// @brief Thrown by `plan` when a search exceeds `plan_options::max_labels`.
class search_limit_error : public error {
public:
    using error::error;
};

/// @brief The largest `plan_options::alternatives` accepted.
inline constexpr std::size_t max_alternatives = 1000;

/// @brief A competency raised on entering a role.
struct competency_raise {
    competency_index competency{};
    double from = 0.0;
    double to = 0.0;
    double effort = 0.0;

    friend bool operator==(const competency_raise&, const competency_raise&) = default;
};

/// @brief A credential acquired on entering a role (a chosen candidate or one of
/// its prerequisites), in acquisition order.
struct credential_acquisition {
    credential_index credential{};
    double effort = 0.0;
    double years = 0.0;

    friend bool operator==(const credential_acquisition&, const credential_acquisition&) = default;
};

/// @brief One step `from -> to` of a plan and what it costs (semantics.md §4).
struct plan_step {
    transition_index transition{};
    role_index from{};
    role_index to{};
    /// The transition's years, spent in `from`.
    double tenure_years = 0.0;
    /// Extra years spent in `from` to meet the experience `to` requires.
    double wait_years = 0.0;
    std::vector<competency_raise> competencies{};
    std::vector<credential_acquisition> credentials{};
    /// Transition effort + competency effort + credential effort.
    double effort = 0.0;
    /// Tenure + wait + credential years.
    double years = 0.0;

    friend bool operator==(const plan_step&, const plan_step&) = default;
};

/// @brief A walk and its per-step breakdown; `roles.front()` is the start role.
struct career_plan {
    std::vector<role_index> roles{};
    double effort = 0.0;
    double years = 0.0;
    std::vector<plan_step> steps{};

    [[nodiscard]] std::size_t step_count() const noexcept { return steps.size(); }
    friend bool operator==(const career_plan&, const career_plan&) = default;
};

/// @brief How much work a plan took.
struct plan_statistics {
    /// Labels taken off the queue and expanded (walk prefixes whose steps were tried).
    std::size_t states_expanded = 0;
    /// Labels created (walk prefixes kept after pruning), the root included, with
    /// the children queued but not created yet at the time there were most:
    /// what `plan_options::max_labels` bounds, so that a budget of this many
    /// answers the same question again.
    std::size_t labels_created = 0;
};

/// @brief The answer to a plan question.
struct plan_result {
    bool feasible = false;
    plan_objective objective = plan_objective::effort;
    /// One plan (effort, years), the front (pareto), or up to k (alternatives).
    std::vector<career_plan> plans{};
    /// When infeasible: the reached role with the fewest transitions left to a
    /// target (ties: least effort to reach it, then smallest id); none if no
    /// reached role has a path to a target.
    std::optional<role_index> closest{};
    plan_statistics statistics{};
    /// False only for an answer cut short by `max_labels` under
    /// `search_limit_action::best_found`: its walk is feasible and priced exactly,
    /// but a better one may exist.
    bool proven_optimal = true;
    /// No walk is better than this in the objective's first criterion (effort, or
    /// years): the answer's own value when proven, else the search's bound when it
    /// stopped, so that `plans.front()`'s value minus this is the gap left unproven.
    /// 0 for the Pareto front and infeasible answers.
    double lower_bound = 0.0;
};

/// @brief A planner bound to one model: the model's profile-independent tables
/// are derived once, then any number of plans run against them, from any number
/// of threads (`plan` is const; its search state belongs to the call). Each
/// thread keeps the search's buffers for its next plan, up to 16 MiB, so that
/// back-to-back plans do not fault fresh memory in; larger ones are released.
/// The model must outlive the planner.
/// @code
/// careergraph::planner p{model};
/// const auto cmo = model.index_of(careergraph::role_id{"cmo-hospital"});
/// auto result = p.plan(person, std::span(&cmo, 1), {.objective =
/// careergraph::plan_objective::years});
/// @endcode
class planner {
public:
    /// @brief Derives the tables. Complexity: O(model size + credentials log credentials).
    explicit planner(const model& m) : tables_(m) {}

    [[nodiscard]] const model& source() const noexcept { return tables_.source(); }

    /// @brief Plans from `person`'s current role to the first of `targets` a walk reaches.
    /// @throws usage_error for empty targets, an index out of range, a negative or
    /// non-finite `max_years`, `alternatives` with `pareto` or above `max_alternatives`.
    /// @throws input_error when the profile does not fit the model.
    /// @throws search_limit_error when the search needs more than `options.max_labels` labels
    /// (under `search_limit_action::best_found`: and has found no walk yet).
    /// Complexity: exponential in the worst case (the problem generalises the
    /// resource-constrained shortest path); the state space is finite, so it always
    /// terminates, and the bound and dominance keep ordinary questions fast.
    [[nodiscard]] plan_result plan(const profile& person, std::span<const role_index> targets,
                                   const plan_options& options = {}) const;

    /// @brief The per-step numbers of `walk` for `person` under §4, or nullopt when
    /// a step is infeasible (an experience requirement that cannot be waited for).
    /// Constraints and targets play no part here.
    /// @throws usage_error for an empty walk, a walk that does not start at the
    /// person's current role, an index out of range or two consecutive roles
    /// without a transition.
    /// Complexity: O(sum of the items of the roles entered).
    [[nodiscard]] std::optional<career_plan> simulate(const profile& person,
                                                      std::span<const role_index> walk) const;

private:
    [[nodiscard]] std::optional<career_plan> replay(const detail::walk_origin& origin,
                                                    std::span<const role_index> walk) const;

    detail::plan_tables tables_;
};

/// @brief `planner{m}.plan(person, targets, options)`: for one question; build a
/// `planner` once to ask many.
/// @code
/// auto r = careergraph::plan(model, person, std::span(&target, 1));
/// if (r.feasible) std::printf("%g effort\n", r.plans.front().effort);
/// @endcode
[[nodiscard]] inline plan_result plan(const model& m, const profile& person,
                                      std::span<const role_index> targets,
                                      const plan_options& options = {}) {
    return planner{m}.plan(person, targets, options);
}

/// @brief `planner{m}.simulate(person, walk)`.
[[nodiscard]] inline std::optional<career_plan> simulate(const model& m, const profile& person,
                                                         std::span<const role_index> walk) {
    return planner{m}.simulate(person, walk);
}

// ---- implementation ------------------------------------------------------------------------

namespace detail {

/// Fills a `plan_step` from `apply_step`'s reports.
struct step_recorder {
    plan_step* step;
    void raise(std::uint32_t c, double from, double to, double effort) {
        step->competencies.push_back({competency_index{c}, from, to, effort});
    }
    void acquire(std::uint32_t k, double effort, double years) {
        step->credentials.push_back({credential_index{k}, effort, years});
    }
};

inline void check_role_index(const model& m, role_index r, std::string_view what) {
    if (r.value() >= m.role_count())
        throw usage_error(std::string(what) + " role index " + std::to_string(r.value()) +
                          " out of range (the model has " + std::to_string(m.role_count()) +
                          " roles)");
}

/// Roles without a path to a target count as unreachable (+inf).
[[nodiscard]] inline std::vector<double> hops_to_targets(
    const model& m, const std::vector<std::uint8_t>& is_target) {
    std::vector<double> hops(m.role_count(), unreachable);
    std::deque<std::uint32_t> queue;
    for (std::uint32_t r = 0; r < is_target.size(); ++r)
        if (is_target[r]) {
            hops[r] = 0.0;
            queue.push_back(r);
        }
    while (!queue.empty()) {
        const auto w = queue.front();
        queue.pop_front();
        for (const auto& in : m.in_transitions(role_index{w})) {
            const auto u = in.from.value();
            if (hops[u] != unreachable) continue;
            hops[u] = hops[w] + 1.0;
            queue.push_back(u);
        }
    }
    return hops;
}

}  // namespace detail

inline std::optional<career_plan> planner::replay(const detail::walk_origin& origin,
                                                  std::span<const role_index> walk) const {
    const model& m = tables_.source();
    career_plan out;
    out.roles.assign(walk.begin(), walk.end());
    detail::walk_scratch scratch(origin);
    for (std::size_t i = 1; i < walk.size(); ++i) {
        const auto from = walk[i - 1];
        const auto to = walk[i];
        const auto t = m.find_transition(from, to);
        if (!t)
            throw usage_error("no transition from " + m.at(from).id.value() + " to " +
                              m.at(to).id.value() + " (step " + std::to_string(i) +
                              " of the walk)");
        plan_step step;
        step.transition = *t;
        step.from = from;
        step.to = to;
        const out_transition edge{to, *t, tables_.transition_years(t->value()),
                                  tables_.transition_effort(t->value())};
        detail::step_recorder recorder{&step};
        detail::step_cost cost;
        if (!detail::apply_step(tables_, origin, scratch, from.value(), edge, recorder, cost))
            return std::nullopt;
        step.tenure_years = cost.tenure;
        step.wait_years = cost.wait;
        step.effort = cost.effort;
        step.years = cost.years;
        out.effort += cost.effort;
        out.years += cost.years;
        out.steps.push_back(std::move(step));
    }
    return out;
}

inline std::optional<career_plan> planner::simulate(const profile& person,
                                                    std::span<const role_index> walk) const {
    const model& m = tables_.source();
    if (walk.empty()) throw usage_error("simulate: the walk is empty");
    for (auto r : walk) detail::check_role_index(m, r, "simulate: walk");
    const person_state state(m, person);
    if (walk.front() != state.current_role())
        throw usage_error("simulate: the walk starts at " + m.at(walk.front()).id.value() +
                          ", not at the current role " + person.current_role.value());
    const detail::walk_origin origin(tables_, state);
    return replay(origin, walk);
}

inline plan_result planner::plan(const profile& person, std::span<const role_index> targets,
                                 const plan_options& options) const {
    const model& m = tables_.source();
    if (targets.empty()) throw usage_error("plan: no target role");
    for (auto t : targets) detail::check_role_index(m, t, "plan: target");
    for (auto r : options.exclude) detail::check_role_index(m, r, "plan: excluded");
    if (options.max_years && (!std::isfinite(*options.max_years) || *options.max_years < 0.0))
        throw usage_error("plan: max_years must be a finite number >= 0");
    if (options.alternatives > 0 && options.objective == plan_objective::pareto)
        throw usage_error("plan: alternatives cannot be combined with the pareto objective");
    if (options.on_limit == search_limit_action::best_found &&
        (options.objective == plan_objective::pareto || options.alternatives > 0))
        throw usage_error(
            "plan: the best walk found answers objectives effort and years without alternatives");
    if (options.alternatives > max_alternatives)
        throw usage_error("plan: alternatives must be at most " + std::to_string(max_alternatives));

    const person_state state(m, person);
    const detail::walk_origin origin(tables_, state);
    const std::uint32_t start = origin.role;

    plan_result result;
    result.objective = options.objective;

    std::vector<std::uint8_t> is_target(m.role_count(), 0);
    for (auto t : targets) is_target[t.value()] = 1;
    if (is_target[start]) {
        // k = 0: the walk of no steps, always allowed whatever the constraints.
        result.feasible = true;
        career_plan stay;
        stay.roles.push_back(role_index{start});
        result.plans.push_back(std::move(stay));
        result.statistics.labels_created = 1;
        return result;
    }

    std::vector<std::uint8_t> enterable(m.role_count(), 1);
    if (!options.settings.empty()) {
        std::vector<std::int32_t> allowed;
        for (const auto& s : options.settings) allowed.push_back(tables_.setting_id(s));
        for (std::uint32_t r = 0; r < enterable.size(); ++r) {
            const auto s = tables_.setting(r);
            enterable[r] =
                (s >= 0 && std::find(allowed.begin(), allowed.end(), s) != allowed.end()) ? 1 : 0;
        }
        enterable[start] = 1;
    }
    for (auto r : options.exclude) enterable[r.value()] = 0;

    std::vector<std::uint32_t> reachable_targets;
    for (auto t : targets)
        if (enterable[t.value()] && std::find(reachable_targets.begin(), reachable_targets.end(),
                                              t.value()) == reachable_targets.end())
            reachable_targets.push_back(t.value());

    detail::search_request request;
    switch (options.objective) {
        case plan_objective::effort:
            request.order = detail::search_order::effort;
            break;
        case plan_objective::years:
            request.order = detail::search_order::years;
            break;
        case plan_objective::pareto:
            request.order = detail::search_order::pareto;
            break;
    }
    request.simple_paths = options.alternatives;
    request.max_years = options.max_years;
    request.max_steps = options.max_steps;

    request.max_labels = options.max_labels;
    detail::label_search search(tables_, origin, enterable, is_target, reachable_targets, request);
    search.run();
    result.statistics.states_expanded = search.expanded();
    result.statistics.labels_created = search.created();
    std::vector<detail::found_walk> found = search.walks();
    if (search.limit_reached()) {
        auto best = options.on_limit == search_limit_action::best_found ? search.best_complete()
                                                                       : std::nullopt;
        if (!best)
            throw search_limit_error("plan: the search needs more than max_labels = " +
                                     std::to_string(options.max_labels) + " labels");
        found.assign(1, std::move(*best));
        result.proven_optimal = search.best_complete_proven();
    }

    for (const auto& walk_found : found) {
        std::vector<role_index> walk;
        walk.reserve(walk_found.roles.size());
        for (auto r : walk_found.roles) walk.push_back(role_index{r});
        auto replayed = replay(origin, walk);
        if (!replayed) throw error("planner: internal error, a found walk does not re-simulate");
        result.plans.push_back(std::move(*replayed));
    }
    result.feasible = !result.plans.empty();
    if (result.feasible) {
        if (options.objective != plan_objective::pareto) {
            const auto& best = result.plans.front();
            const double value =
                options.objective == plan_objective::years ? best.years : best.effort;
            result.lower_bound =
                result.proven_optimal ? value : std::min(value, search.open_bound());
        }
        return result;
    }

    // Infeasible: the closest role among those feasible walks within the constraints reach.
    detail::search_request reach = request;
    reach.order = detail::search_order::reach;
    reach.simple_paths = 0;
    detail::label_search explore(tables_, origin, enterable, is_target, reachable_targets, reach);
    explore.run();
    if (explore.limit_reached())
        throw search_limit_error("plan: finding the closest role needs more than max_labels = " +
                                 std::to_string(options.max_labels) + " labels");
    result.statistics.states_expanded += explore.expanded();
    result.statistics.labels_created += explore.created();
    const auto hops = detail::hops_to_targets(m, is_target);
    const auto& reached = explore.reached_effort();
    std::optional<std::uint32_t> best;
    for (std::uint32_t r = 0; r < reached.size(); ++r) {
        if (reached[r] == detail::unreachable || hops[r] == detail::unreachable) continue;
        if (!best) {
            best = r;
            continue;
        }
        const auto b = *best;
        if (hops[r] != hops[b]) {
            if (hops[r] < hops[b]) best = r;
            continue;
        }
        const auto by_effort = detail::compare12(reached[r], reached[b]);
        if (by_effort < 0 ||
            (by_effort == 0 && m.at(role_index{r}).id.value() < m.at(role_index{b}).id.value()))
            best = r;
    }
    if (best) result.closest = role_index{*best};
    return result;
}

}  // namespace careergraph
