// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace careergraph::detail {

/// @brief The number of worker threads to use for `requested` (0: one per hardware thread).
[[nodiscard]] inline unsigned worker_count(unsigned requested) noexcept {
    if (requested != 0) return requested;
    const unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1U : hw;
}

/// @brief Runs `fn(task, worker)` for every task in [0, tasks) on up to
/// `threads` workers (the calling thread is worker 0), handing out tasks one
/// at a time from an atomic counter.
///
/// Why std::jthread per call and not a standing pool: the batch queries are
/// coarse (milliseconds to seconds), so starting one or two threads costs
/// nothing measurable, and the library keeps no global state, no pool to size
/// or shut down, and stays safe to call from many threads at once. Dynamic
/// hand-out balances blocks of unequal cost. The C++17 parallel algorithms
/// were not used: libstdc++ runs them on TBB, which is not a dependency here.
///
/// Results must not depend on which worker runs a task: callers write each
/// task's output to its own slot and combine slots in task order.
/// The first exception thrown by a task is rethrown here after all workers stop.
/// Complexity: `tasks` calls of `fn`.
template <class Fn>
void parallel_for(std::size_t tasks, unsigned threads, Fn&& fn) {
    const auto workers = static_cast<unsigned>(
        std::min<std::size_t>(std::max(1U, threads), std::max<std::size_t>(tasks, 1)));
    if (workers <= 1) {
        for (std::size_t t = 0; t < tasks; ++t) fn(t, 0U);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    const auto work = [&](unsigned worker) {
        try {
            for (std::size_t t = next.fetch_add(1, std::memory_order_relaxed); t < tasks;
                 t = next.fetch_add(1, std::memory_order_relaxed))
                fn(t, worker);
        } catch (...) {
            const std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next.store(tasks, std::memory_order_relaxed);
        }
    };
    {
        std::vector<std::jthread> pool;
        pool.reserve(workers - 1);
        for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work, w);
        work(0U);
    }
    if (failure) std::rethrow_exception(failure);
}

}  // namespace careergraph::detail
