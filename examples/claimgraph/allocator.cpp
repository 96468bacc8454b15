#include "allocator.hpp"

#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace claimgraph::cli {

namespace {

constexpr bool kSanitized =
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
    true;
#else
    false;
#endif
#else
    false;
#endif

}  // namespace

void use_huge_page_malloc(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  // Sanitizers bring their own allocator; the tunables would change nothing.
  if (kSanitized || argv == nullptr || std::getenv("GLIBC_TUNABLES") != nullptr) return;
  // The restart costs a second exec and dynamic link (about 7 ms); only a
  // subcommand's work repays it, not --help or --version.
  if (argv[0] == nullptr || argv[1] == nullptr || argv[1][0] == '-') return;
  // top_pad: grow the heap 64 MiB at a time, so that few brk calls and page
  // faults happen and the huge pages are not given back between documents.
  if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=67108864", 0) != 0) return;
  execv("/proc/self/exe", argv);
  // exec failed (no /proc, say): carry on as we are, with the default
  // allocator; the tunables would only reach child processes, and there
  // are none.
  unsetenv("GLIBC_TUNABLES");
#else
  (void)argv;
#endif
}

}  // namespace claimgraph::cli
