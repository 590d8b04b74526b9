#include "brm/compute/report_complaints.hpp"

#include <algorithm>
#include <tuple>

#include "brm/model/kinds.hpp"
#include "brm/util/locale_format.hpp"

namespace brm {

std::set<Kind> complaints_kinds() { return {Kind::customer, Kind::complaint, Kind::service}; }

bool listed(const Complaint& c, const ReportHeading& heading) {
  return heading.period.contains(c.received) || open_on(c, heading.as_of);
}

ComplaintRow complaint_row(const Complaint& c, const Records& data, const ReportHeading& heading) {
  ComplaintRow row;
  row.id = c.id, row.customer = c.customer, row.severity = text_of(c.severity), row.channel = text_of(c.channel);
  row.summary = c.summary, row.received = c.received;
  const auto* customer = data.customer(c.customer);
  row.customer_name = customer ? customer->name : c.customer;
  row.service = c.service.empty() ? "" : data.service_name(c.service);
  const Date day = heading.as_of;
  row.status = text_of(status_on(c, day));
  row.open = open_on(c, day);
  if (row.open) {
    row.days_open = day - c.received;
    row.overdue = complaint_overdue(c.received, day, heading.policy);
  }
  row.closed = closed_on(c, heading.period.to);
  if (row.closed) row.days_to_resolve = *row.closed - c.received;
  return row;
}

namespace {

/// Severities from the record-kind description, in their order (low to critical).
std::vector<std::pair<std::string, long>> severities() {
  std::vector<std::pair<std::string, long>> out;
  if (const Field* f = find_field(spec_of(Kind::complaint).shape, "severity"))
    for (auto v : f->shape.values) out.emplace_back(std::string(v), 0);
  return out;
}

}  // namespace

ComplaintReport compute_complaints(const Records& data, const ReportHeading& heading) {
  ComplaintReport r;
  r.heading = heading;
  r.by_severity = severities();
  ComplaintTally totals(heading.period, heading.as_of, heading.policy);
  for (const auto& c : data.complaints) {
    totals.add(c);
    if (heading.period.contains(c.received))
      for (auto& [name, n] : r.by_severity) n += name == name_of(c.severity) ? 1 : 0;
    if (listed(c, heading)) r.rows.push_back(complaint_row(c, data, heading));
  }
  r.totals = totals.figures();
  const auto groups = by_customer(data.complaints);
  for (const auto& customer : data.customers) {
    ComplaintTally tally(heading.period, heading.as_of, heading.policy);
    if (const auto it = groups.find(customer.id); it != groups.end())
      for (const auto* c : it->second) tally.add(*c);
    r.customers.push_back({customer.id, customer.name, tally.figures()});
  }
  std::sort(r.customers.begin(), r.customers.end(), [](const CustomerComplaints& a, const CustomerComplaints& b) {
    return name_less(a.name, a.id, b.name, b.id);
  });
  std::sort(r.rows.begin(), r.rows.end(), [](const ComplaintRow& a, const ComplaintRow& b) {
    return std::tie(a.received, a.id) < std::tie(b.received, b.id);
  });
  r.per_month = complaints_per_month(all_of(data.complaints), heading.period);
  return r;
}

}  // namespace brm
