#pragma once
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "brm/workspace/workspace.hpp"

namespace brm {

/// Where the workspace is: `explicit_dir` (from -C/--workspace) wins, then the
/// BRM_WORKSPACE environment variable, then the nearest directory at or above
/// `start` holding brm.yaml. On failure `err` says what was tried.
std::optional<std::filesystem::path> find_workspace(const std::optional<std::string>& explicit_dir,
                                                    const std::filesystem::path& start, std::string& err);

/// Called for each record right after it was read, on the reading thread.
using RecordHook = std::function<void(const Record&, unsigned worker)>;

/// Reads every file of the workspace at `root`, in parallel on all cores.
Workspace load_workspace(const std::filesystem::path& root);

/// Reads brm.yaml only, for commands that need the settings first (or only).
Workspace load_workspace_config(const std::filesystem::path& root);

/// Reads every record file of a workspace whose config is loaded, calling `hook`
/// (when given) for each one as soon as it is read.
void load_records(Workspace& ws, const RecordHook& hook = {});

/// How many worker indexes parallel_for may hand out.
unsigned worker_count();

/// Runs `fn(i, worker)` for every i below `n` on all cores; `fn` must be safe to run
/// concurrently, and `worker` (below worker_count()) tells the threads apart.
void parallel_for(std::size_t n, const std::function<void(std::size_t, unsigned worker)>& fn);

}  // namespace brm
