// SPDX-License-Identifier: Apache-2.0
#include "terminal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sys/ioctl.h>
#include <unistd.h>

namespace careergraph::cli {

terminal_info detect_terminal() noexcept {
    terminal_info info;
    info.stdout_tty = ::isatty(STDOUT_FILENO) == 1;
    info.stderr_tty = ::isatty(STDERR_FILENO) == 1;
    // NO_COLOR disables colour whatever its value, even empty (no-color.org).
    info.colour = info.stdout_tty && std::getenv("NO_COLOR") == nullptr;
    return info;
}

std::size_t terminal_columns(int fd, std::size_t fallback) noexcept {
    winsize size{};
    if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return fallback;
}

std::string paint(std::string_view text, tone t, bool colour) {
    if (!colour || t == tone::plain || text.empty()) return std::string(text);
    std::string_view code;
    switch (t) {
        case tone::bold:
            code = "1";
            break;
        case tone::dim:
            code = "2";
            break;
        case tone::good:
            code = "32";
            break;
        case tone::bad:
            code = "31";
            break;
        case tone::accent:
            code = "36";
            break;
        case tone::warn:
            code = "33";
            break;
        case tone::plain:
            break;
    }
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

namespace {

std::string clock_text(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) return "--:--";
    const auto s = static_cast<long long>(std::llround(seconds));
    if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
    return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::string rate_text(double per_second) {
    if (per_second >= 1e6) return fmt::format("{:.1f}M/s", per_second / 1e6);
    if (per_second >= 1e3) return fmt::format("{:.1f}k/s", per_second / 1e3);
    return fmt::format("{:.0f}/s", per_second);
}

}  // namespace

progress_bar::progress_bar(std::string label, std::size_t total, bool enabled)
    : label_(std::move(label)),
      total_(total),
      enabled_(enabled),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

progress_bar::~progress_bar() { finish(); }

void progress_bar::update(std::size_t done) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    // Redrawing on every chunk would make the terminal, not the work, the bottleneck.
    if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && done < total_) return;
    last_draw_ = now;
    draw(done);
}

void progress_bar::draw(std::size_t done) {
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const std::string line = render(label_, done, total_, elapsed, terminal_columns(STDERR_FILENO));
    std::fputs(fmt::format("\r{}\x1b[K", line).c_str(), stderr);
    std::fflush(stderr);
    drawn_ = true;
}

void progress_bar::finish() {
    if (!drawn_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    drawn_ = false;
}

std::string progress_bar::render(std::string_view label, std::size_t done, std::size_t total,
                                 double elapsed_seconds, std::size_t width) {
    done = std::min(done, total);
    const double fraction =
        total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
    const double rate = elapsed_seconds > 0 ? static_cast<double>(done) / elapsed_seconds : 0.0;
    const double eta = rate > 0 ? static_cast<double>(total - done) / rate : -1.0;
    const std::string tail = fmt::format(" {:5.1f}% {}/{} {} ETA {}", fraction * 100.0, done, total,
                                         rate_text(rate), clock_text(eta));
    const std::size_t fixed = label.size() + 3 + tail.size();
    // The bar takes what is left of the line, within reason; one column stays
    // free so that the terminal never wraps.
    const std::size_t bar = width > fixed + 11 ? std::min<std::size_t>(width - fixed - 1, 40) : 10;
    const auto filled = static_cast<std::size_t>(fraction * static_cast<double>(bar));
    return fmt::format("{} [{}{}]{}", label, std::string(filled, '#'),
                       std::string(bar - filled, '.'), tail);
}

}  // namespace careergraph::cli
