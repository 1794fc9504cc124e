// SPDX-License-Identifier: Apache-2.0
// Test support for the command: run a program as a subprocess with stdout and
// stderr captured separately (pipes, or a pseudo-terminal to act as a user's
// terminal) and its exit status.
#pragma once

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace cgtest {

/// What a finished subprocess left behind.
struct run_result {
    /// The exit status; -N when killed by signal N.
    int status = -1;
    std::string out;
    std::string err;
};

/// How to attach the subprocess.
struct run_options {
    /// stdout / stderr on a pseudo-terminal instead of a pipe.
    bool stdout_tty = false;
    bool stderr_tty = false;
    /// Environment entries to add ("NAME=value"); `unset` names are removed first.
    std::vector<std::string> env;
    std::vector<std::string> unset;
};

namespace detail {

inline void check(bool ok, const char* what) {
    if (!ok) throw std::runtime_error(std::string(what) + ": " + std::strerror(errno));
}

/// A pipe, or a pseudo-terminal pair: `read_fd` stays with the test, `write_fd` goes to the child.
struct channel {
    int read_fd = -1;
    int write_fd = -1;

    explicit channel(bool tty) {
        if (!tty) {
            int fds[2];
            check(::pipe2(fds, O_CLOEXEC) == 0, "pipe2");
            read_fd = fds[0];
            write_fd = fds[1];
            return;
        }
        read_fd = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        check(read_fd >= 0, "posix_openpt");
        check(::grantpt(read_fd) == 0 && ::unlockpt(read_fd) == 0, "grantpt/unlockpt");
        const char* name = ::ptsname(read_fd);
        check(name != nullptr, "ptsname");
        write_fd = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
        check(write_fd >= 0, "open pts");
    }
    channel(const channel&) = delete;
    channel& operator=(const channel&) = delete;
    ~channel() {
        if (read_fd >= 0) ::close(read_fd);
        if (write_fd >= 0) ::close(write_fd);
    }
    void close_write() {
        if (write_fd >= 0) ::close(write_fd);
        write_fd = -1;
    }
};

}  // namespace detail

/// Runs `args` (args[0] is looked up on PATH when it has no slash) to completion.
inline run_result run(const std::vector<std::string>& args, const run_options& options = {}) {
    detail::channel out(options.stdout_tty);
    detail::channel err(options.stderr_tty);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.write_fd, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.write_fd, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);

    std::vector<std::string> env_strings;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string entry(*e);
        const auto name = entry.substr(0, entry.find('='));
        bool drop = false;
        for (const auto& u : options.unset) drop = drop || name == u;
        for (const auto& add : options.env) drop = drop || name == add.substr(0, add.find('='));
        if (!drop) env_strings.push_back(entry);
    }
    for (const auto& add : options.env) env_strings.push_back(add);
    std::vector<char*> envp;
    for (auto& s : env_strings) envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> arg_strings(args);
    std::vector<char*> argv;
    for (auto& s : arg_strings) argv.push_back(s.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw std::runtime_error("posix_spawnp " + args.front() + ": " + std::strerror(rc));
    out.close_write();
    err.close_write();

    // Both streams at once: a child blocked on a full stderr pipe would never finish stdout.
    run_result result;
    pollfd fds[2] = {{out.read_fd, POLLIN, 0}, {err.read_fd, POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open_fds = 2;
    char buffer[65536];
    while (open_fds > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            detail::check(false, "poll");
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                // EOF on a pipe; EIO on a pseudo-terminal whose other end has closed.
                fds[i].fd = -1;
                --open_fds;
            }
        }
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) detail::check(errno == EINTR, "waitpid");
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    return result;
}

/// Runs the careergraph command with `args`.
inline run_result careergraph(std::vector<std::string> args, const run_options& options = {}) {
    args.insert(args.begin(), CAREERGRAPH_CLI);
    return run(args, options);
}

/// The directory of this test run's files, removed when the run ends.
inline const std::filesystem::path& scratch_root() {
    struct root {
        std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("careergraph-cli-test-" + std::to_string(::getpid()));
        ~root() {
            std::error_code ignored;
            std::filesystem::remove_all(path, ignored);
        }
    };
    static const root instance;
    return instance.path;
}

/// A fresh, empty directory for one test's files.
inline std::filesystem::path scratch_dir(const std::string& name) {
    const auto dir = scratch_root() / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The number of lines of `text` (a last line without newline counts).
inline std::size_t line_count(const std::string& text) {
    std::size_t n = 0;
    for (char c : text) n += c == '\n' ? 1 : 0;
    if (!text.empty() && text.back() != '\n') ++n;
    return n;
}

}  // namespace cgtest
