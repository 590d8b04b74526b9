#include "brm/util/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace brm {

unsigned worker_count() { return std::max(1u, std::thread::hardware_concurrency()); }

void parallel_for(std::size_t n, const std::function<void(std::size_t, unsigned)>& fn, std::size_t grain) {
  const auto workers = static_cast<unsigned>(
      std::min<std::size_t>(worker_count(), std::max<std::size_t>(1, n / std::max<std::size_t>(grain, 1))));
  std::atomic<std::size_t> next{0};
  auto work = [&](unsigned w) {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) fn(i, w);
  };
  std::vector<std::jthread> threads;
  for (unsigned w = 1; w < workers; ++w) threads.emplace_back(work, w);
  work(0);
}

}  // namespace brm
