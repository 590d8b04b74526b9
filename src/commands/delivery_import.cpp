#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/usecases/delivery_import.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct ImportOptions {
  std::string file;
  DeliveryColumnOptions columns;
  std::optional<std::string> delimiter, source, as_of;
  bool dry_run = false;
};

std::string summary(bool dry_run, const DeliveryPlan& plan) {
  std::size_t created = 0;
  for (const auto& p : plan.files) created += p.create;
  const auto values = dry_run ? trnf("would import {} value", "would import {} values", plan.values, plan.values)
                              : trnf("imported {} value", "imported {} values", plan.values, plan.values);
  return trnf("{}: {} delivery created, {} updated, {} unchanged",
              "{}: {} deliveries created, {} updated, {} unchanged", created, values, created,
              plan.files.size() - created, plan.unchanged);
}

void list(const PlannedDelivery& p, std::ostream& out) {
  out << (p.create ? "created " : "updated ") << p.path << '\n';
  for (const auto& c : p.changes) out << "  " << c << '\n';
}

int run_import(const ImportOptions& o, const GlobalOptions& g, Io& io) {
  const auto w = open_for_command(g, o.as_of, delivery_import_needs(), io);
  if (!w) return 2;
  const auto planned = plan_delivery_import(*w, {o.file, o.columns, delimiter_of(o.delimiter), o.source});
  if (!planned) return print_failure(planned.failure(), io);
  print_diagnostics(planned->warnings, io);
  const auto& plan = planned->plan;
  if (o.dry_run) {
    for (const auto& p : plan.files) list(p, io.out);
    io.out << summary(true, plan) << tr("; nothing was written (--dry-run)") << '\n';
    return 0;
  }
  const auto err = write_deliveries(plan, w->ws.root, [&](const PlannedDelivery& p) { list(p, io.out); });
  if (!err.empty()) return fail(io, err);
  io.out << summary(false, plan) << '\n';
  return 0;
}

void add_column_options(CLI::App& app, DeliveryColumnOptions& columns) {
  constexpr std::array<const char*, delivery_column_count> what = {"the agreement id",
                                                                   "the customer id or name (instead of an agreement)",
                                                                   "the service id",
                                                                   "the agreed level's metric",
                                                                   "the period (YYYY-MM or YYYY-Qn)",
                                                                   "the achieved value",
                                                                   "a note on the value"};
  for (std::size_t c = 0; c < delivery_column_count; ++c) {
    const auto name = EnumNames<DeliveryColumn>::names[c];
    app.add_option(fmt::format("--{}-column", name), columns.header[c],
                   fmt::format("The header of the column with {} (default: {})", what[c], name))
        ->type_name("HEADER");
  }
  app.add_option("--ignore-column", columns.ignore, "A column to leave out; repeat for more")
      ->allow_extra_args(false)
      ->type_name("HEADER");
}

}  // namespace

Command make_delivery_import_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<ImportOptions>();
  auto* app = group.add_subcommand("import", "Import achieved service levels from a CSV file (monitoring, SLM)");
  app->footer(
      "Columns are found by their header, in any case: agreement, customer, service, metric, period, value,\n"
      "note. A row names the agreement, or the customer and service, which stands for the one agreement of\n"
      "that customer covering the service in the period. Periods are months (2026-10) or quarters (2026-Q3)\n"
      "that have ended; values may use a decimal comma; ';' or ',' delimiters, a byte order mark and CRLF\n"
      "are read as spreadsheets write them. One delivery file per agreement and period is created, or the\n"
      "existing one is changed in place (every other byte kept) and what changed is listed. Every problem in\n"
      "the file is reported at once and then nothing is written; importing the same file again changes\n"
      "nothing.\n"
      "Examples:\n"
      "  brm delivery import monitoring-2026-10.csv\n"
      "  brm delivery import export.csv --metric-column KPI --value-column Result --ignore-column Comment\n"
      "See docs/deliveries.md.");
  app->add_option("FILE", o->file, "The CSV file, as exported by monitoring or service level management")
      ->type_name("FILE")
      ->required();
  add_column_options(*app, o->columns);
  app->add_option("--source", o->source,
                  "Where the figures come from, written to new files (default: 'Imported from FILE')");
  add_delimiter_option(*app, o->delimiter);
  app->add_flag("--dry-run", o->dry_run, "Check everything and list what would change; write nothing");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_import(*o, globals, io); }};
}

Command make_delivery_command(CLI::App& parent, const GlobalOptions& globals) {
  auto group = make_group(parent, "delivery", "Import achieved service levels (deliveries)",
                          {make_delivery_import_command}, globals);
  group.app->footer(
      "Examples:\n  brm delivery import monitoring-2026-10.csv\n  brm delivery import export.csv --dry-run");
  return group;
}

}  // namespace brm
