#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/output.hpp"
#include "brm/commands/records.hpp"
#include "brm/model/complaint_status.hpp"
#include "brm/render/table.hpp"

namespace brm {
namespace {

struct ListOptions {
  std::vector<std::string> statuses, severities;
  std::optional<std::string> customer, as_of;
  bool overdue = false;
  bool open = false;
  OutputOptions output;
};

const std::vector<std::string> formats = {"text", "markdown", "json", "csv"};

/// One complaint as listed, computed once for every format.
struct Row {
  std::string id, customer, received, severity, status, summary;
  std::optional<long> days_open;  // open complaints only
  bool overdue = false;
};

std::optional<Row> row_of(const Record& r, const CheckContext& ctx) {
  const auto& doc = *r.doc;
  const auto& root = *doc.root();
  Row row{r.id,
          std::string(doc.find_text(root, "customer")),
          std::string(doc.find_text(root, "received")),
          std::string(doc.find_text(root, "severity")),
          std::string(doc.find_text(root, "status")),
          std::string(doc.find_text(root, "summary")),
          std::nullopt,
          false};
  const auto received = Date::parse(row.received);
  const auto status = parse_complaint_status(row.status);
  if (!received || !status) return std::nullopt;  // validate reports it
  if (!is_closed(*status)) {
    row.days_open = ctx.as_of - *received;
    row.overdue = complaint_overdue(*received, ctx.as_of, ctx.settings.policy.complaint_response_days);
  }
  return row;
}

bool wanted(const Row& row, const ListOptions& o) {
  auto in = [](const std::vector<std::string>& set, const std::string& v) {
    return set.empty() || std::find(set.begin(), set.end(), v) != set.end();
  };
  if (o.customer && row.customer != *o.customer) return false;
  if (o.overdue && !row.overdue) return false;
  if (o.open && !row.days_open) return false;
  return in(o.statuses, row.status) && in(o.severities, row.severity);
}

Table table_of(const std::vector<Row>& rows) {
  Table t{{{"id", "Id"},
           {"customer", "Customer"},
           {"received", "Received"},
           {"severity", "Severity"},
           {"status", "Status"},
           {"days_open", "Days open", true},
           {"overdue", "Overdue"},
           {"summary", "Summary"}},
          {}};
  for (const auto& r : rows)
    t.rows.push_back({r.id, r.customer, r.received, r.severity, r.status,
                      r.days_open ? std::to_string(*r.days_open) : "", r.overdue ? "yes" : "", r.summary});
  return t;
}

void render_json(const std::vector<Row>& rows, const CheckContext& ctx, std::ostream& out) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& r : rows) {
    nlohmann::ordered_json o = {{"id", r.id},
                                {"customer", r.customer},
                                {"received", r.received},
                                {"severity", r.severity},
                                {"status", r.status}};
    o["days_open"] = r.days_open ? nlohmann::ordered_json(*r.days_open) : nlohmann::ordered_json(nullptr);
    o["overdue"] = r.overdue;
    o["summary"] = r.summary;
    list.push_back(std::move(o));
  }
  nlohmann::ordered_json doc = {{"version", 1},
                                {"as_of", ctx.as_of.str()},
                                {"complaint_response_days", ctx.settings.policy.complaint_response_days},
                                {"complaints", std::move(list)}};
  out << doc.dump(2) << '\n';
}

int run_list(const ListOptions& o, const GlobalOptions& g, Io& io) {
  const auto format = resolve_format(o.output, formats, "text", io);
  if (!format) return 2;
  auto lw = load_for_command(g, o.as_of, io);
  if (!lw) return 2;
  if (o.customer && !find_record(lw->ws, Kind::customer, *o.customer))
    return fail(io, unknown_id_message(lw->ws, Kind::customer, *o.customer));
  std::vector<Row> rows;
  std::size_t skipped = 0;
  for (const auto& r : lw->ws.of_kind(Kind::complaint)) {
    const auto row = r.doc ? row_of(r, lw->ctx) : std::nullopt;
    if (!row)
      ++skipped;
    else if (wanted(*row, o))
      rows.push_back(*row);
  }
  if (skipped)
    io.err << fmt::format("brm: warning: {} complaint file(s) could not be read and are left out; run 'brm validate'\n",
                          skipped);
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return std::tie(a.received, a.id) < std::tie(b.received, b.id); });
  return emit(o.output, io, [&](std::ostream& out) {
    if (*format == "json") return render_json(rows, lw->ctx, out);
    const auto t = table_of(rows);
    if (*format == "markdown") return render_table_markdown(t, out);
    if (*format == "csv") return render_table_csv(t, out);
    render_table_text(t, out);
  });
}

}  // namespace

Command make_complaint_list_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<ListOptions>();
  auto* app = group.add_subcommand("list", "List complaints, oldest first, with how long open ones have been open");
  app->footer(
      "A complaint is overdue when it is not resolved or rejected and was received more than\n"
      "policy.complaint_response_days before the as-of date. See docs/complaints.md.");
  app->add_option("--status", o->statuses, "Only these statuses (repeatable)")
      ->check(CLI::IsMember(enum_values(Kind::complaint, "status")));
  app->add_option("--severity", o->severities, "Only these severities (repeatable)")
      ->check(CLI::IsMember(enum_values(Kind::complaint, "severity")));
  app->add_option("--customer", o->customer, "Only this customer's complaints");
  app->add_flag("--open", o->open, "Only complaints that are not resolved or rejected");
  app->add_flag("--overdue", o->overdue, "Only open complaints past the response time as of the as-of date");
  add_as_of_option(*app, o->as_of);
  add_output_options(*app, o->output, formats);
  return {app, [o, &globals](Io& io) { return run_list(*o, globals, io); }};
}

}  // namespace brm
