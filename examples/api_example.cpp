// The library in one page: load articles, find their claims, link the claims
// across articles and write the JSON report (docs/api.md walks through it).
//
//   api_example ARTICLE...      e.g. api_example examples/articles/*.txt
#include <iostream>
#include <utility>

#include <claimgraph/claimgraph.hpp>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: api_example ARTICLE...\n";
    return 2;
  }

  // Errors are values: a failed load names the file and the byte offset.
  claimgraph::Analysis analysis;
  for (int i = 1; i < argc; ++i) {
    claimgraph::Result<claimgraph::Document> document = claimgraph::load_document(argv[i]);
    if (!document) {
      std::cerr << document.error().to_string() << '\n';
      return 1;
    }
    analysis.documents.push_back(std::move(document).value());
  }
  // Ids come from file names; two files called the same get "~2", "~3".
  claimgraph::make_ids_unique(analysis.documents);

  // The analyzer holds the built-in lexicons; analyze() reads the publisher
  // and the publication date from the text (relative dates need the latter),
  // then turns the document into claims.
  const claimgraph::Analyzer analyzer;
  for (claimgraph::Document& document : analysis.documents) {
    analysis.graph.add(analyzer.analyze(document));
  }

  // Links: agreement, refinement, updates, duplicates and conflicts, each with
  // a reason that names both sources and both values.
  analysis.graph.link();
  for (const claimgraph::Link& link : analysis.graph.conflicts()) {
    std::cerr << claimgraph::to_string(link.relation) << ": " << link.reason() << '\n';
  }

  claimgraph::write_json(std::cout, analysis);  // schema claimgraph/1
  return 0;
}
