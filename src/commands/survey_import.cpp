#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/usecases/survey_import.hpp"

namespace brm {
namespace {

struct ImportOptions {
  std::string file;
  SurveyColumnOptions columns;
  std::optional<std::string> customer, delimiter, as_of;
  bool dry_run = false;
};

std::string summary(std::string_view verb, const SurveyPlan& plan) {
  const auto n = plan.create.size();
  return fmt::format("{} {} {}, {} already present", verb, n, n == 1 ? "survey" : "surveys", plan.present);
}

int run_import(const ImportOptions& o, const GlobalOptions& g, Io& io) {
  const auto w = open_for_command(g, o.as_of, survey_import_needs(), io);
  if (!w) return 2;
  const auto planned = plan_import(*w, {o.file, o.columns, o.customer, delimiter_of(o.delimiter)});
  if (!planned) return print_failure(planned.failure(), io);
  print_diagnostics(planned->warnings, io);
  const auto& plan = planned->plan;
  if (o.dry_run) {
    for (const auto& p : plan.create) io.out << p.path << '\n';
    io.out << summary("would import", plan) << "; nothing was written (--dry-run)\n";
    return 0;
  }
  const auto err = write_surveys(plan, w->ws.root, [&](const PlannedSurvey& p) { io.out << p.id << '\n'; });
  if (!err.empty()) return fail(io, err);
  io.out << summary("imported", plan) << '\n';
  return 0;
}

}  // namespace

Command make_survey_import_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<ImportOptions>();
  auto* app = group.add_subcommand("import", "Import survey answers from a CSV file, one survey per row");
  app->footer(
      "Columns are found by their header: customer, respondent (or name), role, date, comments; every other\n"
      "column is a score named after its header, except a forms tool's own (ID, Start time, Email,\n"
      "Last modified time). Every row is checked against the workspace and the survey\n"
      "scale first; on a problem nothing is written. Answers the workspace already holds are skipped, so\n"
      "importing the same file again creates nothing. See docs/surveys.md.\n\nExamples:\n  brm survey import "
      "responses.csv --dry-run\n  brm survey import export.csv --customer finance --delimiter \";\"");
  app->add_option("FILE", o->file, "The CSV file, as exported from a forms tool")->type_name("FILE")->required();
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
                  "Every row is for this customer (id), for a file without a customer column")
      ->type_name("CUSTOMER");
  add_delimiter_option(*app, o->delimiter);
  app->add_flag("--dry-run", o->dry_run, "Check everything and print the files that would be written; write nothing");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_import(*o, globals, io); }};
}

Command make_survey_command(CLI::App& parent, const GlobalOptions& globals) {
  auto group =
      make_group(parent, "survey", "Import customer satisfaction surveys", {make_survey_import_command}, globals);
  group.app->footer("Examples:\n  brm survey import responses.csv");
  return group;
}

}  // namespace brm
