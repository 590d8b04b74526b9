#include <fmt/format.h>

#include "brm/render/report_layouts.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

NamedTable summary(const ComplaintReport& r) {
  const auto on = "on " + r.heading.as_of.str();
  const auto in = rf::period(r.heading.period);
  const auto& t = r.totals;
  report_parts::FigureRows rows(false);
  rows.value("Complaints received", rf::count(t.received), in);
  for (const auto& [severity, n] : r.by_severity) rows.value("Received with severity " + severity, rf::count(n), in);
  rows.value("Complaints resolved or rejected", rf::count(t.resolved), in);
  rows.value("Mean days to resolve", rf::number(t.mean_days, 1), in);
  rows.value("Median days to resolve", rf::number(t.median_days, 1), in);
  rows.value("Open complaints", rf::count(t.open), on);
  rows.value(fmt::format("Overdue complaints (open more than {} days)", r.heading.policy.complaint_response_days),
             rf::count(t.overdue), on);
  return {"summary", std::move(rows.table), ""};
}

NamedTable per_customer(const ComplaintReport& r) {
  Table t{{{"customer", "Customer"},
           {"id", "Id"},
           {"received", "Received", true},
           {"resolved", "Resolved", true},
           {"mean_days", "Mean days to resolve", true},
           {"median_days", "Median days to resolve", true},
           {"open", "Open", true},
           {"overdue", "Overdue", true}},
          {}};
  for (const auto& c : r.customers) {
    const auto& f = c.figures;
    t.rows.push_back({c.name, c.id, rf::count(f.received), rf::count(f.resolved), rf::number(f.mean_days, 1),
                      rf::number(f.median_days, 1), rf::count(f.open), rf::count(f.overdue)});
  }
  return {"customers", std::move(t), "No customers."};
}

}  // namespace

namespace report_parts {

NamedTable complaints_table(const std::vector<ComplaintRow>& rows, bool with_customer) {
  Table t{{{"received", "Received"},
           {"id", "Complaint"},
           {"severity", "Severity"},
           {"status", "Status"},
           {"days_open", "Days open", true},
           {"overdue", "Overdue"},
           {"resolved", "Resolved on"},
           {"days_to_resolve", "Days to resolve", true},
           {"summary", "Summary"}},
          {}};
  if (with_customer) t.columns.insert(t.columns.begin() + 2, {"customer", "Customer"});
  for (const auto& c : rows) {
    Row cells{rf::date(c.received),
              c.id,
              c.severity,
              c.status,
              c.days_open ? rf::count(*c.days_open) : Cell(),
              c.overdue ? "yes" : "",
              rf::date(c.closed),
              c.days_to_resolve ? rf::count(*c.days_to_resolve) : Cell(),
              c.summary};
    if (with_customer) cells.insert(cells.begin() + 2, c.customer_name);
    t.rows.push_back(std::move(cells));
  }
  return {"complaints", std::move(t), "No complaints received in the period and none open."};
}

}  // namespace report_parts

ReportDoc layout_complaints(const ComplaintReport& r) {
  const auto& h = r.heading;
  ReportDoc doc{fmt::format("Complaints: {}", h.organization), {}, {}};
  doc.lead.push_back(
      fmt::format("Period {}; open and overdue on {}. A complaint is overdue when it is open more than "
                  "{} days after it was received.",
                  rf::period(h.period), h.as_of.str(), h.policy.complaint_response_days));
  doc.sections.push_back({"Summary",
                          {summary(r), report_parts::complaints_chart(
                                           r.per_month, "Complaints received per month, " + rf::period(h.period))}});
  doc.sections.push_back({"Per customer",
                          {Paragraph{fmt::format("Received and resolved in {}; open and overdue on {}.",
                                                 rf::period(h.period), h.as_of.str())},
                           per_customer(r)}});
  doc.sections.push_back({"Complaints",
                          {Paragraph{fmt::format("Received in {} or still open on {}; status on {}, oldest first.",
                                                 rf::period(h.period), h.as_of.str(), h.as_of.str())},
                           report_parts::complaints_table(r.rows, true)}});
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
  out << doc.dump(2) << '\n';
}

}  // namespace brm
