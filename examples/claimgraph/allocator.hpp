// The command's memory allocator settings.
#pragma once

namespace claimgraph::cli {

/// Restarts the command once with glibc's malloc on transparent huge pages
/// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1 and a 64 MiB heap step), unless the
/// environment already sets GLIBC_TUNABLES, in which case the user's choice
/// stands. glibc reads its tunables only at start-up and has no mallopt() for
/// huge pages, hence the restart. The working set of `analyze` (every claim,
/// kept for linking, and each document's scratch) is many small objects: on
/// 4 KiB pages page faults and TLB misses took a fifth of the run's CPU time
/// (docs/performance.md). Returns only when no restart happens (other C
/// libraries, sanitizer builds, or exec failed), so it must run first in main.
void use_huge_page_malloc(char** argv);

}  // namespace claimgraph::cli
