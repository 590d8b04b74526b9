#pragma once
#include <string>
#include <utility>
#include <vector>

#include "brm/model/kinds.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"

namespace brm {

/// The record to start: its kind and id, and values for some of its fields, each named
/// by its path ("name", "customer.name"); the rest are left for the user to fill.
struct NewRecordInput {
  Kind kind{};
  std::string id;
  std::vector<std::pair<std::string, std::string>> values;
  bool dry_run = false;
};

/// The template written (or, with dry_run, ready to be), and the required fields it
/// leaves empty.
struct NewRecord {
  std::string path, text;
  std::vector<std::string> to_fill;
};

/// What `brm new` opens: every file, no typed records (references are looked up by id).
Needs new_record_needs();

/// What is wrong with the input as the workspace sees it: a malformed id, an existing
/// file, a field the kind does not have or that takes no single value, a reference to a
/// record that does not exist. Every problem, not the first.
Failure check_new_record(const OpenWorkspace& w, const NewRecordInput& in);

/// Writes <folder>/<id>.yaml: every field of the kind, described in a comment above it;
/// required fields with the values given, or empty (so that `brm validate` names each
/// one until it is filled); optional fields as comments to uncomment. Refuses what
/// check_new_record finds.
Result<NewRecord> new_record(const OpenWorkspace& w, const NewRecordInput& in);

}  // namespace brm
