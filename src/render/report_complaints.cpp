#include <fmt/format.h>

#include "brm/render/json_text.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/util/i18n.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

NamedTable summary(const ComplaintReport& r) {
  const auto on = trf("on {}", r.heading.as_of.str());
  const auto in = rf::period(r.heading.period);
  const auto& t = r.totals;
  report_parts::FigureRows rows(false);
  rows.value(tr("Complaints received"), rf::count(t.received), in);
  for (const auto& [severity, n] : r.by_severity)
    rows.value(trf("Received with severity {}", severity), rf::count(n), in);
  rows.value(tr("Complaints resolved or rejected"), rf::count(t.resolved), in);
  rows.value(tr("Mean days to resolve"), rf::number(t.mean_days, 1), in);
  rows.value(tr("Median days to resolve"), rf::number(t.median_days, 1), in);
  rows.value(tr("Open complaints"), rf::count(t.open), on);
  rows.value(trnf("Overdue complaints (open more than {} days)", "Overdue complaints (open more than {} days)",
                  r.heading.policy.complaint_response_days, r.heading.policy.complaint_response_days),
             rf::count(t.overdue), on);
  return {"summary", std::move(rows.table), ""};
}

NamedTable per_customer(const ComplaintReport& r) {
  Table t{{{"customer", tr("Customer")},
           {"id", tr("Id")},
           {"received", tr("Received"), true},
           {"resolved", tr("Resolved"), true},
           {"mean_days", tr("Mean days to resolve"), true},
           {"median_days", tr("Median days to resolve"), true},
           {"open", tr("Open"), true},
           {"overdue", tr("Overdue"), true}},
          {}};
  for (const auto& c : r.customers) {
    const auto& f = c.figures;
    t.rows.push_back({linked(c.name, Kind::customer, c.id), c.id, rf::count(f.received), rf::count(f.resolved),
                      rf::number(f.mean_days, 1), rf::number(f.median_days, 1), rf::count(f.open),
                      rf::count(f.overdue)});
  }
  return {"customers", std::move(t), tr("No customers.")};
}

}  // namespace

namespace report_parts {

NamedTable complaints_table(const std::vector<ComplaintRow>& rows, bool with_customer) {
  Table t{{{"received", trc("date", "Received")},
           {"id", tr("Complaint")},
           {"severity", tr("Severity")},
           {"status", tr("Status")},
           {"days_open", tr("Days open"), true},
           {"overdue", trc("one complaint", "Overdue")},
           {"resolved", tr("Resolved on")},
           {"days_to_resolve", tr("Days to resolve"), true},
           {"summary", tr("Summary")}},
          {}};
  if (with_customer) t.columns.insert(t.columns.begin() + 2, {"customer", tr("Customer")});
  for (const auto& c : rows) {
    Row cells{rf::date(c.received),
              linked(c.id, Kind::complaint, c.id),
              c.severity,
              c.status,
              c.days_open ? rf::count(*c.days_open) : Cell(),
              c.overdue ? tr("yes") : "",
              rf::date(c.closed),
              c.days_to_resolve ? rf::count(*c.days_to_resolve) : Cell(),
              c.summary};
    if (with_customer) cells.insert(cells.begin() + 2, linked(c.customer_name, Kind::customer, c.customer));
    t.rows.push_back(std::move(cells));
  }
  t.key_column = 1;
  return {"complaints", std::move(t), tr("No complaints received in the period and none open.")};
}

}  // namespace report_parts

std::vector<Ref> complaints_places(const ComplaintReport& r) {
  std::vector<Ref> out;
  for (const auto& c : r.rows) out.push_back(ref_to(Kind::complaint, c.id));
  return out;
}

ReportDoc layout_complaints(const ComplaintReport& r) {
  const auto& h = r.heading;
  ReportDoc doc{trf("Complaints: {}", h.organization), {}, {}};
  doc.lead.push_back(
      trnf("Period {}; open and overdue on {}. A complaint is overdue when it is open more than "
           "{} days after it was received.",
           "Period {}; open and overdue on {}. A complaint is overdue when it is open more than "
           "{} days after it was received.",
           h.policy.complaint_response_days, rf::period(h.period), h.as_of.str(), h.policy.complaint_response_days));
  doc.sections.push_back(section(
      tr("Summary"), summary(r),
      report_parts::complaints_chart(r.per_month, trf("Complaints received per month, {}", rf::period(h.period)))));
  doc.sections.push_back(section(
      tr("Per customer"),
      Paragraph{trf("Received and resolved in {}; open and overdue on {}.", rf::period(h.period), h.as_of.str())},
      per_customer(r)));
  doc.sections.push_back(section(tr("Complaints"),
                                 Paragraph{trf("Received in {} or still open on {}; status on {}, oldest first.",
                                               rf::period(h.period), h.as_of.str(), h.as_of.str())},
                                 report_parts::complaints_table(r.rows, true)));
  doc.main_table = "complaints";
  return doc;
}

void render_complaints_json(const ComplaintReport& r, std::ostream& out) {
  using rf::json;
  json customers = json::array(), rows = json::array(), severity = json::object();
  for (const auto& c : r.customers)
    customers.push_back({{"id", c.id}, {"name", c.name}, {"complaints", rf::complaints_json(c.figures)}});
  for (const auto& [name, n] : r.by_severity) severity[name] = n;
  for (const auto& c : r.rows) rows.push_back(rf::complaint_json(c));
  json doc = rf::heading_json("complaints", r.heading);
  doc["complaint_response_days"] = r.heading.policy.complaint_response_days;
  doc["totals"] = rf::complaints_json(r.totals);
  doc["received_by_severity"] = std::move(severity);
  doc["customers"] = std::move(customers);
  doc["complaints"] = std::move(rows);
  doc["per_month"] = rf::series_json(r.per_month, 0);
  out << json_text(doc) << '\n';
}

}  // namespace brm
