// Option values the parser checks, so a bad value is a usage error (exit 2)
// before any file is read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "commands.hpp"

namespace claimgraph::cli {

// "1048576", "64K", "64M", "1G" (binary units); nullopt when malformed, zero
// or too large for 32-bit byte offsets.
std::optional<uint64_t> parse_size(std::string_view text);

// A number from 0 to 1 ("0.6", "1", ".75"); nullopt otherwise.
std::optional<double> parse_confidence(std::string_view text);

CLI::Validator language_validator();
CLI::Validator date_validator();
CLI::Validator size_validator();
CLI::Validator confidence_validator();

// --prefer auto|future|past: which way a bare weekday, month or holiday resolves.
void add_prefer_option(CLI::App& command, std::string& prefer);
// --locale TAG: how a numeric date whose reading is open (6/12) is read.
void add_locale_option(CLI::App& command, std::string& locale);
// --input files|jsonl (for commands that read many articles).
void add_input_format_option(CLI::App& command, InputOptions& options);

// --meta, --lang, --lexicon, --max-bytes (and --keep-going when asked).
void add_input_options(CLI::App& command, InputOptions& options, bool keep_going);

}  // namespace claimgraph::cli
