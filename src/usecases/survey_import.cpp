#include "brm/usecases/survey_import.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "brm/util/i18n.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "csv_cells.hpp"

namespace brm {
namespace {

namespace fs = std::filesystem;

/// Every row that maps and checks clean; the problems of the others go to `found`.
std::vector<SurveyAnswer> read_answers(const CsvTable& table, const SurveyImportInput& in, const OpenWorkspace& w,
                                       Diagnostics& found) {
  for (const auto& p : table.problems)
    found.push_back({in.file, p.pos, Severity::error, survey_import_rule, p.message});
  std::vector<SurveyAnswer> answers;
  if (table.rows.empty()) return answers;
  auto options = in.columns;
  options.fixed_customer = in.customer.has_value();
  options.dimensions = survey_dimensions(w.ws);
  const auto columns = map_survey_columns(table.rows.front(), options, in.file, found);
  if (!columns) return answers;
  const SurveyRowContext ctx{w, in.file, in.customer};
  for (std::size_t i = 1; i < table.rows.size(); ++i)
    if (auto a = read_survey_row(table.rows[i], *columns, ctx, found)) answers.push_back(std::move(*a));
  return answers;
}

/// Proves each file validates clean before any is written.
void check_planned(const SurveyPlan& plan, const OpenWorkspace& w, const std::string& file, Diagnostics& found) {
  const NewRecordChecker checker(w.ws, w.ctx);
  for (const auto& p : plan.create)
    csv_cells::check_new_file(checker, Kind::survey, p.path, p.text, p.line, file, found);
}

}  // namespace

Needs survey_import_needs() { return {Reads::documents, {}}; }

Result<SurveyImport> plan_import(const OpenWorkspace& w, const SurveyImportInput& in) {
  Failure f;
  if (in.customer && !find_record(w.ws, Kind::customer, *in.customer))
    return failure("--customer: " + unknown_id_message(w.ws, Kind::customer, *in.customer));
  const auto bytes = csv_cells::read_csv_file(in.file, f);
  if (!bytes) return f;
  const auto table = read_csv(*bytes, in.delimiter);
  if (table.rows.empty() && table.problems.empty())
    return failure(trf("{} is empty: it needs a header line, then one line per answer", in.file));
  Diagnostics found;
  const auto answers = read_answers(table, in, w, found);
  if (csv_cells::errors_in(found)) return csv_cells::refused(std::move(found), in.file);
  SurveyImport out{plan_survey_import(w.ws, answers, in.file, found), {}};
  check_planned(out.plan, w, in.file, found);
  if (csv_cells::errors_in(found)) return csv_cells::refused(std::move(found), in.file);
  out.warnings = std::move(found);
  return out;
}

std::string write_surveys(const SurveyPlan& plan, const fs::path& root,
                          const std::function<void(const PlannedSurvey&)>& written) {
  std::error_code ec;
  if (!plan.create.empty()) fs::create_directories(root / spec_of(Kind::survey).folder, ec);
  std::size_t count = 0;
  for (const auto& p : plan.create) {
    if (auto err = write_file_atomic(root / p.path, p.text, WriteMode::create_new); !err.empty())
      return count == 0 ? trf("{}; nothing was written", err)
                        : trf("{}; {} of {} surveys were written (listed above), importing the file again "
                              "adds the rest",
                              err, count, plan.create.size());
    written(p);
    ++count;
  }
  return "";
}

}  // namespace brm
