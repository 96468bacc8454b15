#include "parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace claimgraph::cli {

std::vector<std::vector<Claim>> analyze_documents(std::vector<Document>& documents,
                                                  const Analyzer& analyzer, unsigned threads,
                                                  const std::function<void(uint64_t bytes)>& on_done) {
  const std::size_t n = documents.size();
  std::vector<std::vector<Claim>> claims(n);
  std::vector<std::exception_ptr> failures(n);
  std::atomic<std::size_t> next{0};
  // Each worker takes the next document; every slot is written by one thread.
  auto work = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      try {
        claims[i] = analyzer.analyze(documents[i]);
      } catch (...) {
        failures[i] = std::current_exception();
      }
      if (on_done) on_done(documents[i].bytes.size());
    }
  };
  const std::size_t helpers = std::min<std::size_t>(std::max(threads, 1u), n) - (n > 0 ? 1 : 0);
  std::vector<std::thread> pool;
  pool.reserve(helpers);
  for (std::size_t t = 0; t < helpers; ++t) pool.emplace_back(work);
  work();  // the calling thread is one of the workers
  for (std::thread& thread : pool) thread.join();
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
  return claims;
}

}  // namespace claimgraph::cli
