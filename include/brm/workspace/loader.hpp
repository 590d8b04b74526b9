#pragma once
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "brm/workspace/workspace.hpp"

namespace brm {

/// Where the workspace is: `explicit_dir` (from -C/--workspace) wins, then the
/// BRM_WORKSPACE environment variable, then the nearest directory at or above
/// `start` holding brm.yaml. On failure `err` says what was tried.
std::optional<std::filesystem::path> find_workspace(const std::optional<std::string>& explicit_dir,
                                                    const std::filesystem::path& start, std::string& err);

/// Lets a command work on each record while its parsed file is still in the cache,
/// and drop what it does not need later (a large workspace has 100,000 files).
struct LoadHooks {
  /// Called once every record's kind, id and path are known, before any file is read.
  std::function<void(const Workspace&)> listed;
  /// Called on the reading thread right after each record is read; `r.doc` may be
  /// a view that is only valid during the call.
  std::function<void(const Record& r, unsigned worker)> read;
  /// Which kinds keep their documents after `read`; all when not set.
  std::function<bool(Kind)> keep;
};

/// Reads brm.yaml only, for commands that need the settings first (or only); the
/// workspace keeps the source, from which load_records reads the rest.
Workspace load_workspace_config(std::shared_ptr<const FileSource> source);
/// The same for a workspace folder on disk (directory_source).
Workspace load_workspace_config(const std::filesystem::path& root);

/// Reads every record file of a workspace whose config is loaded.
void load_records(Workspace& ws, const LoadHooks& hooks = {});


}  // namespace brm
