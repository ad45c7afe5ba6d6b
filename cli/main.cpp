// The `chronicle` command: extract · timeml · render · draw · batch.
// Every failure ends as one line "chronicle: FILE: problem" on stderr and a non-zero exit;
// every output file is written atomically, so a failure leaves none behind.
#include "commands.hpp"

#include <chronicle/error.hpp>
#include <chronicle/version.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    CLI::App app{"Chronicle: finds the temporal expressions of news text and draws timelines.",
                 "chronicle"};
    app.set_version_flag("--version", std::string(chronicle::version()));
    app.require_subcommand(1);
    app.footer("Run 'chronicle COMMAND --help' for the options of a command.");

    chronicle::cli::add_extract_command(app);
    chronicle::cli::add_timeml_command(app);
    chronicle::cli::add_render_command(app);
    chronicle::cli::add_draw_command(app);
    chronicle::cli::add_batch_command(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const chronicle::Error& e) {
        std::fprintf(stderr, "chronicle: %s\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "chronicle: internal error: %s\n", e.what());
        return 3;
    }
    return chronicle::cli::exit_status();
}
