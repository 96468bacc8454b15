// claimgraph timex: the time expressions of one text, as one JSON line.
#include <iostream>

#include <nlohmann/json.hpp>

#include "claimgraph/document.hpp"
#include "claimgraph/time.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "options.hpp"

namespace claimgraph::cli {
namespace {

nlohmann::ordered_json date_or_null(const std::optional<Date>& date) {
  return date ? nlohmann::ordered_json(date->iso()) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json to_json(const TimeExpr& e, std::string_view bytes) {
  nlohmann::ordered_json out;
  out["text"] = std::string(e.span.of(bytes));
  out["span"] = nlohmann::ordered_json::array({e.span.begin, e.span.end});
  out["relation"] = std::string(to_string(e.relation));
  out["earliest"] = date_or_null(e.interval.earliest);
  out["latest"] = date_or_null(e.interval.latest);
  out["approx"] = e.approx;
  return out;
}

// The text to tag, validated as an article is: from the argument, --file or stdin.
Result<Document> read_text(const TimexOptions& options) {
  LoadOptions load;
  load.language = options.language;
  if (!options.file.empty()) return load_document(options.file, load);
  if (options.text == "-") return load_document("-", load);
  return make_document("TEXT", options.text, load);
}

}  // namespace

CLI::App* add_timex(CLI::App& app, TimexOptions& options) {
  CLI::App* command = app.add_subcommand("timex", "Find and resolve the time expressions of a text (JSON)");
  command->add_option("--ref", options.ref, "Reference date: the publication date")
      ->required()
      ->check(date_validator())
      ->type_name("YYYY-MM-DD");
  command->add_option("--lang", options.language, "Language of the text (default: detected)")
      ->check(language_validator())
      ->type_name("LANG");
  command->add_option("--lexicon", options.lexicon_dir, "Extra lexicons: a folder of <lang>/<category>.tsv files")
      ->type_name("DIR");
  add_prefer_option(*command, options.prefer);
  add_locale_option(*command, options.locale);
  auto* file = command->add_option("--file", options.file, "Read the text from this file")->type_name("F");
  auto* text = command->add_option("text", options.text, "The text itself; - reads standard input")
                   ->type_name("TEXT");
  file->excludes(text);
  return command;
}

int run_timex(const TimexOptions& options) {
  if (options.file.empty() && options.text.empty()) {
    std::cerr << "claimgraph timex: give the TEXT, --file F, or - for standard input\n"
                 "Run 'claimgraph timex --help' for more information.\n";
    return kUsageError;
  }
  LexiconChoice lexicons;
  if (!lexicons.load(options.lexicon_dir, std::cerr)) return kInputError;
  auto document = read_text(options);
  if (!document) {
    std::cerr << document.error().to_string() << '\n';
    return kInputError;
  }

  TimeOptions time_options;
  time_options.reference = Date::parse_iso(options.ref);
  time_options.language = document->language;
  time_options.prefer = *parse_time_preference(options.prefer);  // checked by the parser
  time_options.locale = options.locale;
  const std::string_view bytes = document->text();
  // The body only, so a BOM is skipped; spans are moved back to file offsets.
  // The string overload tokenizes paragraph by paragraph and without stems
  // (a third of the instructions on English), as tag_times() allows.
  const uint32_t body = document->body_begin;
  nlohmann::ordered_json out;
  out["expressions"] = nlohmann::ordered_json::array();
  for (TimeExpr& e : tag_times(bytes.substr(body), time_options, lexicons.get())) {
    e.span = {e.span.begin + body, e.span.end + body};
    out["expressions"].push_back(to_json(e, bytes));
  }
  std::cout << out.dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace) << '\n';
  return kOk;
}

}  // namespace claimgraph::cli
