#include "brm/usecases/delivery_import.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "brm/util/i18n.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "brm/workspace/locked_update.hpp"
#include "brm/yaml/reader.hpp"
#include "csv_cells.hpp"

namespace brm {
namespace {

namespace fs = std::filesystem;

std::vector<DeliveryValue> read_values(const CsvTable& table, const DeliveryImportInput& in, const OpenWorkspace& w,
                                       Diagnostics& found) {
  for (const auto& p : table.problems)
    found.push_back({in.file, p.pos, Severity::error, delivery_import_rule, p.message});
  std::vector<DeliveryValue> values;
  if (table.rows.empty()) return values;
  const auto columns = map_delivery_columns(table.rows.front(), in.columns, in.file, found);
  if (!columns) return values;
  for (std::size_t i = 1; i < table.rows.size(); ++i)
    if (auto v = read_delivery_row(table.rows[i], *columns, w, in.file, found)) values.push_back(std::move(*v));
  return values;
}

/// Proves each file validates clean before any is written.
void check_planned(const DeliveryPlan& plan, const OpenWorkspace& w, const std::string& file, Diagnostics& found) {
  const NewRecordChecker checker(w.ws, w.ctx);
  for (const auto& p : plan.files)
    csv_cells::check_new_file(checker, Kind::delivery, p.path, p.text, p.line, file, found);
}

std::string write_one(const PlannedDelivery& p, const fs::path& root) {
  if (p.create) return write_file_atomic(root / p.path, p.text, WriteMode::create_new);
  std::string changed;
  const auto result = update_file(
      root / p.path, yaml::Limits{}.max_bytes,
      [&](std::string_view current) -> std::optional<std::string> {
        if (current == p.before) return p.text;
        changed = trf("{} changed while the import ran; import the file again", p.path);
        return std::nullopt;
      },
      p.path);
  if (result.status == UpdateResult::failed) return result.error;
  return result.status == UpdateResult::declined ? changed : std::string();
}

}  // namespace

Needs delivery_import_needs() { return {Reads::documents, {Kind::customer, Kind::agreement, Kind::delivery}}; }

Result<DeliveryImport> plan_delivery_import(const OpenWorkspace& w, const DeliveryImportInput& in) {
  Failure f;
  const auto bytes = csv_cells::read_csv_file(in.file, f);
  if (!bytes) return f;
  const auto table = read_csv(*bytes, in.delimiter);
  if (table.rows.empty() && table.problems.empty())
    return failure(trf("{} is empty: it needs a header line, then one line per value", in.file));
  Diagnostics found;
  // The rows that read clean are planned even when others did not, so that rows that
  // contradict each other are reported with everything else.
  const auto values = read_values(table, in, w, found);
  const auto source = in.source.value_or("Imported from " + fs::path(in.file).filename().string());
  DeliveryImport out{plan_deliveries(w, values, source, in.file, found), {}};
  if (!csv_cells::errors_in(found)) check_planned(out.plan, w, in.file, found);
  if (csv_cells::errors_in(found)) return csv_cells::refused(std::move(found), in.file);
  out.warnings = std::move(found);
  return out;
}

std::string write_deliveries(const DeliveryPlan& plan, const fs::path& root,
                             const std::function<void(const PlannedDelivery&)>& written) {
  std::error_code ec;
  if (!plan.files.empty()) fs::create_directories(root / spec_of(Kind::delivery).folder, ec);
  std::size_t count = 0;
  for (const auto& p : plan.files) {
    if (auto err = write_one(p, root); !err.empty())
      return count == 0 ? trf("{}; nothing was written", err)
                        : trf("{}; {} of {} files were written (listed above), importing the file again "
                              "does the rest",
                              err, count, plan.files.size());
    written(p);
    ++count;
  }
  return "";
}

}  // namespace brm
