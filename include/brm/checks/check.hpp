#pragma once
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

/// Runs every rule over the loaded workspace and returns what it found, unsorted.
/// Never stops at the first problem; a record that could not be read is skipped
/// but its id still counts.
Diagnostics check_workspace(const Workspace& ws, const CheckContext& ctx);

/// Reads the settings from brm.yaml, falling back to the defaults for anything
/// missing or malformed (the checks report those).
Settings read_settings(const Record& config);

}  // namespace brm
