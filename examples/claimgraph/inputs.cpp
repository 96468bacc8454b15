#include "inputs.hpp"

#include <algorithm>
#include <cstdint>

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
  // JSON Lines carry their own metadata.
  if (options.input == "jsonl" && !options.meta.empty()) return "--meta does not apply to --input jsonl (give \"published\", \"publisher\", \"language\" in each line)";
  return std::nullopt;
}

LoadOptions load_options(const InputOptions& options) {
  LoadOptions load;
  load.language = options.language;
  load.max_bytes = parse_size(options.max_bytes).value_or(load.max_bytes);
  return load;
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

  const LoadOptions load = load_options(options);
  Inputs inputs;
  for (const std::string& path : options.files) {
    // A per-file metadata row is more specific than --lang, so it wins; its
    // language also spares detecting one at load.
    const MetaRow* row = meta ? meta->find(path) : nullptr;
    LoadOptions file_load = load;
    if (row && row->language) file_load.language = *row->language;
    auto document = load_document(path, file_load);
    if (!document) {
      err << document.error().to_string() << '\n';
      if (!options.keep_going) return std::nullopt;
      inputs.skipped = true;
      continue;
    }
    if (row) apply_meta(*row, *document);
    inputs.documents.push_back(std::move(document).value());
  }
  make_ids_unique(inputs.documents);
  return inputs;
}

std::optional<DocumentStream> DocumentStream::open(const InputOptions& options, std::ostream& err) {
  DocumentStream stream;
  stream.options_ = &options;
  stream.err_ = &err;
  if (options.input != "jsonl") {
    auto inputs = load_inputs(options, err);
    if (!inputs) return std::nullopt;
    stream.loaded_ = std::move(inputs->documents);
    stream.skipped_ = inputs->skipped;
  }
  return stream;
}

std::optional<std::vector<Document>> DocumentStream::next(std::size_t max_documents, uint64_t max_bytes) {
  std::vector<Document> batch;
  uint64_t bytes = 0;
  if (options_->input != "jsonl") {
    while (next_loaded_ < loaded_.size() && batch.size() < max_documents && bytes < max_bytes) {
      bytes += loaded_[next_loaded_].bytes.size();
      batch.push_back(std::move(loaded_[next_loaded_++]));
    }
    return batch;
  }
  const LoadOptions load = load_options(*options_);
  while (batch.size() < max_documents && bytes < max_bytes) {
    if (!reader_) {
      if (next_file_ == options_->files.size()) break;
      auto reader = JsonLinesReader::open(options_->files[next_file_++], load);
      if (!reader) {
        *err_ << reader.error().to_string() << '\n';
        if (!options_->keep_going) return std::nullopt;
        skipped_ = true;
        continue;
      }
      reader_.emplace(std::move(reader).value());
    }
    auto document = reader_->next();
    if (!document) {
      reader_.reset();
      continue;
    }
    if (!*document) {
      *err_ << document->error().to_string() << (options_->keep_going ? " (line skipped)" : "") << '\n';
      if (!options_->keep_going) return std::nullopt;
      skipped_ = true;
      continue;
    }
    // Ids are unique within a file (the reader checks); across files too.
    if (auto [it, fresh] = ids_.insert(document->value().id); !fresh) {
      *err_ << Error::in_file(document->value().path, "duplicate id '" + *it + "' (given in an earlier file)").to_string()
            << (options_->keep_going ? " (line skipped)" : "") << '\n';
      if (!options_->keep_going) return std::nullopt;
      skipped_ = true;
      continue;
    }
    bytes += document->value().bytes.size();
    batch.push_back(std::move(*document).value());
  }
  return batch;
}

std::optional<Inputs> DocumentStream::read_all() {
  Inputs inputs;
  for (;;) {
    auto batch = next(SIZE_MAX, UINT64_MAX);
    if (!batch) return std::nullopt;
    if (batch->empty()) break;
    for (Document& document : *batch) inputs.documents.push_back(std::move(document));
  }
  inputs.skipped = skipped_;
  return inputs;
}

}  // namespace claimgraph::cli
