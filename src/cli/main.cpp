// SPDX-License-Identifier: Apache-2.0
// The careergraph command (shared/spec/cli.md): parses the arguments with CLI11,
// runs one subcommand, and maps every failure to the exit statuses of cli.md.
#include <careergraph/error.hpp>

#include "app.hpp"
#include "terminal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#ifndef CAREERGRAPH_VERSION
#define CAREERGRAPH_VERSION "0.1.0"
#endif

namespace {

using namespace careergraph::cli;

void print_error(std::string_view message) { std::cerr << "careergraph: " << message << '\n'; }

/// The deepest subcommand the parser had entered when it failed (or the app itself),
/// so that the usage shown is that of what the user was typing.
const CLI::App* failing_command(const CLI::App& app) {
    const CLI::App* at = &app;
    for (;;) {
        const auto chosen = at->get_subcommands();
        if (chosen.empty()) return at;
        at = chosen.front();
    }
}

int run(int argc, char** argv) {
    CLI::App app{
        "careergraph: competency models, readiness scores and exact career plans.\n"
        "Every subcommand prints a table, or the JSON of cli.md with --json.\n"
        "Exit status: 0 success, 1 no answer (no feasible plan), 2 bad input.",
        "careergraph"};
    app.set_version_flag("--version", "careergraph " CAREERGRAPH_VERSION,
                         "Print the version and exit");
    app.require_subcommand(1, 1);
    app.fallthrough(false);

    std::vector<command> commands;
    commands.push_back(make_validate(app));
    commands.push_back(make_readiness(app));
    commands.push_back(make_plan(app));
    commands.push_back(make_rank(app));
    commands.push_back(make_recommend(app));
    commands.push_back(make_gaps(app));
    commands.push_back(make_dot(app));
    commands.push_back(make_convert(app));
    commands.push_back(make_import(app));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // Help and version are "errors" with exit code 0 in CLI11; they go to stdout.
        if (e.get_exit_code() == 0) return app.exit(e);
        const auto* at = failing_command(app);
        if (at == &app && !app.remaining().empty())
            print_error(fmt::format("unknown subcommand \"{}\"", app.remaining().front()));
        else
            print_error(e.what());
        std::cerr << '\n' << at->help();
        return exit_bad_input;
    }

    const terminal_info term = detect_terminal();
    context ctx;
    ctx.colour = term.colour;
    ctx.progress = term.stderr_tty;
    for (const auto& cmd : commands) {
        if (!cmd.app->parsed()) continue;
        int status = exit_ok;
        try {
            status = cmd.run(ctx);
        } catch (const careergraph::input_error& e) {
            print_error(e.what());
            return exit_bad_input;
        } catch (const bad_argument& e) {
            print_error(e.what());
            std::cerr << "Run 'careergraph " << cmd.app->get_name() << " --help' for the usage.\n";
            return exit_bad_input;
        } catch (const not_available& e) {
            print_error(e.what());
            return exit_bad_input;
        } catch (const careergraph::usage_error& e) {
            // The library refused a combination of options that the parser let through.
            print_error(e.what());
            std::cerr << "Run 'careergraph " << cmd.app->get_name() << " --help' for the usage.\n";
            return exit_bad_input;
        } catch (const careergraph::error& e) {
            // Anything else the library raises concerns the input (an unwritable file...).
            print_error(e.what());
            return exit_bad_input;
        }
        std::fwrite(ctx.out.data(), 1, ctx.out.size(), stdout);
        if (std::fflush(stdout) != 0) {
            print_error("cannot write to stdout");
            return exit_bad_input;
        }
        return status;
    }
    // require_subcommand makes this unreachable; fail loudly if that ever changes.
    print_error("no subcommand given");
    std::cerr << '\n' << app.help();
    return exit_bad_input;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        print_error("out of memory");
    } catch (const std::exception& e) {
        print_error(fmt::format("internal error: {}", e.what()));
    }
    return 3;
}
