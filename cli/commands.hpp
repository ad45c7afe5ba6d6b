#pragma once
#include <CLI/CLI.hpp>

namespace chronicle::cli {

// Each adds its subcommand with a callback that runs it; callbacks throw chronicle::Error.
void add_extract_command(CLI::App& app);
void add_timeml_command(CLI::App& app);
void add_render_command(CLI::App& app);
void add_draw_command(CLI::App& app);
void add_batch_command(CLI::App& app);  // batch.cpp

// 0, or 1 when a command reported failures without throwing (e.g. one bad file of many).
int exit_status();
// Raises the exit status (never lowers it): 1 for a failed input, 2 for failed batch records.
void set_exit_status(int status);

}  // namespace chronicle::cli
