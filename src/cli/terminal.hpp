// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

/// Terminal facts and decoration for the careergraph command: whether stdout and
/// stderr are terminals, ANSI styles that collapse to plain text when colour is
/// off, and a progress bar that draws only on a terminal.
namespace careergraph::cli {

/// @brief What the process is attached to, read once at start-up.
struct terminal_info {
    bool stdout_tty = false;
    bool stderr_tty = false;
    /// stdout is a terminal and `NO_COLOR` is unset (https://no-color.org).
    bool colour = false;
};

/// @brief Inspects file descriptors 1 and 2 and the environment.
[[nodiscard]] terminal_info detect_terminal() noexcept;

/// @brief Columns of the terminal on file descriptor `fd`, or `fallback` when it is not one.
[[nodiscard]] std::size_t terminal_columns(int fd, std::size_t fallback = 80) noexcept;

/// @brief A text style; each maps to one ANSI SGR sequence.
enum class tone : std::uint8_t { plain, bold, dim, good, bad, accent, warn };

/// @brief `text` wrapped in the escape sequence of `t` when `colour` is on, else `text` as is.
[[nodiscard]] std::string paint(std::string_view text, tone t, bool colour);

/// @brief A one-line progress bar with rate and ETA on stderr.
///
/// Draws only when enabled (stderr is a terminal), at most every 100 ms, so the
/// cost in the caller's loop is one clock read per update; a disabled bar does
/// nothing at all, which keeps pipes and log files free of control characters.
/// The line is erased when the bar finishes or is destroyed.
/// @code
/// progress_bar bar{"scoring", people.size(), info.stderr_tty};
/// for (std::size_t done = 0; done < n; done += chunk) { work(chunk); bar.update(done + chunk); }
/// @endcode
class progress_bar {
public:
    progress_bar(std::string label, std::size_t total, bool enabled);
    progress_bar(const progress_bar&) = delete;
    progress_bar& operator=(const progress_bar&) = delete;
    ~progress_bar();

    /// @brief Records that `done` of `total` units are finished and redraws if due.
    void update(std::size_t done);
    /// @brief Erases the bar (idempotent).
    void finish();

    /// @brief The bar line for `done` of `total` after `elapsed` seconds, `width` columns wide.
    /// Pure, so that the layout can be tested without a terminal.
    [[nodiscard]] static std::string render(std::string_view label, std::size_t done,
                                            std::size_t total, double elapsed_seconds,
                                            std::size_t width);

private:
    void draw(std::size_t done);

    std::string label_;
    std::size_t total_ = 0;
    bool enabled_ = false;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace careergraph::cli
