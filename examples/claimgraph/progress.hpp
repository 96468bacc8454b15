// A progress line on standard error while files are analysed: files done of
// the total and the reading speed, redrawn in place at most ten times a
// second and erased at the end. Only on a terminal: a log or a pipe gets
// nothing.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <ostream>

namespace claimgraph::cli {

class Progress {
 public:
  // Draws nothing unless `enabled` (stderr is a terminal) and there are at
  // least two files.
  Progress(std::ostream& err, bool enabled, std::size_t files, uint64_t bytes);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more file of `bytes` done; safe from any thread.
  void done(uint64_t bytes);

  // The line as drawn: "analysing: 12/345 files, 3.4 of 9.8 MB, 12.1 MB/s".
  static std::string line(std::size_t done, std::size_t files, uint64_t bytes_done, uint64_t bytes,
                          double seconds);

 private:
  std::ostream& err_;
  bool enabled_;
  std::size_t files_;
  uint64_t bytes_;
  std::mutex mutex_;
  std::size_t done_ = 0;
  uint64_t bytes_done_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point drawn_{};
  bool shown_ = false;
};

// True when the file descriptor is a terminal.
bool is_terminal(int fd);

}  // namespace claimgraph::cli
