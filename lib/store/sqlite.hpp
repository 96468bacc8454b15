// A thin RAII layer over the SQLite C API: a connection, prepared
// statements, and errors as claimgraph Errors naming the store's path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "claimgraph/error.hpp"

namespace claimgraph::store {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  bool prepared() const { return statement_ != nullptr; }
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int step();
  // Ready to run again with new bindings.
  void reset();

  std::string_view text(int column) const;
  int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3_stmt* statement_ = nullptr;
};

// The connection; errors carry the path and SQLite's message.
class Database {
 public:
  Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  Result<void> open(const std::string& path);
  Result<void> exec(std::string_view sql);
  Error error(std::string_view what) const;
  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace claimgraph::store
