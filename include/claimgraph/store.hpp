// claimgraph: a claim store: documents, their claims and the links between
// them, kept in an SQLite file and linked incrementally.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/date.hpp"
#include "claimgraph/document.hpp"
#include "claimgraph/error.hpp"
#include "claimgraph/report.hpp"

namespace claimgraph {

// What one add() did.
struct IngestSummary {
  uint32_t added = 0;     // documents stored for the first time
  uint32_t replaced = 0;  // documents stored again (replace)
  uint32_t kept = 0;      // documents already stored and left as they were
  uint32_t claims = 0;    // claims stored
  uint32_t families = 0;  // event families relinked
};

// An SQLite file (docs/api.md, "ClaimStore"). Each add() is one transaction:
// a process killed during it leaves the store as it was before it. Links
// are recomputed only for the event families of the claims added (see
// link_family), from every stored claim of those families, so the stored
// links are always those a one-shot analysis of every stored document gives.
// Not thread-safe; one writer at a time (SQLite locks the file).
class ClaimStore {
 public:
  // Opens the store at `path`, creating it when missing; a store of an older
  // schema version is migrated. Errors name the path: not an SQLite file, a
  // newer schema than this claimgraph knows, an unwritable folder.
  static Result<ClaimStore> open(const std::string& path);
  ClaimStore(ClaimStore&&) noexcept;
  ClaimStore& operator=(ClaimStore&&) noexcept;
  ~ClaimStore();

  // The schema version this claimgraph writes.
  static constexpr int kSchemaVersion = 1;

  // True when a document with this id is stored.
  Result<bool> contains(const std::string& document_id);

  // Stores documents with their claims (claims[i] are documents[i]'s, as
  // Analyzer::claims gives them) and relinks their families, in one
  // transaction. A document whose id is stored already is left as it is,
  // unless `replace`: then its old claims and links go and the new ones come.
  Result<IngestSummary> add(std::vector<Document> documents, std::vector<std::vector<Claim>> claims,
                            bool replace = false);

  // What the store holds, linked with the stored links. With `since`, only
  // the links that involve a document published on or after that day (a
  // document without a date is not "since"), with the claims and documents
  // they involve, and every claim of those recent documents.
  Result<Analysis> load(std::optional<Date> since = std::nullopt);

 private:
  struct Impl;
  explicit ClaimStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph
