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

/// Reads every file of the workspace at `root`, in parallel on all cores.
Workspace load_workspace(const std::filesystem::path& root);

/// Reads brm.yaml only, for commands that need the settings but no records.
Workspace load_workspace_config(const std::filesystem::path& root);

/// Runs `fn(i)` for every i below `n` on all cores; `fn` must be safe to run concurrently.
void parallel_for(std::size_t n, const std::function<void(std::size_t, unsigned worker)>& fn,
                  unsigned* workers_used = nullptr);

}  // namespace brm
