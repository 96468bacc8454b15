// Reading a file or standard input into memory, refusing what is too large
// before reading it all.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "claimgraph/error.hpp"

namespace claimgraph::detail {

// The name errors use for `path`: "<stdin>" for "-", else the path as given.
std::string display_path(std::string_view path);

// The file name part of a path ("a/b/c.txt" is "c.txt").
std::string_view file_name(std::string_view path);

// What an errno from open() or read() means, in fixed English wording.
std::string errno_message(int error);

// "file too large: more than the limit of N bytes".
std::string too_large_message(uint64_t max_bytes);

// The bytes of `path` ("-": standard input). Errors: missing or unreadable
// path, a directory, more than `max_bytes` bytes (checked from the file size
// before reading; for streams, reading stops just past the limit).
Result<std::string> read_input(const std::string& path, uint64_t max_bytes);

}  // namespace claimgraph::detail
