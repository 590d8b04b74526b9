#pragma once
#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "brm/model/diagnostic.hpp"
#include "brm/model/enums.hpp"
#include "brm/model/period.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"
#include "brm/workspace/csv_reader.hpp"

namespace brm {

/// The rule name of every problem `brm delivery import` finds in a CSV file.
inline constexpr const char* delivery_import_rule = "delivery-import";

/// What a column of a monitoring export holds; each is found by its header, which is
/// its name here (in any case), or by the header a --COLUMN-column option names.
enum class DeliveryColumn { agreement, customer, service, metric, period, value, note };
template <>
struct EnumNames<DeliveryColumn> {
  static constexpr auto names =
      std::to_array<std::string_view>({"agreement", "customer", "service", "metric", "period", "value", "note"});
};
inline constexpr std::size_t delivery_column_count = EnumNames<DeliveryColumn>::names.size();

/// Headers named on the command line, by column; and columns to leave out.
struct DeliveryColumnOptions {
  std::array<std::optional<std::string>, delivery_column_count> header;
  std::vector<std::string> ignore;
};

/// Which field (0-based) holds each column, when the file has it.
struct DeliveryColumns {
  std::array<std::optional<std::size_t>, delivery_column_count> at;
  std::size_t count = 0;  // fields in the header
  std::optional<std::size_t> of(DeliveryColumn c) const { return at[static_cast<std::size_t>(c)]; }
};

/// Maps the header row to columns; each problem goes to `out` at the header's line and
/// the column concerned. Nullopt when there was a problem.
std::optional<DeliveryColumns> map_delivery_columns(const CsvRow& header, const DeliveryColumnOptions& o,
                                                    const std::string& path, Diagnostics& out);

/// One row: an achieved value of one agreed level in one period.
struct DeliveryValue {
  std::uint32_t line = 0;
  std::string agreement, service, metric, note;
  CalendarPeriod period;
  double value = 0;
  std::string written;  // the value as the delivery file will hold it
};

/// Reads one row and resolves its agreement (named, or the one in force for the row's
/// customer, service and period); every problem goes to `out`. Nullopt when there was one.
std::optional<DeliveryValue> read_delivery_row(const CsvRow& row, const DeliveryColumns& columns,
                                               const OpenWorkspace& w, const std::string& path, Diagnostics& out);

/// A delivery file to create or to change in place.
struct PlannedDelivery {
  std::string id, path;
  std::string before;  // the file's bytes when planned; empty for a new file
  std::string text;    // what it will hold
  bool create = false;
  std::vector<std::string> changes;  // what changes in an existing file, one line each
  std::uint32_t line = 0;            // the first row it comes from
};

/// What an import does: files to create or update, and how many already held
/// every value the file gives them.
struct DeliveryPlan {
  std::vector<PlannedDelivery> files;
  std::size_t unchanged = 0;
  std::size_t values = 0;  // rows imported
};

/// Groups the values by agreement and period, one file each: a new file, or in-place
/// edits of the delivery the workspace already holds (a changed value, a note, a level
/// it lacks). A row that repeats an earlier one is a warning in `out`; one that gives
/// the same level another value is an error.
DeliveryPlan plan_deliveries(const OpenWorkspace& w, const std::vector<DeliveryValue>& values,
                             const std::string& source, const std::string& path, Diagnostics& out);

/// A CSV file to import and how to read it.
struct DeliveryImportInput {
  std::string file;  // as given on the command line, for messages
  DeliveryColumnOptions columns;
  std::optional<char> delimiter;     // default: the one the header line uses
  std::optional<std::string> source; // `source` of new files; default: the file's name
};

struct DeliveryImport {
  DeliveryPlan plan;
  Diagnostics warnings;
};

/// What `delivery import` opens: every file, and the agreements, customers and
/// deliveries as records.
Needs delivery_import_needs();

/// Reads the file, maps its columns, checks every row and proves every file to write
/// validates clean. On any problem the failure lists them all, at their rows.
Result<DeliveryImport> plan_delivery_import(const OpenWorkspace& w, const DeliveryImportInput& in);

/// Writes the plan: new files never over an existing one, changed files under their
/// lock and only if unchanged since planned. Tells `written` of each file as it is
/// written. Empty, or why it stopped and what was written by then.
std::string write_deliveries(const DeliveryPlan& plan, const std::filesystem::path& root,
                             const std::function<void(const PlannedDelivery&)>& written);

}  // namespace brm
