#include "document/read_input.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace claimgraph::detail {

// Fixed English wording instead of strerror(), which follows the locale.
std::string errno_message(int error) {
  switch (error) {
    case ENOENT: return "no such file";
    case ENOTDIR: return "no such file (part of the path is not a directory)";
    case EACCES:
    case EPERM: return "permission denied";
    case EISDIR: return "is a directory";
    case ELOOP: return "too many levels of symbolic links";
    case ENAMETOOLONG: return "path too long";
    case EIO: return "input/output error";
    default: return fmt::format("cannot read (error {})", error);
  }
}

namespace {

// Closes the descriptor it owns (never standard input).
struct FileDescriptor {
  int fd = -1;
  bool owned = false;
  ~FileDescriptor() {
    if (owned && fd >= 0) ::close(fd);
  }
};

}  // namespace

std::string display_path(std::string_view path) {
  return path == "-" ? std::string("<stdin>") : std::string(path);
}

std::string_view file_name(std::string_view path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string too_large_message(uint64_t max_bytes) {
  return fmt::format("file too large: more than the limit of {} bytes", max_bytes);
}

Result<std::string> read_input(const std::string& path, uint64_t max_bytes) {
  const std::string shown = display_path(path);
  FileDescriptor file;
  if (path == "-") {
    file.fd = STDIN_FILENO;
  } else {
    file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    file.owned = true;
    if (file.fd < 0) return Error::in_file(shown, errno_message(errno));
  }

  // fstat on the open descriptor, so the checks are about the file we read.
  struct stat info {};
  if (::fstat(file.fd, &info) != 0) return Error::in_file(shown, errno_message(errno));
  if (S_ISDIR(info.st_mode)) return Error::in_file(shown, "is a directory");

  std::string bytes;
  if (S_ISREG(info.st_mode)) {
    if (static_cast<uint64_t>(info.st_size) > max_bytes) {
      return Error::in_file(shown, too_large_message(max_bytes), ErrorCode::too_large);
    }
    bytes.reserve(static_cast<std::size_t>(info.st_size));
  }
  // Pipes and growing files have no trustworthy size: read in chunks and
  // stop as soon as the limit is passed.
  char chunk[1 << 16];
  for (;;) {
    const ssize_t got = ::read(file.fd, chunk, sizeof chunk);
    if (got < 0) {
      if (errno == EINTR) continue;
      return Error::in_file(shown, errno_message(errno));
    }
    if (got == 0) break;
    if (bytes.size() + static_cast<uint64_t>(got) > max_bytes) {
      return Error::in_file(shown, too_large_message(max_bytes), ErrorCode::too_large);
    }
    bytes.append(chunk, static_cast<std::size_t>(got));
  }
  return bytes;
}

}  // namespace claimgraph::detail
