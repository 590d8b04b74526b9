#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "brm/model/diagnostic.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"
#include "brm/workspace/csv_reader.hpp"

namespace brm {

/// The rule name of every problem `brm survey import` finds in a CSV file.
inline constexpr const char* survey_import_rule = "survey-import";

/// One --map HEADER=FIELD, as given: the column with that header holds FIELD, one of
/// the fields (customer, respondent, role, date, comments) or a score dimension.
struct SurveyMapping {
  std::string header, field;
};

/// HEADER=FIELD split at the last '=' (a header may hold one, a field never does);
/// nullopt when either side is empty.
std::optional<SurveyMapping> parse_survey_mapping(std::string_view text);

/// The score dimensions a --map may name without `scores.`: those the surveys of `ws`
/// use, and overall, delivery, communication and value (the data contract's), sorted.
std::vector<std::string> survey_dimensions(const Workspace& ws);

/// Columns named on the command line; where a name is missing, the header
/// convention decides (customer, respondent or name, role, date, comments, in
/// English or Swedish).
struct SurveyColumnOptions {
  std::optional<std::string> customer, respondent, role, date, comments;
  std::vector<std::string> scores;      // --score-columns: only these are scores
  std::vector<std::string> ignore;      // --ignore-column
  std::vector<SurveyMapping> map;       // --map, in the order given
  std::vector<std::string> dimensions;  // what a --map may name: survey_dimensions()
  bool fixed_customer = false;          // --customer: every row is for one customer
};

/// Which field (0-based) holds what. A score column carries its dimension name.
struct SurveyColumns {
  std::optional<std::size_t> customer, respondent, role, date, comments;
  std::vector<std::pair<std::string, std::size_t>> scores;
  std::vector<std::string> headers;  // as written, trimmed
  std::vector<std::size_t> unnamed;  // columns without a header: their cells must be empty
};

/// Maps the header row to columns; each problem goes to `out` at the header's line
/// and the column concerned. Nullopt when there was a problem.
std::optional<SurveyColumns> map_survey_columns(const CsvRow& header, const SurveyColumnOptions& o,
                                                const std::string& path, Diagnostics& out);

/// One row of the file, checked and ready to be written as a survey.
struct SurveyAnswer {
  std::uint32_t line = 0;
  std::string customer, date, name, role, comments;
  std::vector<std::pair<std::string, std::string>> scores;  // dimension, number as YAML will hold it
};

/// What each row is checked against.
struct SurveyRowContext {
  const OpenWorkspace& w;
  std::string path;                     // the CSV file as given, for diagnostics
  std::optional<std::string> customer;  // --customer, already known to exist
};

/// Reads one row; every problem goes to `out`. Nullopt when there was one.
std::optional<SurveyAnswer> read_survey_row(const CsvRow& row, const SurveyColumns& columns,
                                            const SurveyRowContext& ctx, Diagnostics& out);

/// A survey file about to be written.
struct PlannedSurvey {
  std::string id, path, text;
  std::uint32_t line = 0;
};

/// What an import will do: the files to create, and how many rows the workspace
/// (or an earlier row of the same file) already holds.
struct SurveyPlan {
  std::vector<PlannedSurvey> create;
  std::size_t present = 0;
};

/// Leaves out every answer whose customer, date, respondent name and scores a survey
/// in `ws` already has, so that importing a file twice creates nothing new, and
/// gives the others ids that clash with no survey. A row repeating an earlier row
/// of the file is imported once, with a warning in `out`.
SurveyPlan plan_survey_import(const Workspace& ws, const std::vector<SurveyAnswer>& answers, const std::string& path,
                              Diagnostics& out);

/// The survey file for an answer, fields in the order of the data contract.
std::string survey_text(const std::optional<std::string>& id, const SurveyAnswer& a);

/// A CSV file to import and how to read it.
struct SurveyImportInput {
  std::string file;  // as given on the command line, for messages
  SurveyColumnOptions columns;
  std::optional<std::string> customer;  // every row is for this customer
  std::optional<char> delimiter;        // default: the one the header line uses
};

/// What an import will write, and the warnings about rows it skips.
struct SurveyImport {
  SurveyPlan plan;
  Diagnostics warnings;
};

/// What `survey import` opens: every file (surveys are matched by their contents).
Needs survey_import_needs();

/// Reads the file, maps its columns and checks every row against the workspace and the
/// survey scale, and proves each survey to write validates clean. On any problem the
/// failure lists them all, at the rows they come from.
Result<SurveyImport> plan_import(const OpenWorkspace& w, const SurveyImportInput& in);

/// Writes the planned surveys, never over an existing file, telling `written` of each
/// as it is written. Empty, or why it stopped and how many were written by then.
std::string write_surveys(const SurveyPlan& plan, const std::filesystem::path& root,
                          const std::function<void(const PlannedSurvey&)>& written);

}  // namespace brm
