#include "progress.hpp"

#include <unistd.h>

#include <string>

#include <fmt/format.h>

namespace claimgraph::cli {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

Progress::Progress(std::ostream& err, bool enabled, std::size_t files, uint64_t bytes)
    : err_(err), enabled_(enabled && files >= 2), files_(files), bytes_(bytes) {}

Progress::~Progress() {
  if (shown_) err_ << "\r\033[K" << std::flush;  // erase the line: the report follows clean
}

std::string Progress::line(std::size_t done, std::size_t files, uint64_t bytes_done, uint64_t bytes,
                           double seconds) {
  constexpr double mb = 1024.0 * 1024.0;
  const double speed = seconds > 0 ? bytes_done / mb / seconds : 0.0;
  return fmt::format("analysing: {}/{} files, {:.1f} of {:.1f} MB, {:.1f} MB/s", done, files, bytes_done / mb,
                     bytes / mb, speed);
}

void Progress::done(uint64_t bytes) {
  if (!enabled_) return;
  const std::lock_guard lock(mutex_);
  ++done_;
  bytes_done_ += bytes;
  const auto now = std::chrono::steady_clock::now();
  if (done_ != files_ && now - drawn_ < std::chrono::milliseconds(100)) return;
  drawn_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  err_ << "\r\033[K" << line(done_, files_, bytes_done_, bytes_, seconds) << std::flush;
  shown_ = true;
}

}  // namespace claimgraph::cli
