#pragma once
#include <vector>

#include "brm/model/date.hpp"
#include "brm/model/diagnostic.hpp"
#include "brm/model/policy.hpp"
#include "brm/workspace/workspace.hpp"

namespace brm {

/// What the checks need besides the records: the settings and the as-of date that
/// decides whether a date lies in the future.
struct CheckContext {
  Settings settings;
  Date as_of;
};

struct RefSite;

/// Checks records one at a time, from several threads, as they are read (while the
/// parsed file is still in the cache), then the rules that look across records.
class WorkspaceChecker {
 public:
  WorkspaceChecker(const CheckContext& ctx, unsigned workers);
  ~WorkspaceChecker();
  WorkspaceChecker(const WorkspaceChecker&) = delete;
  WorkspaceChecker& operator=(const WorkspaceChecker&) = delete;

  /// Safe to call concurrently as long as each thread passes its own `worker` index.
  /// `r` must stay where it is until finish() returns.
  void check_record(const Record& r, unsigned worker);
  /// brm.yaml and the cross-record rules; returns everything found, unsorted.
  Diagnostics finish(const Workspace& ws);

 private:
  const CheckContext& ctx_;
  std::vector<Diagnostics> found_;
  std::vector<std::vector<RefSite>> sites_;
};

/// Runs every rule over a loaded workspace and returns what it found, unsorted.
/// Never stops at the first problem; a record that could not be read is skipped
/// but its id still counts.
Diagnostics check_workspace(const Workspace& ws, const CheckContext& ctx);

/// Reads the settings from brm.yaml, falling back to the defaults for anything
/// missing or malformed (the checks report those).
Settings read_settings(const Record& config);

}  // namespace brm
