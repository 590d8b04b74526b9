#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/commands/output.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/usecases/report.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct ReportCommandOptions {
  std::string kind;
  std::optional<std::string> id, as_of, at, from, to, table, customer;
  bool strict = false;
  OutputOptions output;
};

const std::vector<Format> formats = {Format::text, Format::markdown, Format::html,
                                     Format::json, Format::csv,      Format::xlsx};

/// The options as the use case takes them; usage problems (an id only for `customer`,
/// and always for it) go to `f`. CLI11 allowed only the report kinds' names.
ReportInput input_of(const ReportCommandOptions& o, Format format, Failure& f) {
  const ReportInput in{*parse_enum<ReportKind>(o.kind), o.id, date_option("--from", o.from, f),
                       date_option("--to", o.to, f), o.customer};
  if (o.customer && in.kind != ReportKind::delivery) f.add(tr("--customer goes with 'brm report delivery'"));
  if (in.kind == ReportKind::customer && !o.id)
    f.add(tr("brm report customer wants the customer's id: brm report customer ID"));
  if (in.kind != ReportKind::customer && o.id) f.add(trf("brm report {} takes no id (only 'customer' does)", o.kind));
  if (o.table && format != Format::csv) f.add(tr("--table goes with --format csv"));
  return in;
}

/// With --strict, any validation error or warning fails the run, as `validate --strict` would.
int strict_status(const Diagnostics& found, bool strict, Io& io) {
  if (!strict || found.empty()) return 0;
  std::size_t errors = 0;
  for (const auto& d : found) errors += d.severity == Severity::error ? 1 : 0;
  io.err << fmt::format("brm: error: --strict: the workspace has {} error(s) and {} warning(s); run 'brm validate'\n",
                        errors, found.size() - errors);
  return 1;
}

/// Every table of the report, one worksheet each; the lead says what it covers.
int write_workbook(const ReportCommandOptions& o, const ReportDoc& doc, Date as_of, Io& io) {
  std::string lead;
  for (const auto& line : doc.lead) lead += lead.empty() ? line : fmt::format(" {}", line);
  const auto stamp = output_stamp(as_of, io);
  if (!stamp) return 2;
  return emit_workbook(o.output, io, report_sheets(doc), {doc.title, lead, *stamp});
}

int write(const ReportCommandOptions& o, Format format, const ReportValue& value, Date as_of, Io& io) {
  if (format == Format::json) return emit(o.output, io, [&](std::ostream& out) { render_report_json(value, out); });
  const ReportDoc doc = layout_report(value);
  if (format == Format::xlsx) return write_workbook(o, doc, as_of, io);
  if (format == Format::csv) {
    const auto table = find_table(doc, o.table.value_or(""));
    if (!table)
      return fail(io, trf("this report has no table '{}'; its tables are {}", o.table.value_or(""),
                          fmt::join(table_names(doc), ", ")));
    return emit(o.output, io, [&](std::ostream& out) { render_table_csv(*table, out, csv_dialect(o.output)); });
  }
  return emit(o.output, io, [&](std::ostream& out) {
    if (format == Format::markdown) return render_doc_markdown(doc, out);
    if (format == Format::html) return render_doc_html(doc, out);
    render_doc_text(doc, out);
  });
}

int run_report(const ReportCommandOptions& o, const GlobalOptions& g, Io& io) {
  const auto format = resolve_format(o.output, formats, io);
  if (!format) return 2;
  Failure f;
  const auto in = input_of(o, *format, f);
  if (!f.empty()) return print_failure(f, io);
  const auto w = open_for_command(g, o.as_of, report_needs(in.kind), io, o.at);
  if (!w) return 2;
  // The records leave out those that fail validation; this says which.
  warn_left_out(*w, "report", io);
  const auto report = make_report(*w, in);
  if (!report) return print_failure(report.failure(), io);
  if (const int rc = write(o, *format, *report, w->ctx.as_of, io)) return rc;
  return strict_status(w->ws.diagnostics, o.strict, io);
}

}  // namespace

Command make_report_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<ReportCommandOptions>();
  auto* app = parent.add_subcommand("report", "Reports on the process: customers, agreements, measurements, surveys");
  app->footer(
      "KIND is one of:\n"
      "  customers      the hierarchy, customers and purchasers with contact details, teams, designated contacts\n"
      "  agreements     the register: validity, status, services and levels, financing, totals per currency\n"
      "  kpi            the process measurements: designated contacts, written agreements, satisfaction, complaints\n"
      "  complaints     complaints received in the period or still open, with times to resolve\n"
      "  satisfaction   survey results per customer and dimension over time\n"
      "  delivery       agreed service levels against what was delivered, met or missed, with the trend\n"
      "  customer ID    everything about one customer, ready for the next meeting\n"
      "The period is the 12 months up to --as-of unless --from/--to say otherwise; every figure says what it\n"
      "covers. Records that fail validation are left out with a warning. HTML prints on A4, tables too wide\n"
      "for a portrait page on landscape pages. See docs/report.md and docs/json.md.\n\nExamples:\n  brm report kpi\n  "
      "brm report customer finance -f html -o finance.html\n  brm report delivery --customer water --from 2026-01-01 "
      "--to 2026-06-30\n  brm report agreements -f csv -o agreements.csv\n  brm report kpi -o kpi.xlsx");
  app->add_option("kind", o->kind, "What to report on")->required()->check(CLI::IsMember(all_names<ReportKind>()));
  app->add_option("id", o->id, "The customer, for 'brm report customer ID'")->type_name("CUSTOMER");
  app->add_option("--customer", o->customer, "With 'delivery': only this customer's agreements")->type_name("CUSTOMER");
  add_as_of_option(*app, o->as_of);
  add_at_option(*app, o->at);
  app->add_option("--from", o->from, "First day of the period (default: a year before --to, plus one day)")
      ->type_name("DATE");
  app->add_option("--to", o->to, "Last day of the period (default: the as-of date)")->type_name("DATE");
  app->add_option("--table", o->table, "With --format csv: which table to write (default: the first)");
  app->add_flag("--strict", o->strict, "Exit 1 when the workspace has validation errors or warnings");
  add_output_options(*app, o->output, formats);
  return {app, [o, &globals](Io& io) { return run_report(*o, globals, io); }};
}

}  // namespace brm
