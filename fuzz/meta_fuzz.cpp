// Fuzz target: the metadata TSV parser (MetaTable::parse) and apply_meta.
#include <string>

#include "claimgraph/document.hpp"
#include "fuzz_input.hpp"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  fuzz::Input input(data, size);
  const std::string_view contents = input.rest();
  auto table = MetaTable::parse(contents, "fuzz/meta.tsv");
  if (!table) {
    // A refusal names the file and a line inside it.
    const Error& error = table.error();
    FUZZ_CHECK(!error.message.empty());
    FUZZ_CHECK(error.path == "fuzz/meta.tsv");
    FUZZ_CHECK(error.line.has_value());
    FUZZ_CHECK(*error.line >= 1 && *error.line <= contents.size() + 1);
    return 0;
  }
  Document document;
  document.bytes = "x";
  document.language = "en";
  for (const MetaRow& row : table->rows()) {
    // Every row is found again by its file name ("-" names standard input,
    // which no row describes), and applies cleanly.
    if (row.file != "-") FUZZ_CHECK(table->find(row.file) == &row);
    if (row.language) FUZZ_CHECK(!row.language->empty());
    apply_meta(row, document);
  }
  (void)table->find("");
  (void)table->find(contents.substr(0, 32));
  return 0;
}
