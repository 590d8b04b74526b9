#pragma once
#include <memory>
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

struct Index;
struct RefSite;
struct DeliveryFacts;

/// Checks records one at a time, from several threads, as they are read (while the
/// parsed file is still in the cache), then the rules that look across records.
/// References are resolved as each record is checked, against the ids of every file
/// (known before any is read), so only customers, agreements and services need to
/// stay in memory for the cross-record rules.
class WorkspaceChecker {
 public:
  WorkspaceChecker(const CheckContext& ctx, unsigned workers);
  ~WorkspaceChecker();
  WorkspaceChecker(const WorkspaceChecker&) = delete;
  WorkspaceChecker& operator=(const WorkspaceChecker&) = delete;

  /// Once every record's id is known and before check_record: indexes the ids.
  void listed(const Workspace& ws);
  /// Safe to call concurrently as long as each thread passes its own `worker` index.
  void check_record(const Record& r, unsigned worker);
  /// brm.yaml and the cross-record rules; returns everything found, unsorted.
  Diagnostics finish(const Workspace& ws);

  /// The kinds whose documents finish() reads.
  static bool needs_document(Kind k);

 private:
  const CheckContext& ctx_;
  std::unique_ptr<Index> index_;
  Diagnostics early_;
  std::vector<Diagnostics> found_;
  std::vector<std::vector<RefSite>> sites_;
  std::vector<std::vector<DeliveryFacts>> deliveries_;  // per worker, for finish()
};

/// Runs every rule over a loaded workspace and returns what it found, unsorted.
/// Never stops at the first problem; a record that could not be read is skipped
/// but its id still counts.
Diagnostics check_workspace(const Workspace& ws, const CheckContext& ctx);

/// Checks records about to be written (given as YAML text) against every rule,
/// resolving their references against a loaded workspace whose ids are indexed once.
class NewRecordChecker {
 public:
  NewRecordChecker(const Workspace& ws, const CheckContext& ctx);
  ~NewRecordChecker();
  NewRecordChecker(const NewRecordChecker&) = delete;
  NewRecordChecker& operator=(const NewRecordChecker&) = delete;
  /// `path` is where the record will be written, relative to the root; only problems
  /// of this record are returned, never those elsewhere in the workspace.
  Diagnostics check(Kind kind, const std::string& path, const std::string& text) const;

 private:
  const CheckContext& ctx_;
  std::unique_ptr<Index> index_;
};

/// One record checked with a NewRecordChecker made for it.
Diagnostics check_new_record(const Workspace& ws, const CheckContext& ctx, Kind kind, const std::string& path,
                             const std::string& text);

/// What is wrong with brm.yaml alone: problems reading it (from `ws.diagnostics`) and
/// every rule for its fields. Commands that use the settings refuse while any is an error.
Diagnostics check_config(const Workspace& ws, const CheckContext& ctx);

/// Lowercase ASCII letters, digits, '-', '_', '.'; starts with a letter or digit; at most 64.
bool is_valid_id(std::string_view id);

/// Reads the settings from brm.yaml, falling back to the defaults for anything
/// missing or malformed (the checks report those).
Settings read_settings(const Record& config);

}  // namespace brm
