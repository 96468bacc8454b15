// ClaimStore: documents, claims and links in SQLite (schema below), one
// transaction per add(), links recomputed per event family.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "claimgraph/graph.hpp"
#include "claimgraph/store.hpp"
#include "store/claim_codec.hpp"
#include "store/sqlite.hpp"

namespace claimgraph {
namespace {

using store::Database;
using store::Statement;

// Version 1. Dates are ISO days ("2025-06-10"), so they compare as text;
// a claim's fields are JSON (store/claim_codec.hpp); links name claims by id.
constexpr std::string_view kSchema = R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY, path TEXT NOT NULL, language TEXT NOT NULL,
  published TEXT, publisher TEXT, url TEXT, body_begin INTEGER NOT NULL, bytes TEXT NOT NULL);
CREATE INDEX documents_published ON documents(published);
CREATE TABLE claims (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id), family TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_family ON claims(family);
CREATE TABLE links (
  family TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, relation TEXT NOT NULL, kind TEXT NOT NULL,
  reason TEXT NOT NULL, confidence REAL NOT NULL);
CREATE INDEX links_family ON links(family);
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
)sql";

// The migration hook: the SQL that turns a version v store into version
// v + 1, run in the transaction that opens the store. None yet: a version 2
// adds `case 1: return "ALTER TABLE ...";`.
std::string_view migration_from(int64_t version) {
  switch (version) {
    default: return {};
  }
}

Relation relation_of(std::string_view name) {
  for (Relation r : {Relation::agrees, Relation::conflicts, Relation::refines, Relation::updates, Relation::duplicates})
    if (to_string(r) == name) return r;
  return Relation::agrees;
}

// Rolls back unless committed: an error or an exception leaves no half batch.
class Transaction {
 public:
  explicit Transaction(Database& db) : db_(db) {}
  Result<void> begin() {
    auto begun = db_.exec("BEGIN IMMEDIATE");
    open_ = begun.ok();
    return begun;
  }
  Result<void> commit() {
    auto done = db_.exec("COMMIT");
    if (done) open_ = false;
    return done;
  }
  ~Transaction() {
    if (open_) (void)db_.exec("ROLLBACK");
  }

 private:
  Database& db_;
  bool open_ = false;
};

}  // namespace

struct ClaimStore::Impl {
  Database db;

  Result<void> prepare_schema();
  Result<void> relink(const std::string& family);
  Result<void> remove_document(const std::string& id, std::set<std::string>& families);
  Result<void> insert(const Document& document, const std::vector<Claim>& claims, std::set<std::string>& families);
  Result<std::vector<Claim>> claims_where(std::string_view sql, std::string_view value);
};

Result<void> ClaimStore::Impl::prepare_schema() {
  Transaction transaction(db);
  if (auto begun = transaction.begin(); !begun) return begun.error();
  Statement tables(db.get(), "SELECT name FROM sqlite_master WHERE type = 'table'");
  if (!tables.prepared()) return db.error("not a claimgraph store");
  std::set<std::string, std::less<>> names;
  int rc = 0;
  while ((rc = tables.step()) == SQLITE_ROW) names.emplace(tables.text(0));
  if (rc != SQLITE_DONE) return db.error("not a claimgraph store");
  if (names.empty()) {
    if (auto made = db.exec(kSchema); !made) return made.error();
    return transaction.commit();
  }
  if (!names.contains("schema_version")) return Error::in_file(db.path(), "not a claimgraph store (no schema_version table)");
  Statement version(db.get(), "SELECT version FROM schema_version");
  if (!version.prepared() || version.step() != SQLITE_ROW) return db.error("no schema version");
  int64_t v = version.integer(0);
  if (v > kSchemaVersion) {
    return Error::in_file(db.path(), fmt::format("store schema version {} is newer than this claimgraph's ({})", v,
                                                 kSchemaVersion));
  }
  for (; v < kSchemaVersion; ++v) {
    if (auto migrated = db.exec(migration_from(v)); !migrated) return migrated.error();
    if (auto set = db.exec(fmt::format("UPDATE schema_version SET version = {}", v + 1)); !set) return set.error();
  }
  return transaction.commit();
}

Result<std::vector<Claim>> ClaimStore::Impl::claims_where(std::string_view sql, std::string_view value) {
  Statement select(db.get(), sql);
  if (!select.prepared()) return db.error("store");
  if (!value.empty()) select.bind(1, value);
  std::vector<Claim> claims;
  int rc = 0;
  while ((rc = select.step()) == SQLITE_ROW) {
    auto claim = store::decode_claim(select.text(1));
    if (!claim) return Error::in_file(db.path(), fmt::format("claim '{}': {}", select.text(0), claim.error().message));
    claims.push_back(std::move(claim).value());
  }
  if (rc != SQLITE_DONE) return db.error("store");
  return claims;
}

// Every link among the family's stored claims, computed as a one-shot
// analysis computes them, replaces the family's stored links.
Result<void> ClaimStore::Impl::relink(const std::string& family) {
  auto claims = claims_where("SELECT id, data FROM claims WHERE family = ?1 ORDER BY id", family);
  if (!claims) return claims.error();
  ClaimGraph graph;
  graph.add(std::move(claims).value());
  const std::vector<Link>& links = graph.link();
  Statement erase(db.get(), "DELETE FROM links WHERE family = ?1");
  if (!erase.prepared() || erase.bind(1, family).step() != SQLITE_DONE) return db.error("store");
  Statement insert(db.get(), "INSERT INTO links VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!insert.prepared()) return db.error("store");
  for (const Link& link : links) {
    insert.bind(1, family).bind(2, graph.claim(link.a).id).bind(3, graph.claim(link.b).id);
    insert.bind(4, to_string(link.relation)).bind(5, link.kind).bind(6, link.reason()).bind(7, link.confidence);
    if (insert.step() != SQLITE_DONE) return db.error("store");
    insert.reset();
  }
  return {};
}

Result<void> ClaimStore::Impl::remove_document(const std::string& id, std::set<std::string>& families) {
  Statement old(db.get(), "SELECT DISTINCT family FROM claims WHERE doc = ?1");
  if (!old.prepared()) return db.error("store");
  old.bind(1, id);
  while (old.step() == SQLITE_ROW) families.emplace(old.text(0));
  Statement claims(db.get(), "DELETE FROM claims WHERE doc = ?1");
  Statement document(db.get(), "DELETE FROM documents WHERE id = ?1");
  if (!claims.prepared() || claims.bind(1, id).step() != SQLITE_DONE) return db.error("store");
  if (!document.prepared() || document.bind(1, id).step() != SQLITE_DONE) return db.error("store");
  return {};
}

Result<void> ClaimStore::Impl::insert(const Document& d, const std::vector<Claim>& claims,
                                      std::set<std::string>& families) {
  Statement document(db.get(), "INSERT INTO documents VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!document.prepared()) return db.error("store");
  document.bind(1, d.id).bind(2, d.path).bind(3, d.language);
  d.published ? document.bind(4, d.published->iso()) : document.bind_null(4);
  d.publisher ? document.bind(5, *d.publisher) : document.bind_null(5);
  d.url ? document.bind(6, *d.url) : document.bind_null(6);
  document.bind(7, static_cast<int64_t>(d.body_begin)).bind(8, d.bytes);
  if (document.step() != SQLITE_DONE) return db.error(fmt::format("document '{}'", d.id));
  Statement claim(db.get(), "INSERT INTO claims VALUES (?1, ?2, ?3, ?4)");
  if (!claim.prepared()) return db.error("store");
  for (const Claim& c : claims) {
    std::string family = link_family(c);
    claim.bind(1, c.id).bind(2, d.id).bind(3, family).bind(4, store::encode_claim(c));
    if (claim.step() != SQLITE_DONE) return db.error(fmt::format("claim '{}'", c.id));
    claim.reset();
    families.insert(std::move(family));
  }
  return {};
}

ClaimStore::ClaimStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ClaimStore::ClaimStore(ClaimStore&&) noexcept = default;
ClaimStore& ClaimStore::operator=(ClaimStore&&) noexcept = default;
ClaimStore::~ClaimStore() = default;

Result<ClaimStore> ClaimStore::open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  if (auto opened = impl->db.open(path); !opened) return opened.error();
  // WAL: a commit is one append, readers do not block the writer, and a
  // killed process leaves the last committed batch.
  if (auto wal = impl->db.exec("PRAGMA journal_mode = WAL"); !wal) return Error::in_file(path, "not a claimgraph store (not an SQLite file, or unreadable)");
  if (auto sync = impl->db.exec("PRAGMA synchronous = NORMAL"); !sync) return sync.error();
  if (auto schema = impl->prepare_schema(); !schema) return schema.error();
  return ClaimStore(std::move(impl));
}

Result<bool> ClaimStore::contains(const std::string& document_id) {
  Statement find(impl_->db.get(), "SELECT 1 FROM documents WHERE id = ?1");
  if (!find.prepared()) return impl_->db.error("store");
  const int rc = find.bind(1, document_id).step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return impl_->db.error("store");
  return rc == SQLITE_ROW;
}

Result<IngestSummary> ClaimStore::add(std::vector<Document> documents, std::vector<std::vector<Claim>> claims,
                                      bool replace) {
  IngestSummary summary;
  Transaction transaction(impl_->db);
  if (auto begun = transaction.begin(); !begun) return begun.error();
  std::set<std::string> families;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const Document& document = documents[i];
    auto stored = contains(document.id);
    if (!stored) return stored.error();
    if (*stored && !replace) {
      ++summary.kept;
      continue;
    }
    if (*stored) {
      if (auto removed = impl_->remove_document(document.id, families); !removed) return removed.error();
      ++summary.replaced;
    } else {
      ++summary.added;
    }
    const std::vector<Claim> none;
    const std::vector<Claim>& own = i < claims.size() ? claims[i] : none;
    if (auto inserted = impl_->insert(document, own, families); !inserted) return inserted.error();
    summary.claims += static_cast<uint32_t>(own.size());
  }
  for (const std::string& family : families) {
    if (auto relinked = impl_->relink(family); !relinked) return relinked.error();
  }
  summary.families = static_cast<uint32_t>(families.size());
  if (auto committed = transaction.commit(); !committed) return committed.error();
  return summary;
}

Result<Analysis> ClaimStore::load(std::optional<Date> since) {
  Database& db = impl_->db;
  std::vector<Document> documents;
  {
    Statement select(db.get(),
                     "SELECT id, path, language, published, publisher, url, body_begin, bytes FROM documents ORDER BY id");
    if (!select.prepared()) return db.error("store");
    int rc = 0;
    while ((rc = select.step()) == SQLITE_ROW) {
      Document d;
      d.id = select.text(0);
      d.path = select.text(1);
      d.language = select.text(2);
      if (!select.is_null(3)) d.published = Date::parse_iso(select.text(3));
      if (!select.is_null(4)) d.publisher = std::string(select.text(4));
      if (!select.is_null(5)) d.url = std::string(select.text(5));
      d.body_begin = static_cast<uint32_t>(select.integer(6));
      d.bytes = select.text(7);
      documents.push_back(std::move(d));
    }
    if (rc != SQLITE_DONE) return db.error("store");
  }
  auto claims = impl_->claims_where("SELECT id, data FROM claims ORDER BY doc, id", {});
  if (!claims) return claims.error();
  // The order analyze gives the graph, (doc, span), which the clusters' event follows.
  std::sort(claims->begin(), claims->end(), [](const Claim& x, const Claim& y) {
    return std::tie(x.doc, x.span.begin, x.span.end, x.id) < std::tie(y.doc, y.span.begin, y.span.end, y.id);
  });
  std::unordered_map<std::string, uint32_t> index;
  for (uint32_t i = 0; i < claims->size(); ++i) index.emplace((*claims)[i].id, i);
  std::vector<Link> links;
  {
    Statement select(db.get(), "SELECT a, b, relation, kind, reason, confidence FROM links");
    if (!select.prepared()) return db.error("store");
    int rc = 0;
    while ((rc = select.step()) == SQLITE_ROW) {
      auto a = index.find(std::string(select.text(0)));
      auto b = index.find(std::string(select.text(1)));
      if (a == index.end() || b == index.end()) return Error::in_file(db.path(), "a link names a claim not stored");
      const std::string_view kind = link_kind(select.text(3));
      if (kind.empty()) return Error::in_file(db.path(), fmt::format("a link of unknown kind '{}'", select.text(3)));
      // The stored reason is what Link::reason() writes from the stored claims.
      links.push_back({a->second, b->second, relation_of(select.text(2)), kind, select.real(5), {}});
    }
    if (rc != SQLITE_DONE) return db.error("store");
  }

  Analysis analysis;
  if (!since) {
    analysis.documents = std::move(documents);
    analysis.graph.add(std::move(claims).value());
    analysis.graph.set_links(std::move(links));
    return analysis;
  }
  // Only what involves the recent documents.
  std::set<std::string, std::less<>> recent;
  for (const Document& d : documents)
    if (d.published && *d.published >= *since) recent.insert(d.id);
  std::vector<bool> keep(claims->size(), false);
  std::vector<Link> kept_links;
  for (uint32_t i = 0; i < claims->size(); ++i) keep[i] = recent.contains((*claims)[i].doc);
  for (const Link& link : links) {
    if (!recent.contains((*claims)[link.a].doc) && !recent.contains((*claims)[link.b].doc)) continue;
    keep[link.a] = keep[link.b] = true;
    kept_links.push_back(link);
  }
  std::vector<uint32_t> renumber(claims->size(), 0);
  std::vector<Claim> kept_claims;
  std::set<std::string, std::less<>> kept_documents;
  for (uint32_t i = 0; i < claims->size(); ++i) {
    if (!keep[i]) continue;
    renumber[i] = static_cast<uint32_t>(kept_claims.size());
    kept_documents.insert((*claims)[i].doc);
    kept_claims.push_back(std::move((*claims)[i]));
  }
  for (Link& link : kept_links) {
    link.a = renumber[link.a];
    link.b = renumber[link.b];
  }
  for (Document& d : documents)
    if (recent.contains(d.id) || kept_documents.contains(d.id)) analysis.documents.push_back(std::move(d));
  analysis.graph.add(std::move(kept_claims));
  analysis.graph.set_links(std::move(kept_links));
  return analysis;
}

}  // namespace claimgraph
