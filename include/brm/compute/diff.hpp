#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "brm/compute/report_kpi.hpp"
#include "brm/model/kinds.hpp"
#include "brm/records/records.hpp"

namespace brm {

/// One thing that happened in the relationship between two states of the database, in
/// the process's words: "logged", "escalated", "signed", "held", "reported".
struct DiffEvent {
  Kind kind;
  std::string id;
  std::string customer;
  std::string what;  // "escalated (was in progress)"
};

/// Records added, changed and removed, of one kind.
struct KindChanges {
  Kind kind;
  std::vector<std::string> added, changed, removed;
};

/// A measurement of `brm report kpi` on both sides.
struct MeasureChange {
  std::string name;
  std::optional<double> before, after;
  bool percent = false;
  std::optional<double> change() const {
    return before && after ? std::optional<double>(*after - *before) : std::nullopt;
  }
};

struct RelationshipDiff {
  std::vector<KindChanges> kinds;  // in kind order, only kinds with a change
  std::vector<DiffEvent> events;   // by kind, then id
  std::vector<MeasureChange> measures;
};

/// Which records differ: the paths of files whose bytes changed, given by the caller
/// (who reads the files), and the typed records of both sides.
struct DiffInput {
  const Records* before = nullptr;
  const Records* after = nullptr;
  std::set<std::string> changed_paths;  // relative to the workspace, present on both sides
  Date as_of;
  /// Files with errors on one side: their records are missing from that side's records
  /// but were not added or removed.
  std::set<std::string> broken_before, broken_after;
  Policy policy;  // the working side's: when an agreement "ends on" (its notice period)
};

/// What changed in the relationship between two states of the workspace.
struct DiffReport {
  std::string before_name, after_name;  // "HEAD", "the working tree"
  Date as_of;
  Period period;  // the KPI period: the year up to the as-of date
  RelationshipDiff diff;
  /// Files with errors on either side: their records are left out of the comparison.
  std::vector<std::string> broken_before, broken_after;
};

RelationshipDiff compare_records(const DiffInput& in);

/// The organization-wide measurements of the KPI report, as numbers (a share as a
/// percentage; nullopt where there is nothing to measure).
std::vector<MeasureChange> kpi_measures(const Kpi& before, const Kpi& after);

}  // namespace brm
