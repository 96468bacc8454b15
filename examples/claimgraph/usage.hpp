// Usage errors: one message on stderr, the usage line, exit code 2.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

namespace claimgraph::cli {

// Makes `app` print parse errors as "claimgraph: what", the usage line of
// the (sub)command concerned, and a pointer to --help.
void set_usage_errors(CLI::App& app);

// When the first argument is neither a subcommand nor an option of the
// command itself, the message for it ("unknown subcommand 'x' ...").
std::optional<std::string> unknown_subcommand(const CLI::App& app, int argc, const char* const* argv);

}  // namespace claimgraph::cli
