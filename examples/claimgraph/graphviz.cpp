#include "graphviz.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

extern char** environ;

namespace claimgraph::cli {

namespace {

// A temporary file removed when it goes out of scope.
class TempFile {
 public:
  TempFile() {
    path_ = (std::filesystem::temp_directory_path() / "claimgraph-dot-XXXXXX").string();
    const int fd = ::mkstemp(path_.data());
    if (fd < 0) {
      path_.clear();
    } else {
      ::close(fd);
    }
  }
  ~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

std::optional<std::string> render_svg(const std::string& dot_source, std::ostream& out) {
  TempFile input;
  if (input.path().empty()) return "claimgraph: --format svg: cannot create a temporary file";
  std::ofstream(input.path(), std::ios::binary) << dot_source;

  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return "claimgraph: --format svg: cannot create a pipe";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
  std::string program = "dot", format = "-Tsvg", file = input.path();
  std::vector<char*> argv{program.data(), format.data(), file.data(), nullptr};
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    return "claimgraph: --format svg needs Graphviz's 'dot' on PATH (" + std::string(std::strerror(spawned)) +
           "); install Graphviz (Debian: apt-get install graphviz) or use --format dot";
  }
  std::string svg;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    svg.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return "claimgraph: --format svg: Graphviz's dot failed";
  out << svg;
  return std::nullopt;
}

}  // namespace claimgraph::cli
