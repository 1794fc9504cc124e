// SPDX-License-Identifier: Apache-2.0
// The search's bucketed queue must take entries off in exactly the order of
// one binary heap of them all: the planner's answers and its tie-breaks
// depend on that order.
#include <careergraph/detail/planner_search.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <queue>
#include <random>
#include <vector>

namespace {

struct entry {
    double first = 0.0;
    double second = 0.0;
    std::uint32_t id = 0;
    friend bool operator>(const entry& a, const entry& b) noexcept {
        if (a.first != b.first) return a.first > b.first;
        if (a.second != b.second) return a.second > b.second;
        return a.id > b.id;
    }
    friend bool operator<(const entry& a, const entry& b) noexcept { return b > a; }
};

}  // namespace

TEST_CASE("the bucketed queue takes entries off in heap order", "[queue]") {
    std::mt19937_64 rng(424242);
    careergraph::detail::bucket_queue<entry> queue;
    for (int trial = 0; trial < 60; ++trial) {
        // Widths from far finer than the keys' spread (keys past the last
        // bucket) to coarser (every key in one bucket).
        const double width =
            std::vector<double>{1e-4, 0.01, 0.5, 3.0, 1000.0}[static_cast<std::size_t>(trial % 5)];
        queue.reset(10.0, width);
        std::priority_queue<entry, std::vector<entry>, std::greater<>> reference;
        std::uniform_real_distribution<double> spread(0.0, 400.0);
        std::uniform_int_distribution<int> coarse(0, 40);
        std::uint32_t next_id = 0;
        double floor = 0.0;  // pushes mostly above the last key taken off, as in A*
        std::size_t taken = 0;
        for (int op = 0; op < 3000; ++op) {
            const bool push = reference.empty() || rng() % 3 != 0;
            if (push) {
                entry e;
                // Repeated first keys (ties decided by the rest), some below
                // the origin or the last key taken off, some far above.
                e.first = rng() % 4 == 0 ? floor + coarse(rng) * 0.25 : floor + spread(rng);
                if (rng() % 50 == 0) e.first = spread(rng) * 0.01;
                if (rng() % 100 == 0) e.first = 1e9 + spread(rng);
                e.second = static_cast<double>(coarse(rng));
                e.id = next_id++;
                queue.push(e);
                reference.push(e);
            } else {
                REQUIRE_FALSE(queue.empty());
                const entry* least = queue.least();
                REQUIRE(least != nullptr);
                const std::uint32_t least_id = least != nullptr ? least->id : 0;
                const std::uint32_t top_id = queue.top().id;
                const entry got = queue.pop();
                const entry want = reference.top();
                reference.pop();
                REQUIRE(got.id == want.id);
                REQUIRE(top_id == want.id);
                REQUIRE(least_id == want.id);
                floor = got.first;
                ++taken;
            }
            REQUIRE(queue.empty() == reference.empty());
        }
        while (!reference.empty()) {
            REQUIRE(queue.pop().id == reference.top().id);
            reference.pop();
        }
        CHECK(queue.empty());
        CHECK(queue.least() == nullptr);
        CHECK(taken > 500);
    }
}
