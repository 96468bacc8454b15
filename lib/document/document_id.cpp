#include <set>
#include <string>

#include "claimgraph/document.hpp"
#include "document/read_input.hpp"

namespace claimgraph {

std::string document_id(std::string_view path) {
  if (path == "-") return "stdin";
  std::string_view name = detail::file_name(path);
  // A leading dot starts a hidden name, not an extension (".notes" stays).
  const auto dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return name.empty() ? std::string("document") : std::string(name);
}

void make_ids_unique(std::vector<Document>& documents) {
  // Every id as given is reserved first, so a file really named "x~2" keeps
  // its id and the second "x" becomes "x~3".
  std::set<std::string, std::less<>> given;
  for (const Document& d : documents) given.insert(d.id);
  std::set<std::string, std::less<>> taken;
  for (Document& d : documents) {
    if (taken.insert(d.id).second) continue;
    for (unsigned n = 2;; ++n) {
      std::string candidate = d.id + "~" + std::to_string(n);
      if (!given.contains(candidate) && !taken.contains(candidate)) {
        taken.insert(candidate);
        d.id = std::move(candidate);
        break;
      }
    }
  }
}

}  // namespace claimgraph
