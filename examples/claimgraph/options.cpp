#include "options.hpp"

#include <charconv>
#include <cstdint>

#include "claimgraph/date.hpp"
#include "claimgraph/document.hpp"
#include "claimgraph/time.hpp"

namespace claimgraph::cli {

std::optional<uint64_t> parse_size(std::string_view text) {
  uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end == text.data()) return std::nullopt;
  std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
  unsigned shift = 0;
  if (unit == "K" || unit == "k" || unit == "KiB") {
    shift = 10;
  } else if (unit == "M" || unit == "MiB") {
    shift = 20;
  } else if (unit == "G" || unit == "GiB") {
    shift = 30;
  } else if (!unit.empty()) {
    return std::nullopt;
  }
  if (value == 0 || value > (UINT32_MAX >> shift)) return std::nullopt;
  return value << shift;
}

std::optional<double> parse_confidence(std::string_view text) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  // from_chars reads "nan" and "inf"; the range test turns both away.
  if (ec != std::errc{} || end != text.data() + text.size() || !(value >= 0.0 && value <= 1.0)) return std::nullopt;
  return value;
}

CLI::Validator language_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        return is_language_tag(value) ? "" : "'" + value + "' is not a language code such as ar or en";
      },
      "", "language");
}

CLI::Validator date_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        return Date::parse_iso(value) ? "" : "'" + value + "' is not a date YYYY-MM-DD";
      },
      "", "date");
}

CLI::Validator size_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        return parse_size(value) ? ""
                                 : "'" + value +
                                       "' is not a size from 1 to 4294967295 bytes (suffix K, M or G allowed)";
      },
      "", "size");
}

CLI::Validator confidence_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        return parse_confidence(value) ? "" : "'" + value + "' is not a confidence from 0 to 1";
      },
      "", "confidence");
}

void add_prefer_option(CLI::App& command, std::string& prefer) {
  command
      .add_option("--prefer", prefer,
                  "A bare weekday, month or holiday with no tense or relative word: auto (the nearest, as news "
                  "reads), future (the next one, as calendar text reads) or past (default: auto)")
      ->check(CLI::IsMember({"auto", "future", "past"}))
      ->type_name("WAY");
}

void add_locale_option(CLI::App& command, std::string& locale) {
  command
      .add_option("--locale", locale,
                  "How numeric dates read when both readings are dates (6/12): en-US month first, en-GB, ar-EG and "
                  "other regions day first, as the lexicons' common/locales.tsv says (default: by the text's "
                  "language)")
      ->check(language_validator())
      ->type_name("TAG");
}

void add_input_format_option(CLI::App& command, InputOptions& options) {
  command.add_option("--input", options.input,
                     "How FILEs hold articles: files (one article a file, the default) or jsonl (JSON Lines, one "
                     "article a line: id, text, published, publisher, language, url)")
      ->check(CLI::IsMember({"files", "jsonl"}))
      ->type_name("KIND");
}

void add_input_options(CLI::App& command, InputOptions& options, bool keep_going) {
  command.add_option("--meta", options.meta, "Metadata TSV: file, published, publisher, language columns")
      ->type_name("FILE.tsv");
  command.add_option("--lang", options.language, "Language of every file (default: detected per file)")
      ->check(language_validator())
      ->type_name("LANG");
  command.add_option("--lexicon", options.lexicon_dir, "Extra lexicons: a folder of <lang>/<category>.tsv files")
      ->type_name("DIR");
  command.add_option("--max-bytes", options.max_bytes, "Refuse files larger than this (default 64M)")
      ->check(size_validator())
      ->type_name("N");
  if (keep_going) {
    command.add_flag("--keep-going", options.keep_going,
                     "Skip bad files (reported on stderr) instead of stopping; exit 1 if any was skipped");
  }
}

}  // namespace claimgraph::cli
