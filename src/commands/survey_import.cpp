#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/records.hpp"
#include "brm/commands/survey_import.hpp"
#include "brm/workspace/atomic_write.hpp"

namespace brm {
namespace {

namespace fs = std::filesystem;

// A forms export of 80,000 answers; anything larger is more likely a wrong file.
constexpr std::uintmax_t max_csv_bytes = 16u << 20;

struct ImportOptions {
  std::string file;
  SurveyColumnOptions columns;
  std::optional<std::string> customer, delimiter, as_of;
  bool dry_run = false;
};

std::optional<std::string> read_input(const std::string& file, Io& io) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec) return fail(io, fmt::format("cannot read {}: {}", file, ec.message())), std::nullopt;
  if (size > max_csv_bytes)
    return fail(io, fmt::format("{} is larger than 16 MiB; split it into smaller files", file)), std::nullopt;
  std::ifstream in(file, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return fail(io, fmt::format("cannot read {}", file)), std::nullopt;
  return bytes;
}

std::optional<char> delimiter_of(const std::optional<std::string>& option) {
  if (!option) return std::nullopt;
  return *option == "tab" ? '\t' : option->front();
}

/// Every row that maps and checks clean; the problems of the others go to `found`.
std::vector<SurveyAnswer> read_answers(const CsvTable& table, const ImportOptions& o, const LoadedWorkspace& lw,
                                       Diagnostics& found) {
  for (const auto& p : table.problems) found.push_back({o.file, p.pos, Severity::error, survey_import_rule, p.message});
  std::vector<SurveyAnswer> answers;
  if (table.rows.empty()) return answers;
  auto options = o.columns;
  options.fixed_customer = o.customer.has_value();
  const auto columns = map_survey_columns(table.rows.front(), options, o.file, found);
  if (!columns) return answers;
  const SurveyRowContext ctx{lw, o.file, o.customer};
  for (std::size_t i = 1; i < table.rows.size(); ++i)
    if (auto a = read_survey_row(table.rows[i], *columns, ctx, found)) answers.push_back(std::move(*a));
  return answers;
}

/// Proves each file validates clean before any is written; a problem is shown at
/// the row it comes from.
void check_planned(const SurveyPlan& plan, const LoadedWorkspace& lw, const std::string& file, Diagnostics& found) {
  const NewRecordChecker checker(lw.ws, lw.ctx);
  for (const auto& p : plan.create)
    for (const auto& d : checker.check(Kind::survey, p.path, p.text))
      if (d.severity == Severity::error)
        found.push_back(
            {file, {p.line, 1}, Severity::error, d.rule, fmt::format("{} would not be valid: {}", p.path, d.message)});
}

bool has_errors(const Diagnostics& found) {
  return std::any_of(found.begin(), found.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
}

int refuse(Diagnostics& found, const std::string& file, Io& io) {
  sort_diagnostics(found);
  print_diagnostics(found, io);
  const auto n =
      std::count_if(found.begin(), found.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
  return fail(io, fmt::format("{} {} in {}; nothing was written", n, n == 1 ? "problem" : "problems", file));
}

std::string summary(std::string_view verb, const SurveyPlan& plan) {
  const auto n = plan.create.size();
  return fmt::format("{} {} {}, {} already present", verb, n, n == 1 ? "survey" : "surveys", plan.present);
}

int write_surveys(const SurveyPlan& plan, const fs::path& root, Io& io) {
  std::error_code ec;
  if (!plan.create.empty()) fs::create_directories(root / spec_of(Kind::survey).folder, ec);
  std::size_t written = 0;
  for (const auto& p : plan.create) {
    if (auto err = write_file_atomic(root / p.path, p.text, WriteMode::create_new); !err.empty())
      return fail(io, written == 0 ? err + "; nothing was written"
                                   : fmt::format("{}; {} of {} surveys were written (listed above), importing the "
                                                 "file again adds the rest",
                                                 err, written, plan.create.size()));
    io.out << p.id << '\n';
    ++written;
  }
  io.out << summary("imported", plan) << '\n';
  return 0;
}

int preview(const SurveyPlan& plan, Io& io) {
  for (const auto& p : plan.create) io.out << p.path << '\n';
  io.out << summary("would import", plan) << "; nothing was written (--dry-run)\n";
  return 0;
}

int run_import(const ImportOptions& o, const GlobalOptions& g, Io& io) {
  auto lw = load_for_command(g, o.as_of, io);
  if (!lw) return 2;
  if (o.customer && !find_record(lw->ws, Kind::customer, *o.customer))
    return fail(io, "--customer: " + unknown_id_message(lw->ws, Kind::customer, *o.customer));
  const auto bytes = read_input(o.file, io);
  if (!bytes) return 2;
  const auto table = read_csv(*bytes, delimiter_of(o.delimiter));
  if (table.rows.empty() && table.problems.empty())
    return fail(io, fmt::format("{} is empty: it needs a header line, then one line per answer", o.file));
  Diagnostics found;
  const auto answers = read_answers(table, o, *lw, found);
  if (has_errors(found)) return refuse(found, o.file, io);
  const auto plan = plan_survey_import(lw->ws, answers, o.file, found);
  check_planned(plan, *lw, o.file, found);
  if (has_errors(found)) return refuse(found, o.file, io);
  print_diagnostics(found, io);
  return o.dry_run ? preview(plan, io) : write_surveys(plan, lw->ws.root, io);
}

}  // namespace

Command make_survey_import_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<ImportOptions>();
  auto* app = group.add_subcommand("import", "Import survey answers from a CSV file, one survey per row");
  app->footer(
      "Columns are found by their header: customer, respondent (or name), role, date, comments; every other\n"
      "column is a score named after its header. Every row is checked against the workspace and the survey\n"
      "scale first; on a problem nothing is written. Answers the workspace already holds are skipped, so\n"
      "importing the same file again creates nothing. See docs/surveys.md.");
  app->add_option("FILE", o->file, "The CSV file, as exported from a forms tool")->required();
  app->add_option("--customer-column", o->columns.customer, "The column with the customer id or name");
  app->add_option("--respondent-column", o->columns.respondent, "The column with the respondent's name");
  app->add_option("--role-column", o->columns.role, "The column with the respondent's role");
  app->add_option("--date-column", o->columns.date, "The column with the date (or time stamp) of the answer");
  app->add_option("--comments-column", o->columns.comments, "The column with free-text comments");
  app->add_option("--score-columns", o->columns.scores,
                  "Only these columns (comma-separated) are scores; any other must be mapped or ignored")
      ->delimiter(',')
      ->allow_extra_args(false);
  app->add_option("--ignore-column", o->columns.ignore, "A column to leave out; repeat for more")
      ->allow_extra_args(false);
  app->add_option("--customer", o->customer,
                  "Every row is for this customer (id), for a file without a customer column");
  app->add_option("--delimiter", o->delimiter, "The field delimiter; default: the one the header line uses")
      ->check(CLI::IsMember({",", ";", "tab"}).description(""))
      ->type_name(",|;|tab");
  app->add_flag("--dry-run", o->dry_run, "Check everything and print the files that would be written; write nothing");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_import(*o, globals, io); }};
}

Command make_survey_command(CLI::App& parent, const GlobalOptions& globals) {
  return make_group(parent, "survey", "Import customer satisfaction surveys", {make_survey_import_command}, globals);
}

}  // namespace brm
