// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/detail/compare.hpp>
#include <careergraph/detail/planner_state.hpp>
#include <careergraph/model.hpp>

#include <boost/graph/detail/d_ary_heap.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <new>
#include <optional>
#include <span>
#include <utility>
#include <vector>

/// The exact label-setting search behind `careergraph::planner` (docs/planner.md).
namespace careergraph::detail {

inline constexpr std::uint32_t no_label = std::numeric_limits<std::uint32_t>::max();
inline constexpr double unreachable = std::numeric_limits<double>::infinity();

/// Boost.Graph's Dijkstra queue (the one `dijkstra_shortest_paths` uses: 4-ary,
/// with decrease-key) over roles, keyed by a distance array it points into.
using role_queue = boost::d_ary_heap_indirect<std::uint32_t, 4, std::size_t*, double*, std::less<>>;

/// @brief Distances from every role to the nearest target, computed backwards
/// from the targets on demand (a resumable Dijkstra): a query settles only the
/// roles nearer to the targets than the one asked about, so a plan that stays
/// near its targets never pays for the whole graph.
///
/// Only enterable roles are passed through (a step into a role the walk may not
/// enter cannot be part of a path); the start role may still be asked about.
class reverse_distances {
public:
    enum class weight : std::uint8_t { effort, years, hops };

    reverse_distances(const plan_tables& tables, weight w,
                      const std::vector<std::uint8_t>& enterable,
                      std::span<const std::uint32_t> sources)
        : tables_(&tables),
          enterable_(&enterable),
          weight_(w),
          dist_(tables.source().role_count(), unreachable),
          settled_(tables.source().role_count(), 0),
          index_in_heap_(tables.source().role_count(), static_cast<std::size_t>(-1)),
          queue_(dist_.data(), index_in_heap_.data()) {
        for (auto t : sources) {
            if (dist_[t] == 0.0) continue;
            dist_[t] = 0.0;
            queue_.push(t);
        }
    }
    reverse_distances(const reverse_distances&) = delete;
    reverse_distances& operator=(const reverse_distances&) = delete;

    /// @brief The distance from `v` to the nearest target (+inf when none).
    /// Amortised O((V + E) log V) over all queries of one plan.
    [[nodiscard]] double at(std::uint32_t v) {
        if (settled_[v]) return dist_[v];
        return settle(v);
    }

private:
    /// Resumes the Dijkstra until `v` is settled (kept apart from `at`, so that
    /// the settled case, nearly every query, is inlined where it is asked).
    [[gnu::noinline]] double settle(std::uint32_t v) {
        const model& m = tables_->source();
        while (!queue_.empty()) {
            const auto w = queue_.top();
            queue_.pop();
            const double d = dist_[w];
            settled_[w] = 1;
            if ((*enterable_)[w]) {
                for (const auto& in : m.in_transitions(role_index{w})) {
                    const auto u = in.from.value();
                    if (settled_[u]) continue;
                    const double nd = d + step_weight(in.transition.value());
                    if (nd < dist_[u]) {
                        dist_[u] = nd;
                        queue_.push_or_update(u);
                    }
                }
            }
            if (w == v) return d;
        }
        settled_[v] = 1;
        return dist_[v];
    }

    [[nodiscard]] double step_weight(std::uint32_t t) const noexcept {
        switch (weight_) {
            case weight::effort:
                return tables_->transition_effort(t);
            case weight::years:
                return tables_->transition_years(t);
            case weight::hops:
                break;
        }
        return 1.0;
    }

    const plan_tables* tables_;
    const std::vector<std::uint8_t>* enterable_;
    weight weight_;
    std::vector<double> dist_;
    /// Whether a role's distance is final. Derivable (out of the queue with a
    /// finite distance, or the queue empty), but `at` asks it for every
    /// lookahead step, and a byte per role is the cheaper question.
    std::vector<std::uint8_t> settled_;
    /// Boost.Graph's Dijkstra queue over `dist_` (4-ary, with decrease-key).
    std::vector<std::size_t> index_in_heap_;
    role_queue queue_;
};

/// @brief The search's priority queue: a binary min-heap of the entries whose
/// first key lies below a moving bound, and the others appended, unsorted, to
/// buckets of one width by their first key; when the heap runs dry, the
/// lowest bucket moves into it.
///
/// Entries leave in the order of one heap of them all (the whole key decides,
/// ties included: equal first keys share a bucket). A best-first search takes
/// most of its entries off never (two in three of the children queued on the
/// 1,000-role benchmark), and these cost an append instead of a place in a
/// heap of every entry; the heap that remains is small and stays in cache.
/// Keys beyond `max_buckets` widths from the origin share the last bucket.
template <class Entry>
class bucket_queue {
public:
    static constexpr std::size_t max_buckets = 4096;

    /// Empties the queue (keeping its memory): buckets of `width` (> 0) from `origin` up.
    void reset(double origin, double width) {
        near_.clear();
        for (auto& bucket : buckets_) bucket.clear();
        origin_ = origin;
        width_ = width;
        cursor_ = 0;
        size_ = 0;
    }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }

    void push(const Entry& e) {
        const auto b = bucket_of(e.first);
        ++size_;
        if (b < cursor_) {
            near_.push_back(e);
            std::push_heap(near_.begin(), near_.end(), std::greater<>{});
            return;
        }
        if (b >= buckets_.size()) buckets_.resize(b + 1);
        buckets_[b].push_back(e);
    }
    /// The least entry. Not empty.
    const Entry& top() {
        refill();
        return near_.front();
    }
    /// Takes off the least entry. Not empty.
    Entry pop() {
        refill();
        std::pop_heap(near_.begin(), near_.end(), std::greater<>{});
        const Entry e = near_.back();
        near_.pop_back();
        --size_;
        return e;
    }
    /// The least entry without moving any (nullptr when empty).
    [[nodiscard]] const Entry* least() const {
        if (!near_.empty()) return &near_.front();
        for (std::size_t b = cursor_; b < buckets_.size(); ++b)
            if (!buckets_[b].empty())
                return &*std::min_element(buckets_[b].begin(), buckets_[b].end());
        return nullptr;
    }
    /// Memory held (for the pools' accounting).
    [[nodiscard]] std::size_t capacity_bytes() const noexcept {
        std::size_t n = near_.capacity();
        for (const auto& b : buckets_) n += b.capacity();
        return n * sizeof(Entry) + buckets_.capacity() * sizeof(std::vector<Entry>);
    }

private:
    [[nodiscard]] std::size_t bucket_of(double first) const noexcept {
        const double at = (first - origin_) / width_;  // monotone in `first`
        if (!(at >= 0.0)) return 0;                    // below the origin (NaN too)
        if (at >= static_cast<double>(max_buckets)) return max_buckets;
        return static_cast<std::size_t>(at);
    }
    void refill() {
        if (!near_.empty()) return;
        while (cursor_ < buckets_.size() && buckets_[cursor_].empty()) ++cursor_;
        // cursor_ < buckets_.size() here: size_ > 0 and the heap is empty.
        near_.swap(buckets_[cursor_]);
        std::make_heap(near_.begin(), near_.end(), std::greater<>{});
        ++cursor_;
    }

    std::vector<Entry> near_;
    std::vector<std::vector<Entry>> buckets_;
    double origin_ = 0.0;
    double width_ = 1.0;
    std::size_t cursor_ = 0;  // buckets below it have moved into the heap
    std::size_t size_ = 0;
};

/// @brief How the search orders and prunes labels.
enum class search_order : std::uint8_t {
    effort,  ///< lexicographic (effort, years, steps)
    years,   ///< lexicographic (years, effort, steps)
    pareto,  ///< every non-dominated (effort, years), fewest steps each
    reach    ///< no target: the least effort to reach every role (for `closest`)
};

/// @brief The question one search answers.
struct search_request {
    search_order order = search_order::effort;
    /// k best simple paths instead of the best walk (effort or years order only).
    std::size_t simple_paths = 0;
    std::optional<double> max_years;
    std::optional<std::size_t> max_steps;
    /// 0: unlimited; else `run` stops past this many labels, counting the
    /// deferred children still queued.
    std::size_t max_labels = 0;
};

/// @brief One walk found by the search: roles and the transitions between them.
struct found_walk {
    std::vector<std::uint32_t> roles;
    std::vector<std::uint32_t> transitions;
};

/// @brief Open addressing over storage kept from one search to the next.
///
/// An entry (with a `stamp` member) is live when it carries the table's stamp:
/// a new search, or a doubling, takes a new stamp instead of clearing or
/// reallocating. The table is a power-of-two prefix of its storage, and a
/// doubling places the live entries again in the prefix twice as long, so
/// every size of one search, and of the next, reuses the same memory. (Tables
/// allocated afresh per doubling wrote twice their final size per search, all
/// of it cold.)
template <class Entry>
class stamped_table {
public:
    /// Empties the table to `size` slots (a power of two) for a new search.
    void start(std::size_t size) {
        size_ = size;
        count_ = 0;
        if (storage_.size() < size) storage_.resize(size);  // stamp 0: never live
        next_stamp();
    }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] std::size_t count() const noexcept { return count_; }
    [[nodiscard]] bool live(std::size_t i) const noexcept { return storage_[i].stamp == stamp_; }
    [[nodiscard]] Entry& operator[](std::size_t i) noexcept { return storage_[i]; }
    [[nodiscard]] const Entry& operator[](std::size_t i) const noexcept { return storage_[i]; }
    /// The slot of the live entry `matches` accepts, looking (linearly) from
    /// `first` on (any number: the table masks it), or else the free slot
    /// where such an entry goes.
    template <class Matches>
    [[nodiscard]] std::size_t probe(std::size_t first, Matches matches) const {
        const std::size_t mask = size_ - 1;
        auto at = first & mask;
        while (live(at) && !matches(storage_[at])) at = (at + 1) & mask;
        return at;
    }
    /// The free slot where an entry whose first slot is `first` goes.
    [[nodiscard]] std::size_t free_slot(std::size_t first) const {
        return probe(first, [](const Entry&) { return false; });
    }
    /// Makes the free slot `i` live, holding `e`.
    void fill(std::size_t i, const Entry& e) {
        storage_[i] = e;
        storage_[i].stamp = stamp_;
        ++count_;
    }
    /// Doubles the table; `first_slot(e)` is where entry `e` is looked for first
    /// (any number: the table masks it).
    template <class FirstSlot>
    void grow(FirstSlot first_slot) {
        moved_.clear();
        for (std::size_t i = 0; i < size_; ++i)
            if (live(i)) moved_.push_back(storage_[i]);
        start(size_ * 2);
        for (const auto& e : moved_) fill(free_slot(first_slot(e)), e);
    }
    /// Entries of storage.
    [[nodiscard]] std::size_t capacity() const noexcept { return storage_.size(); }
    [[nodiscard]] std::size_t capacity_bytes() const noexcept {
        return (storage_.capacity() + moved_.capacity()) * sizeof(Entry);
    }
    /// Keeps at most `n` entries of storage (a search needing more grows again).
    void keep_at_most(std::size_t n) {
        if (storage_.size() <= n) return;
        std::vector<Entry> fresh(n);  // written, so faulted in now
        storage_.swap(fresh);
        std::vector<Entry>{}.swap(moved_);
        size_ = 0;
        count_ = 0;
    }

private:
    void next_stamp() {
        if (++stamp_ != 0) return;
        for (auto& e : storage_) e.stamp = 0;  // wrapped: every stamp is taken again
        stamp_ = 1;
    }

    std::vector<Entry> storage_;
    std::vector<Entry> moved_;
    std::size_t size_ = 0;
    std::size_t count_ = 0;
    std::uint32_t stamp_ = 0;
};

/// @brief Credential prices of one target slot's bound, remembered by what
/// they depend on: which credentials are held among the candidates of the
/// groups priced and their prerequisites (`plan_tables::credential_closure`),
/// for the target alone or with one next role. Whether a group is met and what
/// each candidate's acquisition set is are decided by those alone. Sets of
/// more than 64 such credentials are not remembered. The table starts at 16
/// entries and doubles, so that a plan of a few labels pays next to nothing;
/// its storage is kept for the next search (`stamped_table`).
class credential_memo {
public:
    /// Which of `keys` are held, as bits; false when they are more than 64.
    [[nodiscard]] static bool held_bits(std::span<const std::uint32_t> keys,
                                        const walk_scratch& scratch,
                                        std::uint64_t& bits) noexcept {
        bits = 0;
        if (keys.size() > 64) return false;
        for (std::size_t b = 0; b < keys.size(); ++b)
            if (scratch.held(keys[b])) bits |= std::uint64_t{1} << b;
        return true;
    }

    struct key {
        std::uint64_t target = 0;  // held bits of the target's credentials
        std::uint64_t next = 0;    // of the next role's (0 for the target alone)
        std::uint32_t role = 0;    // the role priced with the target (or the target)
    };

    /// Empties the memo for a new search (its storage is kept).
    void start() { table_.start(initial_size); }

    [[nodiscard]] const std::pair<double, double>* find(const key& k) const noexcept {
        const auto at = table_.probe(slot_of(k), [&k](const entry& e) {
            return e.target == k.target && e.next == k.next && e.role == k.role;
        });
        return table_.live(at) ? &table_[at].price : nullptr;
    }

    void insert(const key& k, std::pair<double, double> price) {
        if (2 * (table_.count() + 1) > table_.size()) {
            if (table_.size() >= max_size) return;  // full: the rest is priced afresh
            table_.grow([](const entry& e) { return slot_of({e.target, e.next, e.role}); });
        }
        table_.fill(table_.free_slot(slot_of(k)),
                    {.target = k.target, .next = k.next, .role = k.role, .price = price});
    }

    [[nodiscard]] std::size_t capacity() const noexcept { return table_.capacity(); }
    [[nodiscard]] std::size_t capacity_bytes() const noexcept { return table_.capacity_bytes(); }
    void keep_at_most(std::size_t entries) { table_.keep_at_most(entries); }

private:
    struct entry {
        std::uint64_t target = 0;
        std::uint64_t next = 0;
        std::uint32_t role = 0;
        std::uint32_t stamp = 0;
        std::pair<double, double> price;
    };
    static constexpr std::size_t initial_size = 16;
    static constexpr std::size_t max_size = std::size_t{1} << 14;  // 640 KiB of entries

    [[nodiscard]] static std::size_t slot_of(const key& k) noexcept {
        const std::uint64_t h = (k.target * 0x9E3779B97F4A7C15ULL) ^
                                (k.next * 0xBF58476D1CE4E5B9ULL) ^
                                (std::uint64_t{k.role} * 0x94D049BB133111EBULL);
        return static_cast<std::size_t>(h >> 32U);
    }

    stamped_table<entry> table_;
};

/// @brief A best-first label-setting search over (role, walk state) with
/// dominance pruning and an admissible bound on what is left (A*).
///
/// A label is a walk prefix: its role, costs, steps and its state: one level
/// code per relevant competency, and the credentials acquired and extra years
/// changed by its own step (the rest is along the parent chain). Labels with the
/// same role, credentials and extra years on wait-capable sets form a group;
/// within a group a label is dropped when another one is at least as good in
/// cost (per the order) once raising its levels to the dropped one's is counted,
/// and has at least its years on every block-only set (docs/planner.md proves
/// this safe, and why no more). The children of a refined label are queued at
/// its lookahead's price of their step and created only when they come off the
/// heap. Labels live in flat pools; nothing in the loop allocates per label
/// beyond the pools' growth.
class label_search {
public:
    label_search(const plan_tables& tables, const walk_origin& origin,
                 const std::vector<std::uint8_t>& enterable,
                 const std::vector<std::uint8_t>& is_target, std::span<const std::uint32_t> targets,
                 const search_request& request)
        : tables_(&tables),
          model_(&tables.source()),
          origin_(&origin),
          enterable_(&enterable),
          is_target_(&is_target),
          targets_(targets.begin(), targets.end()),
          request_(request),
          scratch_(origin) {
        take_pools();
        const bool bounded = request.order != search_order::reach;
        if (bounded) {
            effort_to_target_.emplace(tables, reverse_distances::weight::effort, enterable,
                                      targets);
            if (request.order != search_order::effort || request.max_years)
                years_to_target_.emplace(tables, reverse_distances::weight::years, enterable,
                                         targets);
            if (request.max_steps)
                hops_to_target_.emplace(tables, reverse_distances::weight::hops, enterable,
                                        targets);
        }
        // The entry bound scans every target per label: worth it for a handful only;
        // the one-step lookahead scans every target per successor.
        entry_bound_ = targets_.size() <= 16;
        lookahead_ = targets_.size() <= 4;
        target_level_.resize(targets_.size());
        target_raises_.resize(targets_.size());
        for (std::size_t i = 0; i < targets_.size(); ++i) {
            target_level_[i].assign(model_->competency_count(), 0.0);
            target_raises_[i].clear();
            for (const auto& req : tables.requirement_maxima(targets_[i])) {
                target_level_[i][req.competency] = req.level;
                // Levels only rise: what the start has, no walk pays for.
                if (origin.level[req.competency] < req.level) target_raises_[i].push_back(req);
            }
        }
        if (targets_.size() == 1) ahead_span_.assign(model_->role_count(), {no_label, 0});
        target_base_.resize(targets_.size());
        target_groups_.resize(targets_.size());
        prefix_valid_.assign(targets_.size(), 0);
        target_bits_.assign(targets_.size(), 0);
        target_bits_ok_.resize(targets_.size());
        for (std::size_t i = 0; i < targets_.size(); ++i)
            target_bits_ok_[i] = tables.credential_closure(targets_[i]).size() <= 64 ? 1 : 0;
        defer_children_ = bounded && lookahead_ && entry_bound_ && request.simple_paths == 0 &&
                          (request.order == search_order::effort ||
                           request.order == search_order::years);
        repricing_ = defer_children_ && targets_.size() == 1 && tables.credential_sets().enabled();
        build_level_codes();
        set_mark_.assign(model_->role_set_count(), 0);
        if (bounded && lookahead_ && model_->role_count() <= tenure_bound_role_limit)
            build_tenure_bounds();
        if (request.order == search_order::reach)
            reached_effort_.assign(model_->role_count(), unreachable);
        if (request.simple_paths > 0) role_mark_.assign(model_->role_count(), 0);
        slots_.start(1024);
        credential_memo_.resize(targets_.size());
        for (auto& memo : credential_memo_) memo.start();
    }

    label_search(const label_search&) = delete;
    label_search& operator=(const label_search&) = delete;
    ~label_search() { give_back_pools(); }

    /// @brief Runs the search to its end.
    void run() {
        push_root();
        while (!queue_.empty()) {
            const heap_entry top = queue_.pop();
            if ((top.id & deferred_bit) != 0) {
                materialize(top.id & ~deferred_bit, top);
                if (limit_reached_) return;
                continue;
            }
            const label& l = labels_[top.id];
            if (l.dead) continue;
            if (request_.order == search_order::pareto) {
                if (dominated_by_solutions(top.first, top.second, top.steps)) continue;
                if (l.complete) {
                    solutions_.push_back(top.id);
                    solution_costs_.push_back({top.first, top.second, top.steps});
                    continue;
                }
            } else if (l.complete) {
                solutions_.push_back(top.id);
                const std::size_t wanted = request_.simple_paths > 0 ? request_.simple_paths : 1;
                if (solutions_.size() >= wanted) break;
                continue;
            }
            if (!l.refined && !refine(top)) continue;
            expand(top.id);
            if (limit_reached_) return;
        }
    }

    /// @brief Whether `run` stopped at `search_request::max_labels` (its answers are then void).
    [[nodiscard]] bool limit_reached() const noexcept { return limit_reached_; }

    /// @brief The walks found, best first (Pareto: by effort).
    [[nodiscard]] std::vector<found_walk> walks() const {
        std::vector<found_walk> out;
        for (auto id : solutions_) out.push_back(walk_of(id));
        return out;
    }

    /// @brief After `run` stopped at the limit (effort or years order): the best
    /// complete walk created so far, by its cost key, or nullopt.
    [[nodiscard]] std::optional<found_walk> best_complete() const {
        if (complete_keys_.empty()) return std::nullopt;
        return walk_of(complete_keys_.front().id);
    }
    /// @brief Whether no queued label could still lead to a walk better than
    /// `best_complete()` (then it is optimal although the search stopped early).
    [[nodiscard]] bool best_complete_proven() const noexcept {
        return !complete_keys_.empty() &&
               (queue_.least() == nullptr || !key_less(*queue_.least(), complete_keys_.front()));
    }
    /// @brief The least first criterion (effort, or years) any queued label could
    /// still reach: a lower bound on every walk not yet found (+inf: none queued).
    [[nodiscard]] double open_bound() const noexcept {
        const auto* least = queue_.least();
        return least == nullptr ? unreachable : least->first;
    }

    /// @brief For `search_order::reach`: the least effort of a walk reaching each role (+inf:
    /// none).
    [[nodiscard]] const std::vector<double>& reached_effort() const noexcept {
        return reached_effort_;
    }
    [[nodiscard]] std::size_t expanded() const noexcept { return expanded_; }
    /// Labels and queued children, at the most there were at once (what the budget bounds).
    [[nodiscard]] std::size_t created() const noexcept {
        return std::max(peak_held_, labels_.size());
    }

private:
    struct label {
        std::uint32_t parent = no_label;
        std::uint32_t role = 0;
        std::uint32_t transition = 0;
        std::uint32_t steps = 0;
        double effort = 0.0;
        double years = 0.0;
        /// Offset of the label's level codes in `code_pool_` (`stride_` bytes).
        std::size_t codes = 0;
        /// What this step acquired (`held_pool_`) and the sets whose extra years it
        /// changed, with their new values (`extra_pool_`): the state is the chain of
        /// these differences up to the root.
        std::uint32_t held_begin = 0;
        std::uint32_t held_end = 0;
        std::uint32_t extra_begin = 0;
        std::uint32_t extra_end = 0;
        /// Hash of the credentials and the extra years on wait-capable sets (the
        /// role is mixed in for the group key): what must be equal for dominance.
        std::uint64_t state = 0;
        std::uint64_t hash = 0;
        /// Its credentials as bits (with at most 64 in the model, else 0).
        std::uint64_t held_mask = 0;
        std::uint32_t next_in_group = no_label;
        /// The lookahead's prices of its next steps, once refined (`step_prices_`).
        std::uint32_t prices_begin = 0;
        std::uint32_t prices_end = 0;
        bool dead = false;
        /// Whether its next steps' prices are kept (its children are then deferred).
        bool priced = false;
        bool complete = false;
        /// Whether its bound includes the one-step lookahead (see `refine`).
        bool refined = false;
    };

    /// Priority: the rounded bound on the final cost in the order's key, then
    /// steps, then creation order (deterministic).
    struct heap_entry {
        double first = 0.0;
        double second = 0.0;
        std::uint32_t steps = 0;
        std::uint32_t id = 0;
        friend bool operator>(const heap_entry& a, const heap_entry& b) noexcept {
            if (a.first != b.first) return a.first > b.first;
            if (a.second != b.second) return a.second > b.second;
            if (a.steps != b.steps) return a.steps > b.steps;
            return a.id > b.id;
        }
        friend bool operator<(const heap_entry& a, const heap_entry& b) noexcept { return b > a; }
    };

    struct slot {
        std::uint64_t hash = 0;
        std::uint32_t head = no_label;
        std::uint32_t stamp = 0;
    };

    struct cost_point {
        double effort = 0.0;  // rounded
        double years = 0.0;   // rounded
        std::uint32_t steps = 0;
    };

    [[nodiscard]] found_walk walk_of(std::uint32_t id) const {
        found_walk w;
        for (auto at = id; at != no_label; at = labels_[at].parent) {
            w.roles.push_back(labels_[at].role);
            if (labels_[at].parent != no_label) w.transitions.push_back(labels_[at].transition);
        }
        std::reverse(w.roles.begin(), w.roles.end());
        std::reverse(w.transitions.begin(), w.transitions.end());
        return w;
    }

    /// Unsatisfied credential groups, each as its candidates' acquisition sets.
    struct credential_groups {
        std::vector<std::uint32_t> groups;       // first candidate of each group
        std::vector<std::uint32_t> candidates;   // first credential of each candidate
        std::vector<std::uint32_t> credentials;  // the acquisition sets, concatenated
    };

    /// One step of the lookahead, priced with the target's credentials alone.
    struct ahead_step {
        double effort = 0.0;
        double years = 0.0;
        std::uint32_t role = 0;
        std::uint32_t slot = 0;
        std::uint32_t edge = 0;  // position in the role's out-transitions
        bool joint = false;      // whether the prices include the joint credentials
    };

    /// Ids of the heap entries that are children not yet created (`deferred_`).
    static constexpr std::uint32_t deferred_bit = 0x80000000U;
    /// A step out of a refined label that is feasible and leads on to a target
    /// (into no target itself), at the lookahead's price; a label keeps only
    /// these, in its out-transitions' order.
    struct step_price {
        double effort = 0.0;
        double years = 0.0;
        std::uint32_t edge = 0;  // position in the role's out-transitions
        bool joint = false;      // whether it includes the joint credentials of role and target
    };
    struct deferred_child {
        std::uint32_t parent = 0;
        std::uint32_t price = 0;  // its step, in `step_prices_`
        bool repriced = false;    // its key includes the joint credentials
    };

    // ---- pools kept between searches ----------------------------------------------------

    /// The flat pools of a finished search, kept per thread for the next one: fresh
    /// memory costs a page fault per 4 KiB on first touch, which was a tenth of a
    /// typical plan's time. Pools above `kept_pool_bytes` are cut down to it,
    /// into memory touched now: else a search that grew past the limit (one at
    /// its label budget) would leave the next one to fault its pools in afresh,
    /// which doubled the time of the plans that followed one.
    struct pools {
        std::vector<label> labels;
        std::vector<std::uint8_t> codes;
        std::vector<std::uint32_t> held;
        std::vector<set_years> extra;
        bucket_queue<heap_entry> queue;
        stamped_table<slot> slots;
        std::vector<credential_memo> memos;
        // The bound's working buffers (small, but one allocation each per plan otherwise).
        std::vector<std::uint32_t> jc_groups;
        std::vector<std::uint32_t> jc_candidates;
        std::vector<std::uint32_t> jc_credentials;
        std::vector<std::uint32_t> jc_count;
        std::vector<credential_groups> target_groups;
        std::vector<std::pair<double, double>> parent_credentials;
        std::vector<ahead_step> ahead;
        std::vector<deferred_child> deferred;
        std::vector<step_price> step_prices;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> ahead_span;
        std::vector<competency_level> ahead_reqs;
    };
    static constexpr std::size_t kept_pool_bytes = std::size_t{16} << 20U;

    static pools& spare_pools() {
        thread_local pools kept;
        return kept;
    }

    void take_pools() {
        auto& kept = spare_pools();
        labels_ = std::move(kept.labels);
        code_pool_ = std::move(kept.codes);
        held_pool_ = std::move(kept.held);
        extra_pool_ = std::move(kept.extra);
        queue_ = std::move(kept.queue);
        slots_ = std::move(kept.slots);
        credential_memo_ = std::move(kept.memos);
        jc_groups_ = std::move(kept.jc_groups);
        jc_candidates_ = std::move(kept.jc_candidates);
        jc_credentials_ = std::move(kept.jc_credentials);
        jc_count_ = std::move(kept.jc_count);  // all zero between uses
        target_groups_ = std::move(kept.target_groups);
        parent_credentials_ = std::move(kept.parent_credentials);
        ahead_ = std::move(kept.ahead);
        deferred_ = std::move(kept.deferred);
        step_prices_ = std::move(kept.step_prices);
        ahead_span_ = std::move(kept.ahead_span);
        ahead_reqs_ = std::move(kept.ahead_reqs);
        ahead_reqs_.clear();
        deferred_.clear();
        step_prices_.clear();
        labels_.clear();
        code_pool_.clear();
        held_pool_.clear();
        extra_pool_.clear();
        queue_.reset(0.0, 1.0);
    }

    void give_back_pools() noexcept {
        const std::size_t bytes = labels_.capacity() * sizeof(label) + code_pool_.capacity() +
                                  held_pool_.capacity() * sizeof(std::uint32_t) +
                                  extra_pool_.capacity() * sizeof(set_years) +
                                  queue_.capacity_bytes() + slots_.capacity_bytes() + memo_bytes() +
                                  deferred_.capacity() * sizeof(deferred_child) +
                                  step_prices_.capacity() * sizeof(step_price) +
                                  ahead_reqs_.capacity() * sizeof(competency_level);
        if (bytes > kept_pool_bytes) {
            // Each pool in proportion, rounded down.
            const double share = static_cast<double>(kept_pool_bytes) / static_cast<double>(bytes);
            const auto scaled = [share](std::size_t n) {
                return static_cast<std::size_t>(static_cast<double>(n) * share);
            };
            try {
                keep_at_most(labels_, scaled(labels_.capacity()));
                keep_at_most(code_pool_, scaled(code_pool_.capacity()));
                keep_at_most(held_pool_, scaled(held_pool_.capacity()));
                keep_at_most(extra_pool_, scaled(extra_pool_.capacity()));
                queue_ = bucket_queue<heap_entry>{};
                slots_.keep_at_most(std::bit_floor(scaled(slots_.capacity())));
                for (auto& memo : credential_memo_)
                    memo.keep_at_most(std::bit_floor(scaled(memo.capacity())));
                keep_at_most(deferred_, scaled(deferred_.capacity()));
                keep_at_most(step_prices_, scaled(step_prices_.capacity()));
                keep_at_most(ahead_reqs_, scaled(ahead_reqs_.capacity()));
            } catch (const std::bad_alloc&) {
                return;  // nothing kept: the next search allocates its own
            }
        }
        auto& kept = spare_pools();
        kept.labels = std::move(labels_);
        kept.codes = std::move(code_pool_);
        kept.held = std::move(held_pool_);
        kept.extra = std::move(extra_pool_);
        kept.queue = std::move(queue_);
        kept.slots = std::move(slots_);
        kept.memos = std::move(credential_memo_);
        kept.jc_groups = std::move(jc_groups_);
        kept.jc_candidates = std::move(jc_candidates_);
        kept.jc_credentials = std::move(jc_credentials_);
        kept.jc_count = std::move(jc_count_);
        kept.target_groups = std::move(target_groups_);
        kept.parent_credentials = std::move(parent_credentials_);
        kept.ahead = std::move(ahead_);
        kept.deferred = std::move(deferred_);
        kept.step_prices = std::move(step_prices_);
        kept.ahead_span = std::move(ahead_span_);
        kept.ahead_reqs = std::move(ahead_reqs_);
    }

    [[nodiscard]] std::size_t memo_bytes() const noexcept {
        std::size_t bytes = 0;
        for (const auto& memo : credential_memo_) bytes += memo.capacity_bytes();
        return bytes;
    }

    /// Replaces `v` by an empty vector with room for `n`, its memory touched.
    template <class T>
    static void keep_at_most(std::vector<T>& v, std::size_t n) {
        std::vector<T> fresh(n);  // value-initialised: written, so faulted in now
        fresh.clear();
        v.swap(fresh);
    }

    // ---- the root and expansion -------------------------------------------------------

    void push_root() {
        label root;
        root.role = origin_->role;
        root.codes = code_pool_.size();
        code_pool_.resize(code_pool_.size() + stride_);
        const auto relevant = tables_->relevant_competencies();
        for (std::uint32_t i = 0; i < relevant.size(); ++i)
            put_code(root.codes, i, code_of(i, origin_->level[relevant[i]]));
        root.state = 0;
        root.hash = group_key(root.role, root.state);
        root.held_mask = scratch_.held_mask();  // the origin's (the scratch holds no walk yet)
        labels_.push_back(root);
        if (request_.order == search_order::reach) reached_effort_[root.role] = 0.0;
        insert_into_group(0);
        double he = 0.0;
        double hy = 0.0;
        std::uint32_t hs = 0;
        hold(0);
        pricing_parent_ = no_label;
        pricing_role_ = root.role;
        const bool live =
            request_.order == search_order::reach || bound(root.role, he, hy, hs, true);
        labels_[0].refined = true;
        if (!live) return;
        // Buckets of a 256th of the root's first key (on the 1,000-role
        // benchmark a 64th, 256th and 1,024th did about as well; a 16th worse).
        const double first = make_key(he, hy, hs, 0).first;
        queue_.reset(0.0, first > 0.0 && first < unreachable ? first / 256.0 : 1.0);
        push(0, he, hy, hs);
    }

    /// The one-step lookahead is priced only for labels taken off the heap (about
    /// one in five of those created): a label is queued with the cheaper entry
    /// bound, and on leaving the heap its bound is tightened; when the key grows
    /// past the one it was queued with, it goes back. True when `top` is to be
    /// expanded now.
    bool refine(const heap_entry& top) {
        label& l = labels_[top.id];
        l.refined = true;
        if (request_.order == search_order::reach) return true;
        hold(top.id);
        pricing_parent_ = l.parent;
        pricing_role_ = l.role;
        double he = 0.0;
        double hy = 0.0;
        std::uint32_t hs = 0;
        const bool live = bound(l.role, he, hy, hs, true);
        if (live && defer_children_) keep_step_prices(labels_[top.id]);
        const heap_entry key = make_key(l.effort + he, l.years + hy, l.steps + hs, top.id);
        const bool expand_now =
            live && !(request_.max_years && less12(*request_.max_years, l.years + hy)) &&
            !(request_.max_steps && std::size_t{l.steps} + hs > *request_.max_steps) &&
            !beaten_by_incumbent(key) &&
            !(request_.order == search_order::pareto &&
              dominated_by_solutions(key.first, key.second, key.steps));
        if (expand_now && !(key > top)) return true;
        if (!expand_now) return false;
        queue_.push(key);
        return false;
    }

    /// Keeps the least price the lookahead just put on each of its steps (over
    /// the targets; the lookahead lists a step's targets one after another), in
    /// the transitions' order: `expand` reads them so. Only the steps it priced:
    /// half the out-transitions on the benchmark, and most labels are never
    /// expanded, so the pool is written far more than read.
    void keep_step_prices(label& l) {
        l.priced = true;
        l.prices_begin = static_cast<std::uint32_t>(step_prices_.size());
        for (const auto& step : ahead_) {
            if (step_prices_.size() > l.prices_begin && step_prices_.back().edge == step.edge) {
                auto& price = step_prices_.back();
                price.effort = std::min(price.effort, step.effort);
                price.years = std::min(price.years, step.years);
                price.joint = step.joint;  // one target: one step each (`reprice` reads it so)
                continue;
            }
            step_prices_.push_back({.effort = step.effort,
                                    .years = step.years,
                                    .edge = step.edge,
                                    .joint = step.joint});
        }
        l.prices_end = static_cast<std::uint32_t>(step_prices_.size());
    }

    /// Whether one more label or queued child would exceed the budget.
    [[nodiscard]] bool budget_full() const noexcept {
        return request_.max_labels > 0 && labels_.size() + pending_children_ >= request_.max_labels;
    }
    void note_held() noexcept {
        peak_held_ = std::max(peak_held_, labels_.size() + pending_children_);
    }

    /// Creates a deferred child: its step applied and priced like any other. When
    /// its entry bound leaves it at the top of the heap, it is refined at once,
    /// while its state is loaded (see `consider`).
    void materialize(std::uint32_t at, const heap_entry& top) {
        const auto d = deferred_[at];
        const label parent = labels_[d.parent];
        if (parent.dead) {
            --pending_children_;
            return;  // its walks are no better than its dominator's
        }
        if (reprice(at, parent, top)) return;
        --pending_children_;
        hold(d.parent);
        const auto base = scratch_.save();
        parent_credentials_valid_ = false;
        const auto& edge =
            model_->out_transitions(role_index{parent.role})[step_prices_[d.price].edge];
        ignore_step_details quiet;
        step_cost cost;
        const auto before = labels_.size();
        if (apply_step(*tables_, *origin_, scratch_, parent.role, edge, quiet, cost))
            consider(d.parent, parent, edge, parent.effort + cost.effort,
                     parent.years + cost.years, base, true);
        if (labels_.size() > before) {
            // Left in the scratch: if the new label is expanded next (a fifth of
            // the loads on the benchmark's plans), it need not be loaded again.
            held_label_ = static_cast<std::uint32_t>(before);
            return;
        }
        scratch_.restore(base);
    }

    /// A deferred child was queued at its step's price with the target's
    /// credentials alone (the lookahead prices the joint credentials of the
    /// next role and the target for its cheapest steps only). With one target
    /// and credentials as bits, that joint price is cheap: when it raises the
    /// key past the next entry, the child goes back unmade (most never return),
    /// instead of being made, priced and queued. True when it went back.
    bool reprice(std::uint32_t at, const label& parent, const heap_entry& top) {
        auto& d = deferred_[at];
        if (d.repriced || !repricing_) return false;
        d.repriced = true;
        const auto& price = step_prices_[d.price];
        if (price.joint) return false;
        const auto w = model_->out_transitions(role_index{parent.role})[price.edge].to.value();
        // The parent's credentials are in the label: no need to load its state.
        const std::uint64_t held = parent.held_mask;
        if (!tables_->credential_sets().has_unmet_group(w, held)) return false;
        const auto target = bits_price(0, targets_[0], held);
        const auto joint = joint_bits_price(0, w, held, target);
        const double effort = price.effort + std::max(joint.first, target.first) - target.first;
        const double years = price.years + std::max(joint.second, target.second) - target.second;
        heap_entry key = make_key(parent.effort + effort, parent.years + years, top.steps, top.id);
        if (!(top < key)) return false;
        if (!queue_.empty() && !(queue_.top() < key)) return false;
        if (beaten_by_incumbent(key)) {
            --pending_children_;
            return true;
        }
        queue_.push(key);
        return true;
    }

    void expand(std::uint32_t id) {
        ++expanded_;
        const label parent = labels_[id];
        if (request_.max_steps && parent.steps + std::size_t{1} > *request_.max_steps)
            return;  // no step may follow
        const bool defer = defer_children_ && parent.priced;
        // Deferred children need no state: it is loaded for the others only.
        if (!defer) hold(id);
        auto base = scratch_.save();
        // Only children created now (all of them, or only the complete ones,
        // which are not bounded, when the rest are deferred) can share them.
        parent_credentials_valid_ = entry_bound_ && !defer;
        parent_credentials_.resize(targets_.size());
        if (parent_credentials_valid_)
            for (std::size_t i = 0; i < targets_.size(); ++i)
                parent_credentials_[i] = credential_part(i, targets_[i]);
        ignore_step_details quiet;
        const auto edges = model_->out_transitions(role_index{parent.role});
        for (std::uint32_t at = 0; at < edges.size(); ++at) {
            const auto& edge = edges[at];
            const auto v = edge.to.value();
            if (!(*enterable_)[v]) continue;
            if (request_.simple_paths > 0 && on_path(id, v)) continue;
            if (defer && !(*is_target_)[v]) continue;  // queued below
            if (held_label_ != id) {
                hold(id);
                base = scratch_.save();
            }
            step_cost cost;
            if (apply_step(*tables_, *origin_, scratch_, parent.role, edge, quiet, cost))
                consider(id, parent, edge, parent.effort + cost.effort, parent.years + cost.years,
                         base);
            scratch_.restore(base);
        }
        if (!defer) return;
        // The other children, queued at the lookahead's price of their step, which
        // is a bound on every walk through it; created only if they come off the heap.
        for (auto at = parent.prices_begin; at < parent.prices_end; ++at) {
            const auto& price = step_prices_[at];
            if (price.effort == unreachable) continue;  // its credentials cannot be met
            queue_.push(make_key(parent.effort + price.effort, parent.years + price.years,
                                 parent.steps + 1,
                                 static_cast<std::uint32_t>(deferred_.size()) | deferred_bit));
            if (budget_full()) limit_reached_ = true;
            deferred_.push_back({id, at});
            ++pending_children_;
            note_held();
        }
    }

    void consider(std::uint32_t parent_id, const label& parent, const out_transition& edge,
                  double effort, double years, const walk_scratch::checkpoint& base,
                  bool look = false) {
        const auto v = edge.to.value();
        const std::uint32_t steps = parent.steps + 1;
        if (request_.max_years && less12(*request_.max_years, years)) return;
        if (request_.order == search_order::reach && effort < reached_effort_[v])
            reached_effort_[v] = effort;

        const bool complete = (*is_target_)[v] != 0;
        pricing_parent_ = parent_id;
        pricing_role_ = v;
        double he = 0.0;
        double hy = 0.0;
        std::uint32_t hs = 0;
        bool refined_now = false;
        if (!complete && request_.order != search_order::reach) {
            step_acquired_nothing_ = parent_credentials_valid_ && scratch_.held_changes(base).empty();
            bool live = bound(v, he, hy, hs, false, look);
            step_acquired_nothing_ = false;
            // Looked ahead at once if the label would come off the heap next: that
            // saves reloading its state, pricing its entry again and a trip through
            // the heap. Else it may never come off, and its lookahead waits until
            // it does (`refine`). A deferred child made after `reprice` came off
            // the queue at a key that already counted the joint credentials, so
            // it is nearly always refined soon (about 1,490 of the 1,510 made behind
            // the top on question 124): it is looked ahead at once (10-13% fewer
            // instructions per plan around the benchmark's median).
            if (live && look && lookahead_ &&
                (repricing_ || queue_.empty() ||
                 !(queue_.top() < make_key(effort + he, years + hy, steps + hs,
                                           static_cast<std::uint32_t>(labels_.size()))))) {
                live = look_ahead(v, he, hy);
                refined_now = true;
            }
            if (!live) return;
            if (request_.max_years && less12(*request_.max_years, years + hy)) return;
            if (request_.max_steps && std::size_t{steps} + hs > *request_.max_steps) return;
        }
        const heap_entry key = make_key(effort + he, years + hy, steps + hs, 0);
        if (beaten_by_incumbent(key)) return;

        // The child's state appended to the pools (taken back if rejected).
        label child;
        child.parent = parent_id;
        child.role = v;
        child.transition = edge.transition.value();
        child.steps = steps;
        child.effort = effort;
        child.years = years;
        child.complete = complete;
        const auto code_mark = code_pool_.size();
        const auto held_mark = held_pool_.size();
        const auto extra_mark = extra_pool_.size();
        write_levels(parent, base, child);
        child.state = parent.state + write_held(base, child) + write_extra(base, child);
        child.held_mask = scratch_.held_mask();
        child.hash = group_key(v, child.state);

        const auto id = static_cast<std::uint32_t>(labels_.size());
        if (budget_full()) limit_reached_ = true;
        labels_.push_back(child);
        if (!insert_into_group(id)) {
            labels_.pop_back();
            code_pool_.resize(code_mark);
            held_pool_.resize(held_mark);
            extra_pool_.resize(extra_mark);
            return;
        }
        note_held();
        if (refined_now) {
            keep_step_prices(labels_[id]);
            labels_[id].refined = true;
        }
        if (complete && request_.order == search_order::reach) return;  // targets end walks
        if (complete) {
            heap_entry noted = key;
            noted.id = id;
            note_complete(noted);
        }
        push(id, he, hy, hs);
    }

    /// What `bound` computes per target before looking ahead.
    struct target_entry {
        double raise = 0.0;
        double credential_effort = 0.0;
        double credential_years = 0.0;
        double deficit = 0.0;
        double tenure = 0.0;  // the transitions an open experience item forces
    };

    // ---- the tenure bound ----------------------------------------------------------------

    /// Above this many roles the tenure tables (one reverse Dijkstra per tenure
    /// layer per open target item) cost more than they save; the bound stays
    /// admissible without them.
    static constexpr std::size_t tenure_bound_role_limit = 20000;
    /// Tenure layers per open item: finer layers give a tighter bound and cost
    /// a Dijkstra each. On the generated 1,000-role models 4 layers saved 5% of
    /// the labels of 2 and cost more than that in building.
    static constexpr std::uint32_t tenure_layers = 2;

    /// A target's experience item (R, y) that the start leaves `deficit` years
    /// short. Until it is met, the walk must either enter the target from a role
    /// of R (and wait there), or first gather the deficit as tenure and waits,
    /// which only steps *out of* roles of R add to R. `effort[k * n + v]` is the
    /// least transition effort from `v` to the target in that relaxation (every
    /// other requirement dropped, a step's gain taken at its largest possible
    /// value: its years plus the longest wait the entered role could impose),
    /// given at least `k * deficit / tenure_layers` years already gathered;
    /// layer `tenure_layers` is the plain distance.
    struct tenure_item {
        std::size_t slot = 0;
        role_set_index set;
        double years = 0.0;
        double deficit = 0.0;
        std::vector<double> effort;
        /// Per role, whether it is in the set (asked per step the lookahead prices).
        std::vector<std::uint8_t> member;
    };

    void build_tenure_bounds() {
        for (std::size_t i = 0; i < targets_.size(); ++i)
            for (const auto& item : model_->experience_items(role_index{targets_[i]})) {
                const double have = origin_->base_years[item.roles.value()];
                if (!less12(have, item.years)) continue;
                tenure_items_.push_back(build_tenure_item(i, item.roles, item.years,
                                                          item.years - have));
            }
    }

    [[nodiscard]] tenure_item build_tenure_item(std::size_t target_at, role_set_index set, double years,
                                                double deficit) {
        const std::size_t n = model_->role_count();
        const auto t = targets_[target_at];
        constexpr std::uint32_t top = tenure_layers;
        const double grain = deficit / top;
        tenure_item out{.slot = target_at,
                        .set = set,
                        .years = years,
                        .deficit = deficit,
                        .effort = std::vector<double>((top + 1) * n, unreachable),
                        .member = std::vector<std::uint8_t>(n, 0)};
        // A role passed through must be enterable and no target (walks end at the first).
        const auto passable = [this](std::uint32_t w) {
            return (*enterable_)[w] && !(*is_target_)[w];
        };
        // Per role, membership; per step out of a member, the layers it climbs at
        // most (its years plus the longest wait the entered role could impose).
        const auto members = model_->role_set(set);
        for (auto r : members) out.member[r.value()] = 1;
        const auto& member = out.member;
        // Layers climbed per step, capped at the top (all a layer's arithmetic
        // needs): a byte per transition, so that the table stays in cache.
        std::vector<std::uint8_t> jump(model_->transition_count(), 0);
        for (auto r : members) {
            const auto u = r.value();
            for (const auto& edge : model_->out_transitions(role_index{u})) {
                double wait = 0.0;
                const auto items = model_->experience_items(edge.to);
                for (std::size_t j = 0; j < items.size(); ++j)
                    if (tables_->source_in_item_set(edge, j, items[j].roles, role_index{u}))
                        wait = std::max(wait,
                                        items[j].years - origin_->base_years[items[j].roles.value()]);
                jump[edge.transition.value()] = static_cast<std::uint8_t>(
                    std::min<double>(top, layers_of(edge.years + wait, grain)));
            }
        }
        // Boost.Graph's own Dijkstra queue (a 4-ary heap with decrease-key),
        // over the layer being built as its distance map: each role is queued
        // once, not once per improvement.
        std::vector<std::size_t> index_in_heap(n, static_cast<std::size_t>(-1));
        for (std::uint32_t k = top + 1; k-- > 0;) {
            double* layer = out.effort.data() + std::size_t{k} * n;
            const double* above = k == top ? nullptr : out.effort.data();
            role_queue queue(layer, index_in_heap.data());
            // Steps that end the walk, or climb to a higher layer, seed this one:
            // in the top layer any step into the target, below it only steps out
            // of the set's roles.
            const auto seed = [&](std::uint32_t u, double best) {
                if (best < layer[u]) {
                    layer[u] = best;
                    queue.push_or_update(u);
                }
            };
            if (above == nullptr && targets_.size() == 1 && (*enterable_)[t]) {
                // The top layer is the plain distance to the one target, which the
                // bound's own reverse Dijkstra computes anyway (the target itself
                // excepted: there it is a step back into it).
                for (std::uint32_t u = 0; u < n; ++u)
                    if (u != t) layer[u] = effort_to_target_->at(u);
                for (const auto& edge : model_->out_transitions(role_index{t})) {
                    const auto w = edge.to.value();
                    if (w == t)
                        layer[t] = std::min(layer[t], edge.effort);
                    else if (passable(w))
                        layer[t] = std::min(layer[t], layer[w] + edge.effort);
                }
                continue;
            }
            if (above == nullptr) {
                for (const auto& in : model_->in_transitions(role_index{t}))
                    seed(in.from.value(), tables_->transition_effort(in.transition.value()));
            } else {
                for (auto r : members) {
                    const auto u = r.value();
                    double best = unreachable;
                    for (const auto& edge : model_->out_transitions(role_index{u})) {
                        const auto w = edge.to.value();
                        if (w == t) {
                            best = std::min(best, edge.effort);
                            continue;
                        }
                        if (!passable(w)) continue;
                        const std::uint32_t up =
                            std::min<std::uint32_t>(top, k + jump[edge.transition.value()]);
                        if (up == k) continue;
                        const double rest = above[static_cast<std::size_t>(up) * n + w];
                        best = std::min(best, edge.effort + rest);
                    }
                    seed(u, best);
                }
            }
            // Steps within the layer: out of roles outside the set, or gaining no
            // years (in the top layer every step stays).
            while (!queue.empty()) {
                const auto w = queue.top();
                queue.pop();
                if (!passable(w)) continue;
                const double d = layer[w];
                for (const auto& in : model_->in_transitions(role_index{w})) {
                    const auto u = in.from.value();
                    if (k != top && member[u] && jump[in.transition.value()] != 0) continue;
                    const double nd = d + tables_->transition_effort(in.transition.value());
                    if (nd < layer[u]) {
                        layer[u] = nd;
                        queue.push_or_update(u);
                    }
                }
            }
        }
        return out;
    }

    /// `years` in layers of `grain`, rounded up: a label's years gathered and a
    /// step's gain are both taken at the layer above, so the relaxation assumes at
    /// least what a walk has (and the bound errs low). A ratio within 1e-9 of a
    /// whole number counts as that number, so that 2.5 years in layers of 2.5 are
    /// one layer, not two (years are compared at 12 decimals anyway).
    [[nodiscard]] static double layers_of(double years, double grain) noexcept {
        return std::max(0.0, std::ceil(years / grain - 1e-9));
    }

    /// The least transition effort from `v` to target slot `i` that the open
    /// experience deficits force for the state in the scratch (0 when none is open).
    [[nodiscard]] double tenure_distance(std::size_t i, std::uint32_t v) const {
        double best = 0.0;
        const std::size_t n = model_->role_count();
        for (const auto& item : tenure_items_) {
            if (item.slot != i) continue;
            const auto k = tenure_layer(item, scratch_.extra(item.set.value()));
            best = std::max(best, item.effort[k * n + v]);
        }
        return best;
    }

    /// The layer of `item`'s table for `extra` years gathered in its set.
    [[nodiscard]] std::size_t tenure_layer(const tenure_item& item, double extra) const {
        if (!less12(origin_->base_years[item.set.value()] + extra, item.years))
            return tenure_layers;
        return std::min<std::size_t>(
            tenure_layers, static_cast<std::size_t>(layers_of(
                               extra, item.deficit / static_cast<double>(tenure_layers))));
    }

    /// `tenure_distance(i, w)` after a step out of the label the lookahead prices
    /// (from `from`, its role), which adds `gained` years (its tenure and wait)
    /// to the sets holding `from`: the layer of an item whose set lacks `from` is
    /// the same for every step, so it is taken once per label (`ahead_layer_`).
    void prepare_tenure_ahead(std::uint32_t from) {
        ahead_layer_.resize(tenure_items_.size());
        for (std::size_t j = 0; j < tenure_items_.size(); ++j) {
            const auto& item = tenure_items_[j];
            ahead_layer_[j] = item.member[from] != 0
                                  ? tenure_layers + 1  // depends on the step: taken per step
                                  : tenure_layer(item, scratch_.extra(item.set.value()));
        }
    }
    [[nodiscard]] double tenure_ahead(std::size_t i, std::uint32_t w, double gained) const {
        double best = 0.0;
        const std::size_t n = model_->role_count();
        for (std::size_t j = 0; j < tenure_items_.size(); ++j) {
            const auto& item = tenure_items_[j];
            if (item.slot != i) continue;
            std::size_t k = ahead_layer_[j];
            if (k > tenure_layers) {
                double extra = scratch_.extra(item.set.value());
                if (gained > 0.0) extra += gained;
                k = tenure_layer(item, extra);
            }
            best = std::max(best, item.effort[k * n + w]);
        }
        return best;
    }

    // ---- the admissible bound ---------------------------------------------------------

    /// Lower bounds on what is left from role `v` with the state in the scratch
    /// (docs/planner.md, "The bound"). Entering a target costs at least its
    /// competency raises, its cheapest credential set per group and (years) its
    /// experience deficit; the transitions cost at least their distance to the
    /// nearest target. With the one-step lookahead, the next step is priced
    /// exactly where the state decides it (its feasibility, its tenure and wait)
    /// and the next role's raises beyond the target's are added. False when no
    /// target can be reached from `v`. Without `look`, `then_look` says that
    /// `look_ahead` may follow on the same state: the target's credential groups
    /// it prices the next roles' with are then collected here as well.
    bool bound(std::uint32_t v, double& he, double& hy, std::uint32_t& hs, bool look,
               bool then_look = false) {
        const double de = effort_to_target_->at(v);
        if (de == unreachable) return false;
        const bool want_years = years_to_target_.has_value();
        const double dy = want_years ? years_to_target_->at(v) : 0.0;
        if (hops_to_target_) {
            const double dh = hops_to_target_->at(v);
            if (dh == unreachable) return false;
            hs = static_cast<std::uint32_t>(dh);
        }
        if (!entry_bound_ || targets_.empty()) {
            he = de;
            hy = dy;
            return true;
        }
        double entry_effort = unreachable;
        double entry_years = unreachable;
        for (std::size_t i = 0; i < targets_.size(); ++i) {
            auto& base = target_base_[i];
            const auto t = targets_[i];
            base.raise = 0.0;
            for (const auto& req : target_raises_[i]) {
                const double have = scratch_.level(req.competency);
                if (have < req.level)
                    base.raise += model_->effort_per_level(competency_index{req.competency}) *
                                  (req.level - have);
            }
            // A child that acquired nothing has its parent's credential part.
            const bool keep_prefix = look || then_look;
            const auto credentials = !keep_prefix && step_acquired_nothing_
                                         ? parent_credentials_[i]
                                         : credential_part(i, t, keep_prefix);
            base.credential_effort = credentials.first;
            base.credential_years = credentials.second;
            base.deficit = 0.0;
            if (want_years) {
                for (const auto& item : model_->experience_items(role_index{t})) {
                    const auto set = item.roles.value();
                    const double have = origin_->base_years[set] + scratch_.extra(set);
                    base.deficit = std::max(base.deficit, item.years - have);
                }
            }
            base.tenure = tenure_items_.empty() ? 0.0 : tenure_distance(i, v);
            entry_effort = std::min(
                entry_effort, std::max(de, base.tenure) - de + base.raise + base.credential_effort);
            entry_years = std::min(entry_years, std::max(dy, base.deficit) + base.credential_years);
        }
        he = de + entry_effort;
        hy = want_years ? entry_years : 0.0;
        if (!lookahead_ || !look) return true;
        return look_ahead(v, he, hy);
    }

    /// Raises the entry bound `bound` left in (he, hy) for role `v` (and in
    /// `target_base_`) to the one-step lookahead's; false when no next step is
    /// feasible. Leaves the steps' prices in `ahead_`.
    bool look_ahead(std::uint32_t v, double& he, double& hy) {
        const bool want_years = years_to_target_.has_value();
        // One step ahead: the cheapest next step that is feasible now. Each step
        // into a role w is first priced with the target's credentials alone;
        // pricing the credentials of w and the target together (`credential_part`)
        // only raises a price, so it is done lazily, cheapest step first, until
        // no cheaper step is left (usually one or two of them).
        double ahead_effort = unreachable;
        double ahead_years = unreachable;
        ahead_.clear();
        const auto edges = model_->out_transitions(role_index{v});
        if (!tenure_items_.empty()) prepare_tenure_ahead(v);
        for (std::uint32_t at = 0; at < edges.size(); ++at) {
            const auto& edge = edges[at];
            const auto w = edge.to.value();
            if (!(*enterable_)[w]) continue;
            if (request_.simple_paths > 0 && on_path_of_loaded(w)) continue;
            double wait = 0.0;
            if (!next_step_feasible(v, edge, wait)) continue;
            if ((*is_target_)[w]) {
                const auto i = target_slot(w);
                const auto& base = target_base_[i];
                ahead_effort =
                    std::min(ahead_effort, edge.effort + base.raise + base.credential_effort);
                ahead_years = std::min(ahead_years, edge.years + wait + base.credential_years);
                continue;
            }
            const double dw = effort_to_target_->at(w);
            if (dw == unreachable) continue;
            const double dyw = want_years ? years_to_target_->at(w) : 0.0;
            for (std::size_t i = 0; i < targets_.size(); ++i) {
                const auto& base = target_base_[i];
                const double tenure =
                    tenure_items_.empty() ? 0.0 : tenure_ahead(i, w, edge.years + wait);
                double extra = 0.0;
                for (const auto& req : beyond_target(i, w)) {
                    const double floor =
                        std::max(scratch_.level(req.competency), target_level_[i][req.competency]);
                    if (floor < req.level)
                        extra += model_->effort_per_level(competency_index{req.competency}) *
                                 (req.level - floor);
                }
                ahead_.push_back(
                    {.effort = edge.effort + dw + base.raise + base.credential_effort + extra +
                               std::max(tenure, dw) - dw,
                     .years = want_years ? std::max(edge.years + wait + dyw, base.deficit) +
                                               base.credential_years
                                         : 0.0,
                     .role = w,
                     .slot = static_cast<std::uint32_t>(i),
                     .edge = at});
            }
        }
        ahead_effort = std::min(ahead_effort, lazy_ahead(&ahead_step::effort));
        if (want_years) ahead_years = std::min(ahead_years, lazy_ahead(&ahead_step::years));
        if (ahead_effort == unreachable) return false;
        he = std::max(he, ahead_effort);
        if (want_years) hy = std::max(hy, ahead_years);
        return true;
    }

    /// The requirements of `w` that may cost a walk to target slot `i` more than
    /// the target's own: those above both the start's level and the target's
    /// (no walk pays for the others beyond the target's raise). With one
    /// target, kept per role from its first lookahead on: on the benchmark's
    /// median plans a third of the list goes, and a role is priced about 16
    /// times per plan.
    [[nodiscard]] std::span<const competency_level> beyond_target(std::size_t i, std::uint32_t w) {
        const auto all = tables_->requirement_maxima(w);
        if (targets_.size() != 1) return all;
        auto& span = ahead_span_[w];
        if (span.first == no_label) {
            span.first = static_cast<std::uint32_t>(ahead_reqs_.size());
            for (const auto& req : all)
                if (origin_->level[req.competency] < req.level &&
                    target_level_[i][req.competency] < req.level)
                    ahead_reqs_.push_back(req);
            span.second = static_cast<std::uint32_t>(ahead_reqs_.size());
        }
        return std::span<const competency_level>(ahead_reqs_)
            .subspan(span.first, span.second - span.first);
    }

    /// The least price in `ahead_` by `field`: each step's price is raised to the
    /// joint credentials of its role and target before it may be the least.
    double lazy_ahead(double ahead_step::*field) {
        while (true) {
            ahead_step* least = nullptr;
            for (auto& step : ahead_)
                if (least == nullptr || step.*field < least->*field) least = &step;
            if (least == nullptr) return unreachable;
            if (least->joint) return least->*field;
            least->joint = true;
            const auto& base = target_base_[least->slot];
            const auto [effort, years] = credential_part(least->slot, least->role);
            least->effort += std::max(effort, base.credential_effort) - base.credential_effort;
            least->years += std::max(years, base.credential_years) - base.credential_years;
        }
    }

    /// Whether the step `v -> edge.to` is feasible from the state in the
    /// scratch (semantics.md §4, items 1-2), and its wait.
    [[nodiscard]] bool next_step_feasible(std::uint32_t v, const out_transition& edge,
                                          double& wait) const {
        wait = 0.0;
        const auto gates = tables_->experience_gates(edge.to.value());
        for (std::size_t i = 0; i < gates.size(); ++i) {
            const auto set = gates[i].set;
            const bool member =
                tables_->source_in_item_set(edge, i, role_set_index{set}, role_index{v});
            double have = origin_->base_years[set] + scratch_.extra(set);
            if (member && origin_->cap[set] > 0.0)
                have = origin_->base_years[set] +
                       std::min(scratch_.extra(set) + edge.years, origin_->cap[set]);
            if (!less12(have, gates[i].years)) continue;
            if (!member) return false;
            wait = std::max(wait, gates[i].years - have);
        }
        return true;
    }

    [[nodiscard]] std::size_t target_slot(std::uint32_t t) const noexcept {
        return static_cast<std::size_t>(std::find(targets_.begin(), targets_.end(), t) -
                                        targets_.begin());
    }

    /// In simple-path mode: whether `w` is on the path of the label being expanded
    /// or is the child being priced (whose path is the expanded label's plus its role).
    [[nodiscard]] bool on_path_of_loaded(std::uint32_t w) const noexcept {
        return w == pricing_role_ || (pricing_parent_ != no_label && on_path(pricing_parent_, w));
    }

    /// The cheapest set of credentials, closed under prerequisites, that meets
    /// every unsatisfied credential group of target slot `i` and of role `w`
    /// (`w` may be the target itself), from the credentials of the walk being
    /// priced: a walk entering both acquires such a set, so its least effort
    /// (and, separately, its least years) is paid whatever the walk does later
    /// (docs/planner.md, "The bound").
    std::pair<double, double> credential_part(std::size_t i, std::uint32_t w,
                                              bool keep_prefix = false) {
        const auto t = targets_[i];
        auto& memo = credential_memo_[i];
        const auto& bits = tables_->credential_sets();
        if (bits.enabled()) {
            const std::uint64_t held = scratch_.held_mask();
            const auto& base = target_base_[i];
            if (w != t && !bits.has_unmet_group(w, held))
                return {base.credential_effort, base.credential_years};
            return joint_bits_price(i, w, held, {base.credential_effort, base.credential_years});
        }
        if (w == t) {
            // The target's bits are kept for its pairs with the next roles.
            if (target_bits_ok_[i])
                static_cast<void>(credential_memo::held_bits(tables_->credential_closure(t),
                                                             scratch_, target_bits_[i]));
            const credential_memo::key key{.target = target_bits_[i], .role = t};
            if (const auto* hit = target_bits_ok_[i] ? memo.find(key) : nullptr) {
                if (keep_prefix) prefix_valid_[i] = 0;
                return *hit;
            }
            // The target's groups alone; kept (for a lookahead) as the prefix of
            // its pairs with the next roles.
            collect_target_groups(i, keep_prefix);
            std::pair<double, double> price{0.0, 0.0};
            solve_groups(price.first, price.second);
            if (target_bits_ok_[i]) memo.insert(key, price);
            return price;
        }
        const auto& base = target_base_[i];
        if (!has_unmet_group(w)) return {base.credential_effort, base.credential_years};
        credential_memo::key key{.target = target_bits_[i], .role = w};
        const bool keyed = target_bits_ok_[i] &&
                           credential_memo::held_bits(tables_->credential_closure(w), scratch_,
                                                      key.next);
        if (const auto* hit = keyed ? memo.find(key) : nullptr) return *hit;
        if (!prefix_valid_[i]) collect_target_groups(i, true);
        const auto& prefix = target_groups_[i];
        jc_groups_.assign(prefix.groups.begin(), prefix.groups.end());
        jc_candidates_.assign(prefix.candidates.begin(), prefix.candidates.end());
        jc_credentials_.assign(prefix.credentials.begin(), prefix.credentials.end());
        collect_groups(w);
        std::pair<double, double> price{0.0, 0.0};
        solve_groups(price.first, price.second);
        if (keyed) memo.insert(key, price);
        return price;
    }

    /// `credential_part` with credentials as bits, for the credentials `held`.
    std::pair<double, double> bits_price(std::size_t i, std::uint32_t w, std::uint64_t held) {
        const auto& bits = tables_->credential_sets();
        const auto t = targets_[i];
        // The key is the held part of what the price depends on.
        const credential_memo::key key{.target = held & bits.closure(t),
                                       .next = w == t ? 0 : held & bits.closure(w),
                                       .role = w};
        return remembered_price(i, key, t, w, held);
    }

    /// The joint price of roles `a` and `b` for `held` from target slot `i`'s
    /// memo under `key`, searched and remembered on a miss.
    std::pair<double, double> remembered_price(std::size_t i, const credential_memo::key& key,
                                               std::uint32_t a, std::uint32_t b,
                                               std::uint64_t held) {
        auto& memo = credential_memo_[i];
        if (const auto* hit = memo.find(key)) return *hit;
        const auto price = tables_->credential_sets().joint_price(a, b, held, bits_workspace_);
        memo.insert(key, price);
        return price;
    }

    /// The joint price of role `w` with target slot `i`, credentials as bits
    /// (`w` may be the target: its own price). `target` is the target's own
    /// price for `held`, read only for a role independent of the target, whose
    /// joint price is the sum; the others take the joint search's.
    std::pair<double, double> joint_bits_price(std::size_t i, std::uint32_t w, std::uint64_t held,
                                               std::pair<double, double> target) {
        if (!independent_of_target(i, w)) return bits_price(i, w, held);
        const auto own = own_price(i, w, held);
        return {target.first + own.first, target.second + own.second};
    }

    /// Whether no credential the groups of `w` may need is one target slot
    /// `i`'s groups may need (with credentials as bits): no choice for one then
    /// meets or helps the other, and their joint price is the sum of the two.
    [[nodiscard]] bool independent_of_target(std::size_t i, std::uint32_t w) const noexcept {
        const auto& bits = tables_->credential_sets();
        return w != targets_[i] && (bits.closure(targets_[i]) & bits.closure(w)) == 0;
    }

    /// The price of `w`'s groups alone, for a role independent of target slot
    /// `i` (credentials as bits): remembered by what it depends on, the held part
    /// of `w`'s credentials, whatever is held of the target's. On the
    /// benchmark's median plans 25-100% of the roles the lookahead prices with
    /// the target are such; their prices are half a joint search each, and
    /// 0-65% fewer of them miss the memo (none fewer when the target has no
    /// credential groups). (Its keys cannot meet a joint price's: independence
    /// is fixed per role, and the memo is the target's.)
    std::pair<double, double> own_price(std::size_t i, std::uint32_t w, std::uint64_t held) {
        const auto& bits = tables_->credential_sets();
        const credential_memo::key key{.target = 0, .next = held & bits.closure(w), .role = w};
        return remembered_price(i, key, w, w, held);
    }

    /// The unmet groups of target slot `i` into the `jc_` buffers, and with
    /// `keep_prefix` into `target_groups_[i]` as well.
    void collect_target_groups(std::size_t i, bool keep_prefix) {
        jc_groups_.clear();
        jc_candidates_.clear();
        jc_credentials_.clear();
        collect_groups(targets_[i]);
        if (!keep_prefix) return;
        auto& prefix = target_groups_[i];
        prefix.groups.assign(jc_groups_.begin(), jc_groups_.end());
        prefix.candidates.assign(jc_candidates_.begin(), jc_candidates_.end());
        prefix.credentials.assign(jc_credentials_.begin(), jc_credentials_.end());
        prefix_valid_[i] = 1;
    }

    [[nodiscard]] bool has_unmet_group(std::uint32_t role) const {
        for (const auto& group : model_->credential_items(role_index{role})) {
            bool satisfied = false;
            for (auto k : model_->any_of(group)) satisfied = satisfied || scratch_.held(k.value());
            if (!satisfied) return true;
        }
        return false;
    }

    /// Appends the unsatisfied credential groups of `role`, each as the
    /// acquisition sets of its candidates.
    void collect_groups(std::uint32_t role) {
        for (const auto& group : model_->credential_items(role_index{role})) {
            const auto any_of = model_->any_of(group);
            bool satisfied = false;
            for (auto k : any_of) satisfied = satisfied || scratch_.held(k.value());
            if (satisfied) continue;
            jc_groups_.push_back(static_cast<std::uint32_t>(jc_candidates_.size()));
            for (auto k : any_of) {
                scratch_.acquisition_set(*model_, k.value(), scratch_.candidate);
                jc_candidates_.push_back(static_cast<std::uint32_t>(jc_credentials_.size()));
                jc_credentials_.insert(jc_credentials_.end(), scratch_.candidate.begin(),
                                       scratch_.candidate.end());
            }
        }
    }

    /// Choices of one candidate per group that `solve_groups` enumerates at most;
    /// beyond, each group is priced alone (a weaker bound, still a bound).
    static constexpr std::size_t joint_choice_limit = 4096;

    /// The least effort and least years of a union of acquisition sets, one per
    /// collected group, raised into `effort` and `years`.
    void solve_groups(double& effort, double& years) {
        if (jc_groups_.empty()) return;
        jc_groups_.push_back(static_cast<std::uint32_t>(jc_candidates_.size()));
        jc_candidates_.push_back(static_cast<std::uint32_t>(jc_credentials_.size()));
        if (jc_count_.size() < model_->credential_count())
            jc_count_.assign(model_->credential_count(), 0);
        std::size_t choices = 1;
        for (std::size_t g = 0; g + 1 < jc_groups_.size() && choices <= joint_choice_limit; ++g)
            choices *= jc_groups_[g + 1] - jc_groups_[g];
        // No credential listed twice: the groups' sets cannot overlap, nor can
        // one group's choice meet another, so the cheapest union is the sum of
        // the cheapest set per group (the common case, without the search).
        bool overlap = false;
        for (auto k : jc_credentials_)
            if (jc_count_[k]++ > 0) overlap = true;
        for (auto k : jc_credentials_) --jc_count_[k];
        if (!overlap || choices > joint_choice_limit) {
            // Each group alone: summed when they cannot overlap, else the largest.
            double total_effort = 0.0;
            double total_years = 0.0;
            for (std::size_t g = 0; g + 1 < jc_groups_.size(); ++g) {
                double least_effort = unreachable;
                double least_years = unreachable;
                for (auto c = jc_groups_[g]; c < jc_groups_[g + 1]; ++c) {
                    double e = 0.0;
                    double y = 0.0;
                    for (auto at = jc_candidates_[c]; at < jc_candidates_[c + 1]; ++at) {
                        const auto& cred = model_->at(credential_index{jc_credentials_[at]});
                        e += cred.effort;
                        y += cred.years;
                    }
                    least_effort = std::min(least_effort, e);
                    least_years = std::min(least_years, y);
                }
                total_effort = overlap ? std::max(total_effort, least_effort)
                                       : total_effort + least_effort;
                total_years =
                    overlap ? std::max(total_years, least_years) : total_years + least_years;
            }
            effort = std::max(effort, total_effort);
            years = std::max(years, total_years);
            jc_groups_.pop_back();
            jc_candidates_.pop_back();
            return;
        }
        jc_best_effort_ = unreachable;
        jc_best_years_ = unreachable;
        joint_search(0, 0.0, 0.0);
        jc_groups_.pop_back();
        jc_candidates_.pop_back();
        effort = std::max(effort, jc_best_effort_);
        years = std::max(years, jc_best_years_);
    }

    /// Depth-first over the groups from `g`, with the union so far counted in
    /// `jc_count_` and priced (e, y); a group the union already meets adds nothing.
    void joint_search(std::size_t g, double e, double y) {
        if (e >= jc_best_effort_ && y >= jc_best_years_) return;
        if (g + 1 == jc_groups_.size()) {
            jc_best_effort_ = std::min(jc_best_effort_, e);
            jc_best_years_ = std::min(jc_best_years_, y);
            return;
        }
        const auto first = jc_groups_[g];
        const auto last = jc_groups_[g + 1];
        // Met by what an earlier group's choice brought along: choosing more only costs more.
        for (auto c = first; c < last; ++c)
            if (jc_count_[jc_credentials_[jc_candidates_[c]]] > 0) {
                joint_search(g + 1, e, y);
                return;
            }
        for (auto c = first; c < last; ++c) {
            double de = 0.0;
            double dy = 0.0;
            for (auto at = jc_candidates_[c]; at < jc_candidates_[c + 1]; ++at)
                if (jc_count_[jc_credentials_[at]]++ == 0) {
                    const auto& cred = model_->at(credential_index{jc_credentials_[at]});
                    de += cred.effort;
                    dy += cred.years;
                }
            joint_search(g + 1, e + de, y + dy);
            for (auto at = jc_candidates_[c]; at < jc_candidates_[c + 1]; ++at)
                --jc_count_[jc_credentials_[at]];
        }
    }

    // ---- keys, incumbents ---------------------------------------------------------------

    [[nodiscard]] heap_entry make_key(double effort, double years, std::uint32_t steps,
                                      std::uint32_t id) const noexcept {
        if (request_.order == search_order::years)
            return {round12(years), round12(effort), steps, id};
        return {round12(effort), round12(years), steps, id};
    }

    [[nodiscard]] static bool key_less(const heap_entry& a, const heap_entry& b) noexcept {
        if (a.first != b.first) return a.first < b.first;
        if (a.second != b.second) return a.second < b.second;
        return a.steps < b.steps;
    }

    /// Whether no completion of a label with this key can be among the answers,
    /// given the complete labels already queued.
    [[nodiscard]] bool beaten_by_incumbent(const heap_entry& key) const noexcept {
        switch (request_.order) {
            case search_order::reach:
                return false;
            case search_order::pareto:
                for (const auto& c : complete_costs_)
                    if (point_dominates(c, key)) return true;
                return false;
            case search_order::effort:
            case search_order::years:
                break;
        }
        const std::size_t wanted = request_.simple_paths > 0 ? request_.simple_paths : 1;
        if (complete_keys_.size() < wanted) return false;
        return !key_less(key, complete_keys_.back());
    }

    void note_complete(const heap_entry& key) {
        if (request_.order == search_order::pareto) {
            complete_costs_.push_back({key.first, key.second, key.steps});
            return;
        }
        const std::size_t wanted = request_.simple_paths > 0 ? request_.simple_paths : 1;
        auto at = std::upper_bound(complete_keys_.begin(), complete_keys_.end(), key, key_less);
        complete_keys_.insert(at, key);
        if (complete_keys_.size() > wanted) complete_keys_.pop_back();
    }

    /// A found pair (e, y, s) makes every completion of a label bounded below by
    /// `key` useless: dominated, or the same pair with no fewer steps.
    [[nodiscard]] static bool point_dominates(const cost_point& c, const heap_entry& key) noexcept {
        return c.effort <= key.first && c.years <= key.second &&
               (c.effort < key.first || c.years < key.second || c.steps <= key.steps);
    }

    [[nodiscard]] bool dominated_by_solutions(double e, double y, std::uint32_t s) const noexcept {
        const heap_entry key{e, y, s, 0};
        for (const auto& c : solution_costs_)
            if (point_dominates(c, key)) return true;
        return false;
    }

    void push(std::uint32_t id, double he, double hy, std::uint32_t hs) {
        const label& l = labels_[id];
        queue_.push(make_key(l.effort + he, l.years + hy, l.steps + hs, id));
    }

    // ---- the stored state -----------------------------------------------------------------

    [[nodiscard]] std::span<const std::uint32_t> held_of(const label& l) const noexcept {
        return std::span<const std::uint32_t>(held_pool_)
            .subspan(l.held_begin, l.held_end - l.held_begin);
    }
    [[nodiscard]] std::span<const set_years> extra_of(const label& l) const noexcept {
        return std::span<const set_years>(extra_pool_)
            .subspan(l.extra_begin, l.extra_end - l.extra_begin);
    }

    /// Levels are stored per label as one code per relevant competency: the
    /// rank of the level among the values it can take (the profile's level and
    /// the levels roles require), so that codes compare as the levels do. One
    /// byte each when every competency has at most 256 such values, else two.
    void build_level_codes() {
        const auto relevant = tables_->relevant_competencies();
        code_offsets_.push_back(0);
        std::size_t widest = 0;
        for (std::uint32_t i = 0; i < relevant.size(); ++i) {
            const auto levels = tables_->required_levels(i);
            const double own = origin_->level[relevant[i]];
            const auto at = std::lower_bound(levels.begin(), levels.end(), own);
            code_values_.insert(code_values_.end(), levels.begin(), at);
            if (at == levels.end() || *at != own) code_values_.push_back(own);
            code_values_.insert(code_values_.end(), at, levels.end());
            code_offsets_.push_back(static_cast<std::uint32_t>(code_values_.size()));
            widest = std::max<std::size_t>(widest, code_offsets_.back() - code_offsets_[i]);
        }
        if (widest > 65536)
            throw error("planner: a competency has more than 65536 distinct required levels");
        width_ = widest > 256 ? 2 : 1;
        stride_ = width_ * relevant.size();
        dense_levels_ = true;
        for (std::uint32_t i = 0; i < relevant.size(); ++i) {
            dense_levels_ = dense_levels_ && relevant[i] == i;
            level_values_.push_back(code_values_.data() + code_offsets_[i]);
        }
        level_effort_.reserve(relevant.size());
        for (auto c : relevant)
            level_effort_.push_back(model_->effort_per_level(competency_index{c}));
    }
    [[nodiscard]] std::uint32_t code_of(std::uint32_t i, double level) const noexcept {
        const auto begin = code_values_.begin() + code_offsets_[i];
        const auto end = code_values_.begin() + code_offsets_[i + 1];
        return static_cast<std::uint32_t>(std::lower_bound(begin, end, level) - begin);
    }
    [[nodiscard]] std::uint32_t get_code(std::size_t at, std::uint32_t i) const noexcept {
        if (width_ == 1) return code_pool_[at + i];
        return static_cast<std::uint32_t>(code_pool_[at + 2 * i]) |
               (static_cast<std::uint32_t>(code_pool_[at + 2 * i + 1]) << 8U);
    }
    void put_code(std::size_t at, std::uint32_t i, std::uint32_t code) noexcept {
        if (width_ == 1) {
            code_pool_[at + i] = static_cast<std::uint8_t>(code);
            return;
        }
        code_pool_[at + 2 * i] = static_cast<std::uint8_t>(code & 0xFFU);
        code_pool_[at + 2 * i + 1] = static_cast<std::uint8_t>(code >> 8U);
    }

    void load(const label& l) {
        const auto relevant = tables_->relevant_competencies();
        const std::uint8_t* codes = code_pool_.data() + l.codes;
        if (width_ == 1 && dense_levels_)
            scratch_.assign_coded_levels(relevant.size(), level_values_.data(), codes);
        else if (width_ == 1)
            scratch_.assign_coded_levels(relevant, level_values_.data(), codes);
        else
            for (std::uint32_t i = 0; i < relevant.size(); ++i)
                scratch_.assign_level(relevant[i], level_values_[i][get_code(l.codes, i)]);
        for (auto at = &l; at != nullptr;
             at = at->parent == no_label ? nullptr : &labels_[at->parent]) {
            for (auto k : held_of(*at)) scratch_.load_held(k);
            for (const auto& x : extra_of(*at))
                if (!scratch_.extra_set(x.set))  // a later step's value wins
                    scratch_.load_extra(x.set, x.years);
        }
    }

    void next_epoch() {
        if (++epoch_ == 0) {
            std::fill(set_mark_.begin(), set_mark_.end(), 0U);
            epoch_ = 1;
        }
    }

    /// The whole state of `l` as sorted lists (for the rare exact comparison).
    void collect_state(const label& l, std::vector<std::uint32_t>& held,
                       std::vector<set_years>& extra) {
        held.clear();
        extra.clear();
        next_epoch();
        for (auto at = &l; at != nullptr;
             at = at->parent == no_label ? nullptr : &labels_[at->parent]) {
            const auto h = held_of(*at);
            held.insert(held.end(), h.begin(), h.end());
            for (const auto& x : extra_of(*at)) {
                if (set_mark_[x.set] == epoch_) continue;
                set_mark_[x.set] = epoch_;
                if (x.years != 0.0) extra.push_back(x);
            }
        }
        std::sort(held.begin(), held.end());
        std::sort(extra.begin(), extra.end(),
                  [](const set_years& p, const set_years& q) { return p.set < q.set; });
    }
    /// Levels need no unloading: the next `load` overwrites every relevant one.
    void unload() { scratch_.start_over(); }

    /// Puts label `id`'s state in the scratch, unless it is there already (a
    /// label refined and then expanded, children of one parent created in a row).
    void hold(std::uint32_t id) {
        if (held_label_ == id) return;
        unload();
        load(labels_[id]);
        held_label_ = id;
    }

    void write_levels(const label& parent, const walk_scratch::checkpoint& base, label& child) {
        child.codes = code_pool_.size();
        code_pool_.resize(code_pool_.size() + stride_);
        std::copy_n(code_pool_.begin() + static_cast<std::ptrdiff_t>(parent.codes), stride_,
                    code_pool_.begin() + static_cast<std::ptrdiff_t>(child.codes));
        for (const auto& x : scratch_.level_changes(base)) {
            const auto i = tables_->relevant_index(x.competency);
            put_code(child.codes, i, code_of(i, scratch_.level(x.competency)));
        }
    }

    /// Records the credentials the step acquired; returns their share of the
    /// state hash. The hash is a sum over the state's elements, so that it can be
    /// updated by the differences alone.
    std::uint64_t write_held(const walk_scratch::checkpoint& base, label& child) {
        const auto changes = scratch_.held_changes(base);
        child.held_begin = static_cast<std::uint32_t>(held_pool_.size());
        std::uint64_t h = 0;
        for (auto k : changes) {
            held_pool_.push_back(k);
            h += mix(0x2545F4914F6CDD1DULL, k);
        }
        child.held_end = static_cast<std::uint32_t>(held_pool_.size());
        return h;
    }

    /// Records the sets whose extra years the step changed (new values); returns
    /// the change of the state hash.
    std::uint64_t write_extra(const walk_scratch::checkpoint& base, label& child) {
        const auto changes = scratch_.extra_changes(base);
        child.extra_begin = static_cast<std::uint32_t>(extra_pool_.size());
        std::uint64_t h = 0;
        // The log holds (set, value before) per change; the first entry of a set
        // has its value before the step.
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const auto set = changes[i].set;
            bool first = true;
            for (std::size_t j = 0; j < i && first; ++j) first = changes[j].set != set;
            if (!first) continue;
            const double now = scratch_.extra(set);
            extra_pool_.push_back({set, now});
            if (tables_->wait_capable(set))
                h += extra_hash(set, now) - extra_hash(set, changes[i].years);
        }
        child.extra_end = static_cast<std::uint32_t>(extra_pool_.size());
        return h;
    }

    [[nodiscard]] static std::uint64_t mix(std::uint64_t h, std::uint64_t v) noexcept {
        h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
        return h * 0xBF58476D1CE4E5B9ULL;
    }
    /// 0 for no extra years, so that an absent set and a set at 0 hash alike.
    [[nodiscard]] static std::uint64_t extra_hash(std::uint32_t set, double years) noexcept {
        return years == 0.0
                   ? 0
                   : mix(mix(0x51ED270B2A3E9F1DULL, set), std::bit_cast<std::uint64_t>(years));
    }
    [[nodiscard]] static std::uint64_t group_key(std::uint32_t role, std::uint64_t state) noexcept {
        return mix(state, role);
    }

    // ---- groups and dominance ------------------------------------------------------------

    /// Whether `other` has the child's credentials and the same extra years on
    /// every wait-capable set (the child's state is in `held_a_` / `extra_a_`);
    /// its state is left in `held_b_` / `extra_b_`.
    bool same_group_state(const label& other, const label& child) {
        if (other.role != child.role || other.state != child.state) return false;
        collect_state(other, held_b_, extra_b_);
        if (held_a_ != held_b_) return false;
        std::size_t i = 0;
        std::size_t j = 0;
        while (true) {
            while (i < extra_a_.size() && !tables_->wait_capable(extra_a_[i].set)) ++i;
            while (j < extra_b_.size() && !tables_->wait_capable(extra_b_[j].set)) ++j;
            if (i == extra_a_.size() || j == extra_b_.size())
                return i == extra_a_.size() && j == extra_b_.size();
            if (extra_a_[i].set != extra_b_[j].set || extra_a_[i].years != extra_b_[j].years)
                return false;
            ++i;
            ++j;
        }
    }

    /// On the block-only sets, `x` has at least the years of `y` (absent = 0).
    [[nodiscard]] bool block_years_cover(const std::vector<set_years>& x,
                                         const std::vector<set_years>& y) const {
        std::size_t i = 0;
        for (const auto& e : y) {
            if (tables_->wait_capable(e.set)) continue;
            while (i < x.size() && x[i].set < e.set) ++i;
            const double have = (i < x.size() && x[i].set == e.set) ? x[i].years : 0.0;
            if (have < e.years) return false;
        }
        return true;
    }

    /// What raising `a` to `b`'s level on every competency where `a` is lower
    /// would cost: `sum_c eps_c * max(0, L_b(c) - L_a(c))` (0 when `a` covers `b`).
    [[nodiscard]] double level_shortfall(const label& a, const label& b) const noexcept {
        double cost = 0.0;
        if (width_ == 1) {
            const auto* pa = code_pool_.data() + a.codes;
            const auto* pb = code_pool_.data() + b.codes;
            for (std::uint32_t i = 0; i < stride_; ++i)
                if (pa[i] < pb[i])
                    cost += level_effort_[i] * (code_values_[code_offsets_[i] + pb[i]] -
                                                code_values_[code_offsets_[i] + pa[i]]);
            return cost;
        }
        const auto n = static_cast<std::uint32_t>(stride_ / 2);
        for (std::uint32_t i = 0; i < n; ++i) {
            const auto ca = get_code(a.codes, i);
            const auto cb = get_code(b.codes, i);
            if (ca < cb)
                cost += level_effort_[i] * (code_values_[code_offsets_[i] + cb] -
                                            code_values_[code_offsets_[i] + ca]);
        }
        return cost;
    }

    /// Whether `a` dominates `b` (same group): `a`'s cost, plus what it would
    /// take to raise `a` to `b`'s levels, is no worse in the order. Every
    /// completion of `b` costs `a` at most `level_shortfall(a, b)` more effort
    /// than it costs `b` (per competency, (M - x)+ <= (M - y)+ + (y - x)+), and
    /// the same years and steps (docs/planner.md, "Dominance").
    [[nodiscard]] bool dominates(const label& a, const label& b) const noexcept {
        const double shortfall = level_shortfall(a, b);
        const double ae = round12(a.effort + shortfall);
        const double be = round12(b.effort);
        const double ay = round12(a.years);
        const double by = round12(b.years);
        switch (request_.order) {
            case search_order::pareto:
                return ae <= be && ay <= by && a.steps <= b.steps;
            case search_order::reach:
                return ae <= be && (!request_.max_years || ay <= by) &&
                       (!request_.max_steps || a.steps <= b.steps);
            case search_order::effort:
            case search_order::years:
                break;
        }
        if (request_.max_years && ay > by) return false;
        if (request_.max_steps && a.steps > b.steps) return false;
        const double a1 = request_.order == search_order::effort ? ae : ay;
        const double b1 = request_.order == search_order::effort ? be : by;
        const double a2 = request_.order == search_order::effort ? ay : ae;
        const double b2 = request_.order == search_order::effort ? by : be;
        if (a1 != b1) return a1 < b1;
        if (a2 != b2) return a2 < b2;
        return a.steps <= b.steps;
    }

    /// Files label `id` under its state; false when the group already holds labels
    /// that make it useless (one dominating label, or k of them for k simple paths).
    bool insert_into_group(std::uint32_t id) {
        if (2 * (slots_.count() + 1) > slots_.size())
            slots_.grow([](const slot& s) { return s.hash; });
        label& l = labels_[id];
        const auto pos = slots_.probe(l.hash, [&l](const slot& s) { return s.hash == l.hash; });
        if (!slots_.live(pos)) {
            slots_.fill(pos, {.hash = l.hash, .head = id});
            return true;
        }
        slot& s = slots_[pos];
        const std::size_t k = request_.simple_paths;
        std::size_t dominators = 0;
        std::uint32_t prev = no_label;
        bool collected = false;
        for (auto at = s.head; at != no_label;) {
            label& other = labels_[at];
            const auto next = other.next_in_group;
            if (!other.dead && other.role == labels_[id].role && other.state == labels_[id].state) {
                if (!collected) {
                    collect_state(labels_[id], held_a_, extra_a_);
                    collected = true;
                }
            }
            if (!other.dead && collected && same_group_state(other, labels_[id])) {
                const bool other_wins =
                    dominates(other, labels_[id]) && block_years_cover(extra_b_, extra_a_);
                if (k > 0) {
                    if (other_wins && visited_within(at, id) && ++dominators >= k) return false;
                } else if (other_wins) {
                    return false;
                } else if (dominates(labels_[id], other) && block_years_cover(extra_a_, extra_b_)) {
                    other.dead = true;
                    if (prev == no_label)
                        s.head = next;
                    else
                        labels_[prev].next_in_group = next;
                    at = next;
                    continue;
                }
            }
            prev = at;
            at = next;
        }
        labels_[id].next_in_group = s.head;
        s.head = id;
        return true;
    }

    // ---- simple paths ------------------------------------------------------------------

    [[nodiscard]] bool on_path(std::uint32_t id, std::uint32_t role) const noexcept {
        for (auto at = id; at != no_label; at = labels_[at].parent)
            if (labels_[at].role == role) return true;
        return false;
    }

    /// The roles of `a`'s path are all on `b`'s path: then every simple
    /// continuation of b is one of a.
    bool visited_within(std::uint32_t a, std::uint32_t b) {
        if (++role_epoch_ == 0) {
            std::fill(role_mark_.begin(), role_mark_.end(), 0U);
            role_epoch_ = 1;
        }
        for (auto at = b; at != no_label; at = labels_[at].parent)
            role_mark_[labels_[at].role] = role_epoch_;
        for (auto at = a; at != no_label; at = labels_[at].parent)
            if (role_mark_[labels_[at].role] != role_epoch_) return false;
        return true;
    }

    const plan_tables* tables_;
    const model* model_;
    const walk_origin* origin_;
    const std::vector<std::uint8_t>* enterable_;
    const std::vector<std::uint8_t>* is_target_;
    std::vector<std::uint32_t> targets_;
    search_request request_;
    walk_scratch scratch_;

    std::optional<reverse_distances> effort_to_target_;
    std::optional<reverse_distances> years_to_target_;
    std::optional<reverse_distances> hops_to_target_;
    bool entry_bound_ = true;

    bool lookahead_ = true;
    /// Whether deferred children are repriced with joint credentials (`reprice`).
    bool repricing_ = false;
    std::vector<tenure_item> tenure_items_;
    std::vector<std::vector<double>> target_level_;
    /// Per target slot, its requirements above the start's levels.
    std::vector<std::vector<competency_level>> target_raises_;
    /// With one target, per role, where its `beyond_target` list lies in
    /// `ahead_reqs_` (`no_label` until first asked).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ahead_span_;
    std::vector<competency_level> ahead_reqs_;
    std::vector<target_entry> target_base_;
    /// Per target slot: whether `target_groups_` holds the groups of the state
    /// last priced with `keep_prefix` (a memo hit leaves it to be collected).
    std::vector<std::uint8_t> prefix_valid_;
    std::vector<credential_memo> credential_memo_;
    credential_bits::workspace bits_workspace_;
    /// Per target slot, the memo's bits of the target's credentials for the
    /// state being priced (set by `credential_part(i, t)`, used by its pairs).
    std::vector<std::uint64_t> target_bits_;
    /// Per target slot, whether its credentials fit the memo's 64 bits (fixed per plan).
    std::vector<std::uint8_t> target_bits_ok_;
    std::uint32_t pricing_parent_ = no_label;
    std::uint32_t pricing_role_ = 0;

    std::vector<label> labels_;
    std::vector<std::uint32_t> code_offsets_;
    std::vector<double> code_values_;
    /// Per relevant competency, where its level values start in `code_values_`
    /// (a label's code indexes them), and whether the relevant ones are all, 0..n-1.
    std::vector<const double*> level_values_;
    bool dense_levels_ = false;
    /// Effort per level of each relevant competency (`eps_c`), by relevant index.
    std::vector<double> level_effort_;
    std::size_t width_ = 1;
    std::size_t stride_ = 0;
    std::vector<std::uint8_t> code_pool_;
    std::vector<std::uint32_t> held_pool_;
    std::vector<set_years> extra_pool_;
    bucket_queue<heap_entry> queue_;
    stamped_table<slot> slots_;
    std::vector<std::uint32_t> set_mark_;
    std::uint32_t epoch_ = 0;
    std::vector<std::uint32_t> held_a_;
    std::vector<std::uint32_t> held_b_;
    std::vector<set_years> extra_a_;
    std::vector<set_years> extra_b_;

    std::vector<heap_entry> complete_keys_;
    std::vector<cost_point> complete_costs_;
    std::vector<std::uint32_t> solutions_;
    std::vector<cost_point> solution_costs_;
    std::vector<double> reached_effort_;
    std::vector<std::uint32_t> role_mark_;
    std::uint32_t role_epoch_ = 0;
    /// The credential groups being priced (`collect_groups`, `solve_groups`),
    /// how often each credential is in the union so far, and the best prices.
    std::vector<std::uint32_t> jc_groups_;
    std::vector<std::uint32_t> jc_candidates_;
    std::vector<std::uint32_t> jc_credentials_;
    std::vector<std::uint32_t> jc_count_;
    double jc_best_effort_ = 0.0;
    double jc_best_years_ = 0.0;
    /// Per target: its unmet groups for the label being refined (the lookahead's prefix).
    std::vector<credential_groups> target_groups_;
    /// Per target: the credential part of the label being expanded, which its
    /// children that acquire nothing share (`step_acquired_nothing_`).
    std::vector<std::pair<double, double>> parent_credentials_;
    bool step_acquired_nothing_ = false;
    std::vector<deferred_child> deferred_;
    std::vector<step_price> step_prices_;
    /// Deferred children still queued: they count against the label budget as
    /// the labels they stand for did before they were deferred.
    std::size_t pending_children_ = 0;
    std::size_t peak_held_ = 0;
    bool defer_children_ = false;
    bool parent_credentials_valid_ = false;
    /// The label whose state is in the scratch (`hold`), if any.
    std::uint32_t held_label_ = no_label;
    std::vector<ahead_step> ahead_;
    /// Per tenure item, its layer for the label being looked ahead (above
    /// `tenure_layers`: taken per step).
    std::vector<std::size_t> ahead_layer_;
    std::size_t expanded_ = 0;
    bool limit_reached_ = false;
};

}  // namespace careergraph::detail
