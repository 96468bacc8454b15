// claimgraph: errors as values.
//
// Every fallible public call returns a Result<T>. An Error names the file it is
// about and where in it: a byte offset for article text, a line number for TSV
// files (metadata, lexicons). No exception crosses the public API.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace claimgraph {

// What kind of problem an Error is, for programs that act on it (skip a
// file, retry a read, show a form); the message is for people.
enum class ErrorCode : uint8_t {
  io,            // cannot open, list or read; no such file; a directory
  empty,         // empty, or only blank lines
  too_large,     // over the size limit
  binary,        // NUL bytes, UTF-16: not UTF-8 text
  invalid_utf8,  // a byte offset says where
  malformed,     // a TSV, metadata or JSON line not in its format (line number)
  schema,        // a lexicon attribute or value its category does not accept
};

std::string_view to_string(ErrorCode code);

// What went wrong and where. `to_string()` gives the one-line message the
// command prints: "PATH: byte N: what", "PATH: line N: what" or "PATH: what".
struct Error {
  std::string path;               // the file concerned; may be empty
  std::optional<uint64_t> byte;   // byte offset into the file, 0-based
  std::optional<uint32_t> line;   // line number, 1-based (TSV and lexicon files)
  std::string message;            // lower-case, no trailing period
  ErrorCode code = ErrorCode::malformed;

  static Error at_byte(std::string path, uint64_t byte, std::string message,
                       ErrorCode code = ErrorCode::invalid_utf8) {
    return Error{std::move(path), byte, std::nullopt, std::move(message), code};
  }
  static Error at_line(std::string path, uint32_t line, std::string message,
                       ErrorCode code = ErrorCode::malformed) {
    return Error{std::move(path), std::nullopt, line, std::move(message), code};
  }
  static Error in_file(std::string path, std::string message, ErrorCode code = ErrorCode::io) {
    return Error{std::move(path), std::nullopt, std::nullopt, std::move(message), code};
  }

  std::string to_string() const;
};

namespace detail {
// Prints what was accessed and the error, then aborts: a bug in the caller.
[[noreturn]] void bad_result_access(const Error* error);
}  // namespace detail

// A value or an Error (gcc 12 in C++20 mode has no std::expected).
// Accessing value() of a failed Result, or error() of a successful one, is a
// bug: it prints the error to stderr and aborts (no exception is thrown).
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return *checked(); }
  const T& value() const& { return *checked(); }
  T&& value() && { return std::move(*checked()); }
  const Error& error() const {
    const Error* error = std::get_if<1>(&state_);
    if (error == nullptr) detail::bad_result_access(nullptr);
    return *error;
  }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> state_;

  T* checked() const {
    const T* value = std::get_if<0>(&state_);
    if (value == nullptr) detail::bad_result_access(std::get_if<1>(&state_));
    return const_cast<T*>(value);
  }
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const {
    if (!error_) detail::bad_result_access(nullptr);
    return *error_;
  }

 private:
  std::optional<Error> error_;
};

}  // namespace claimgraph
