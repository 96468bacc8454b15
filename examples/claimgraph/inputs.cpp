#include "inputs.hpp"

#include <algorithm>

#include "options.hpp"

namespace claimgraph::cli {

bool LexiconChoice::load(const std::string& dir, std::ostream& err) {
  if (dir.empty()) return true;
  auto lexicons = Lexicons::load(dir);
  if (!lexicons) {
    err << lexicons.error().to_string() << '\n';
    return false;
  }
  loaded_.emplace(std::move(lexicons).value());
  return true;
}

std::optional<std::string> input_usage_error(const InputOptions& options) {
  // Standard input can be read only once.
  const auto stdin_uses = std::count(options.files.begin(), options.files.end(), "-") + (options.meta == "-");
  if (stdin_uses > 1) return "standard input ('-') can be read only once";
  return std::nullopt;
}

std::optional<Inputs> load_inputs(const InputOptions& options, std::ostream& err) {
  std::optional<MetaTable> meta;
  if (!options.meta.empty()) {
    auto table = MetaTable::load(options.meta);
    if (!table) {
      err << table.error().to_string() << '\n';
      return std::nullopt;
    }
    meta = std::move(table).value();
  }

  LoadOptions load_options;
  load_options.language = options.language;
  load_options.max_bytes = parse_size(options.max_bytes).value_or(load_options.max_bytes);

  Inputs inputs;
  for (const std::string& path : options.files) {
    auto document = load_document(path, load_options);
    if (!document) {
      err << document.error().to_string() << '\n';
      if (!options.keep_going) return std::nullopt;
      inputs.skipped = true;
      continue;
    }
    // A per-file metadata row is more specific than --lang, so it wins.
    if (meta) {
      if (const MetaRow* row = meta->find(path)) apply_meta(*row, *document);
    }
    inputs.documents.push_back(std::move(document).value());
  }
  make_ids_unique(inputs.documents);
  return inputs;
}

}  // namespace claimgraph::cli
