#pragma once
#include <cstddef>
#include <functional>

namespace brm {

/// How many worker indexes parallel_for may hand out.
unsigned worker_count();

/// Runs `fn(i, worker)` for every i below `n` on all cores; `fn` must be safe to run
/// concurrently, and `worker` (below worker_count()) tells the threads apart. A thread
/// is started for each `grain` items: small jobs stay on one thread, where starting
/// threads would cost more than it saves; a few big items want a grain of 1.
void parallel_for(std::size_t n, const std::function<void(std::size_t, unsigned worker)>& fn, std::size_t grain = 64);

}  // namespace brm
