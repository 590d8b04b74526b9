#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "brm/model/diagnostic.hpp"
#include "brm/model/kinds.hpp"
#include "brm/model/policy.hpp"
#include "brm/records/records.hpp"

// Building the read model from a loaded workspace. Only this header of the records
// layer knows that records come from files: the types are declared, not included, so
// that compute/, which includes records.hpp, cannot reach the workspace or YAML.
namespace brm {

struct Workspace;
struct Record;

/// Reads the facts of records as the loader reads each file (while it is in the cache),
/// so that a report keeps no documents: on 100,000 files that is most of the memory
/// and of the copying. Which records pass validation is known only at the end.
class RecordCollector {
 public:
  /// Collects the records of `kinds`; amounts without a currency are in `currency`.
  RecordCollector(std::set<Kind> kinds, std::string currency);
  /// Once every record is listed, before any is read.
  void listed(const Workspace& ws);
  /// Safe to call from several threads at once, each with a different record of the
  /// listed workspace.
  void read(const Record& r);
  /// The facts of every record read, but those of the files named by an error in
  /// `found` (left out of the report); each list sorted by id, records with the same id
  /// in path order. `ws` is the workspace that was listed, wherever it lives now.
  Records finish(const Workspace& ws, const Diagnostics& found);

 private:
  std::set<Kind> kinds_;
  std::string currency_;
  const Workspace* ws_ = nullptr;
  std::vector<std::optional<Service>> services_;
  std::vector<std::optional<Customer>> customers_;
  std::vector<std::optional<Agreement>> agreements_;
  std::vector<std::optional<Meeting>> meetings_;
  std::vector<std::optional<Complaint>> complaints_;
  std::vector<std::optional<Survey>> surveys_;
  std::vector<std::optional<Improvement>> improvements_;
  std::vector<std::optional<Delivery>> deliveries_;
};

/// The facts of every record of `kinds` in a loaded workspace (others stay empty), read
/// on all cores. `settings` gives the default currency.
Records read_records(const Workspace& ws, const Settings& settings, const std::set<Kind>& kinds);

}  // namespace brm
