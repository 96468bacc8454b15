// claimgraph: errors as values.
//
// Every fallible public call returns a Result<T>. An Error names the file it is
// about and where in it: a byte offset for article text, a line number for TSV
// files (metadata, lexicons). No exception crosses the public API.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace claimgraph {

// What went wrong and where. `to_string()` gives the one-line message the
// command prints: "PATH: byte N: what", "PATH: line N: what" or "PATH: what".
struct Error {
  std::string path;               // the file concerned; may be empty
  std::optional<uint64_t> byte;   // byte offset into the file, 0-based
  std::optional<uint32_t> line;   // line number, 1-based (TSV and lexicon files)
  std::string message;            // lower-case, no trailing period

  static Error at_byte(std::string path, uint64_t byte, std::string message) {
    return Error{std::move(path), byte, std::nullopt, std::move(message)};
  }
  static Error at_line(std::string path, uint32_t line, std::string message) {
    return Error{std::move(path), std::nullopt, line, std::move(message)};
  }
  static Error in_file(std::string path, std::string message) {
    return Error{std::move(path), std::nullopt, std::nullopt, std::move(message)};
  }

  std::string to_string() const;
};

// A value or an Error (gcc 12 in C++20 mode has no std::expected).
// Accessing value() of a failed Result is a bug and aborts.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> state_;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

}  // namespace claimgraph
