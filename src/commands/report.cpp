#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <array>
#include <memory>
#include <stdexcept>

#include "brm/records/collector.hpp"
#include "brm/commands/common.hpp"
#include "brm/commands/output.hpp"
#include "brm/commands/records.hpp"
#include "brm/records/records.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/workspace/loader.hpp"

namespace brm {
namespace {

struct ReportCommandOptions {
  std::string kind;
  std::optional<std::string> id, as_of, from, to, table;
  bool strict = false;
  OutputOptions output;
};

const std::vector<std::string> formats = {"text", "markdown", "html", "json", "csv"};
/// A report computed once, ready for any format: the ReportDoc for reading, and its
/// JSON renderer (JSON keeps numbers as numbers, so it comes from the value itself).
struct Rendered {
  ReportDoc doc;
  std::function<void(std::ostream&)> json;
};

template <class V>
Rendered rendered(V value, ReportDoc (*layout)(const V&), void (*json)(const V&, std::ostream&)) {
  auto v = std::make_shared<V>(std::move(value));
  return {layout(*v), [v, json](std::ostream& out) { json(*v, out); }};
}

/// One row per report kind: its name on the command line, the records it reads, and how
/// it is computed (nullopt: the customer asked for has errors).
struct ReportKind {
  std::string_view name;
  std::set<Kind> (*kinds)();
  std::optional<Rendered> (*compute)(const std::optional<std::string>& id, const Records& data,
                                     const ReportHeading& h);
};

/// A report of the whole workspace: computed, laid out and rendered by these three.
template <auto compute, auto layout, auto json>
std::optional<Rendered> whole(const std::optional<std::string>&, const Records& d, const ReportHeading& h) {
  return rendered(compute(d, h), layout, json);
}

std::optional<Rendered> one_customer(const std::optional<std::string>& id, const Records& d, const ReportHeading& h) {
  auto page = compute_customer_page(d, h, *id);
  if (!page) return std::nullopt;
  return rendered(std::move(*page), layout_customer_page, render_customer_page_json);
}

const std::array<ReportKind, 6> report_kinds = {{
    {"customers", customers_kinds, whole<compute_customers, layout_customers, render_customers_json>},
    {"agreements", agreements_kinds, whole<compute_agreements, layout_agreements, render_agreements_json>},
    {"kpi", kpi_kinds, whole<compute_kpi, layout_kpi, render_kpi_json>},
    {"complaints", complaints_kinds, whole<compute_complaints, layout_complaints, render_complaints_json>},
    {"satisfaction", satisfaction_kinds, whole<compute_satisfaction, layout_satisfaction, render_satisfaction_json>},
    {"customer", record_kinds, one_customer},
}};

std::vector<std::string> report_kind_names() {
  std::vector<std::string> out;
  for (const auto& k : report_kinds) out.emplace_back(k.name);
  return out;
}

/// The kind named on the command line; CLI11 has already refused any other name.
const ReportKind& report_kind(std::string_view name) {
  for (const auto& k : report_kinds)
    if (k.name == name) return k;
  throw std::logic_error("unknown report kind");
}

/// The period: --from/--to, each defaulting as docs/report.md says. nullopt after an error.
std::optional<Period> resolve_period(const ReportCommandOptions& o, Date as_of, Io& io) {
  auto parse = [&](const std::optional<std::string>& text, const char* flag) -> std::optional<std::optional<Date>> {
    if (!text) return std::optional<Date>();
    if (auto d = Date::parse(*text)) return d;
    fail(io, fmt::format("{} wants a real date written YYYY-MM-DD, not '{}'", flag, *text));
    return std::nullopt;
  };
  const auto from = parse(o.from, "--from"), to = parse(o.to, "--to");
  if (!from || !to) return std::nullopt;
  const Date end = to->value_or(as_of);
  const Period p{from->value_or(year_up_to(end).from), end};
  if (p.from > p.to) {
    fail(io, fmt::format("the period starts after it ends ({} to {})", p.from.str(), p.to.str()));
    return std::nullopt;
  }
  return p;
}

/// Usage errors that need no workspace: an id only for `customer`, and always for it.
std::optional<std::string> usage_error(const ReportCommandOptions& o, const std::string& format) {
  if (o.kind == "customer" && !o.id) return "brm report customer wants the customer's id: brm report customer ID";
  if (o.kind != "customer" && o.id) return fmt::format("brm report {} takes no id (only 'customer' does)", o.kind);
  if (o.table && format != "csv") return "--table goes with --format csv";
  return std::nullopt;
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

int write(const ReportCommandOptions& o, const std::string& format, const Rendered& r, Io& io) {
  if (format == "csv") {
    const auto table = find_table(r.doc, o.table.value_or(""));
    if (!table)
      return fail(io, fmt::format("this report has no table '{}'; its tables are {}", o.table.value_or(""),
                                  fmt::join(table_names(r.doc), ", ")));
    return emit(o.output, io, [&](std::ostream& out) { render_table_csv(*table, out); });
  }
  return emit(o.output, io, [&](std::ostream& out) {
    if (format == "json") return r.json(out);
    if (format == "markdown") return render_doc_markdown(r.doc, out);
    if (format == "html") return render_doc_html(r.doc, out);
    render_doc_text(r.doc, out);
  });
}

int run_report(const ReportCommandOptions& o, const GlobalOptions& g, Io& io) {
  const auto format = resolve_format(o.output, formats, "text", io);
  if (!format) return 2;
  if (const auto err = usage_error(o, *format)) return fail(io, *err);
  const auto as_of = resolve_as_of(o.as_of, io);
  if (!as_of) return 2;
  const auto period = resolve_period(o, *as_of, io);
  if (!period) return 2;
  const ReportKind& kind = report_kind(o.kind);
  auto loaded = load_facts(g, *as_of, kind.kinds(), io);
  if (!loaded) return 2;
  auto& lw = loaded->lw;
  if (o.id && !find_record(lw.ws, Kind::customer, *o.id))
    return fail(io, unknown_id_message(lw.ws, Kind::customer, *o.id));
  const auto& settings = lw.ctx.settings;
  const ReportHeading heading{settings.organization, settings.currency, settings.policy, *as_of, *period};
  // The facts already leave out the records that fail validation; this says which, as review does.
  warn_left_out(lw, kind.kinds(), "report", io);
  const auto rendered = kind.compute(o.id, loaded->data, heading);
  if (!rendered)
    return fail(io, fmt::format("customer '{}' has errors and cannot be reported on; run 'brm validate'", *o.id));
  if (const int rc = write(o, *format, *rendered, io)) return rc;
  return strict_status(lw.ws.diagnostics, o.strict, io);
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
      "  customer ID    everything about one customer, ready for the next meeting\n"
      "The period is the 12 months up to --as-of unless --from/--to say otherwise; every figure says what it\n"
      "covers. Records that fail validation are left out with a warning. See docs/report.md and docs/json.md.");
  app->add_option("kind", o->kind, "What to report on")->required()->check(CLI::IsMember(report_kind_names()));
  app->add_option("id", o->id, "The customer, for 'brm report customer ID'");
  add_as_of_option(*app, o->as_of);
  app->add_option("--from", o->from, "First day of the period (default: a year before --to, plus one day)");
  app->add_option("--to", o->to, "Last day of the period (default: the as-of date)");
  app->add_option("--table", o->table, "With --format csv: which table to write (default: the first)");
  app->add_flag("--strict", o->strict, "Exit 1 when the workspace has validation errors or warnings");
  add_output_options(*app, o->output, formats);
  return {app, [o, &globals](Io& io) { return run_report(*o, globals, io); }};
}

}  // namespace brm
