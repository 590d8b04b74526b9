#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/usecases/survey_import.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct ImportOptions {
  std::string file;
  SurveyColumnOptions columns;
  std::vector<std::string> map;  // --map HEADER=FIELD, as given
  std::optional<std::string> customer, delimiter, as_of;
  bool dry_run = false;
};

/// The use case's input; a malformed --map goes to `f`.
SurveyImportInput input_of(const ImportOptions& o, Failure& f) {
  SurveyImportInput in{o.file, o.columns, o.customer, delimiter_of(o.delimiter)};
  for (const auto& text : o.map) {
    if (auto m = parse_survey_mapping(text))
      in.columns.map.push_back(std::move(*m));
    else
      f.add(trf("--map wants HEADER=FIELD, not '{}'", text));
  }
  return in;
}

std::string summary(bool dry_run, const SurveyPlan& plan) {
  const auto n = plan.create.size();
  return dry_run ? trnf("would import {} survey, {} already present", "would import {} surveys, {} already present", n,
                        n, plan.present)
                 : trnf("imported {} survey, {} already present", "imported {} surveys, {} already present", n, n,
                        plan.present);
}

int run_import(const ImportOptions& o, const GlobalOptions& g, Io& io) {
  const auto w = open_for_command(g, o.as_of, survey_import_needs(), io);
  if (!w) return 2;
  Failure usage;
  const auto in = input_of(o, usage);
  const auto planned = plan_import(*w, in);
  // Every problem in one run: those of the file, then those of the options alone.
  if (!usage.empty()) {
    Failure f = planned ? Failure() : planned.failure();
    f.add(std::move(usage));
    return print_failure(f, io);
  }
  if (!planned) return print_failure(planned.failure(), io);
  print_diagnostics(planned->warnings, io);
  const auto& plan = planned->plan;
  if (o.dry_run) {
    for (const auto& p : plan.create) io.out << p.path << '\n';
    io.out << summary(true, plan) << tr("; nothing was written (--dry-run)") << '\n';
    return 0;
  }
  const auto err = write_surveys(plan, w->ws.root, [&](const PlannedSurvey& p) { io.out << p.id << '\n'; });
  if (!err.empty()) return fail(io, err);
  io.out << summary(false, plan) << '\n';
  return 0;
}

}  // namespace

Command make_survey_import_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<ImportOptions>();
  auto* app = group.add_subcommand("import", "Import survey answers from a CSV file, one survey per row");
  app->footer(
      "Columns are found by their header, in English or Swedish: customer (Kund), respondent or name (Namn),\n"
      "role (Roll), date (Datum; else a forms tool's time stamp), comments (Kommentar); --map HEADER=FIELD\n"
      "sends any column to one of those or to a score dimension. Every other column is a score named after\n"
      "its header, except a forms tool's own (ID, Start time, Email, Starttid, E-post...). ';' or ','\n"
      "delimiters, decimal commas, a byte order mark and CRLF are read as spreadsheets write them. Every row\n"
      "is checked against the workspace and the survey scale first; on a problem nothing is written.\n"
      "Answers the workspace already holds are skipped, so importing the same file again creates nothing.\n"
      "See docs/surveys.md.\n\nExamples:\n"
      "  brm survey import responses.csv --dry-run\n"
      "  brm survey import export.csv --customer finance --delimiter \";\"\n"
      "  brm survey import enkat.csv --map Helhetsbetyg=overall --map Leverans=delivery");
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
  app->add_option("--map", o->map,
                  "HEADER=FIELD: the column with that header holds FIELD (customer, respondent, role, date, "
                  "comments) or a score dimension (overall, or scores.NAME for a new one); repeat for more")
      ->allow_extra_args(false)
      ->type_name("HEADER=FIELD");
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
