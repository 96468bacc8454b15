// claimgraph explain: why each claim of one article has its values.
#include <iostream>

#include "claimgraph/claim.hpp"
#include "commands.hpp"
#include "explanation.hpp"
#include "inputs.hpp"
#include "options.hpp"

namespace claimgraph::cli {

CLI::App* add_explain(CLI::App& app, ExplainOptions& options) {
  CLI::App* command =
      app.add_subcommand("explain", "Show, per sentence, each claim with the rules and lexicon entries behind it");
  add_input_options(*command, options.input, /*keep_going=*/false);
  command->add_option("file", options.input.files, "One article file; - reads standard input")
      ->required()
      ->expected(1)
      ->type_name("FILE");
  return command;
}

int run_explain(const ExplainOptions& options) {
  if (auto problem = input_usage_error(options.input)) {
    std::cerr << "claimgraph explain: " << *problem << "\nRun 'claimgraph explain --help' for more information.\n";
    return kUsageError;
  }
  LexiconChoice lexicons;
  if (!lexicons.load(options.input.lexicon_dir, std::cerr)) return kInputError;
  auto inputs = load_inputs(options.input, std::cerr);
  if (!inputs) return kInputError;

  const Analyzer analyzer{lexicons.get(), AnalyzerOptions{.explain = true}};
  Document& document = inputs->documents.front();
  const std::vector<Claim> claims = analyzer.analyze(document);
  std::vector<const Claim*> pointers;
  for (const Claim& claim : claims) pointers.push_back(&claim);
  write_explanation(std::cout, document, pointers);
  std::cout.flush();
  return std::cout ? kOk : kInputError;
}

}  // namespace claimgraph::cli
