#pragma once
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "brm/compute/report_common.hpp"
#include "brm/records/records.hpp"
#include "brm/compute/report_figures.hpp"

namespace brm {

/// One complaint as the reports list it.
struct ComplaintRow {
  std::string id, customer, customer_name, severity, status, channel, service, summary;  // status on as_of
  Date received;
  bool open = false;              // on as_of
  std::optional<long> days_open;  // open ones: days since received, on as_of
  bool overdue = false;
  std::optional<Date> closed;           // when resolved or rejected, on or before the period's end
  std::optional<long> days_to_resolve;  // received to closed
};

struct CustomerComplaints {
  std::string id, name;
  ComplaintFigures figures;
};

struct ComplaintReport {
  ReportHeading heading;
  ComplaintFigures totals;
  std::vector<std::pair<std::string, long>> by_severity;  // received in the period, low to critical
  std::vector<CustomerComplaints> customers;              // every customer, by name then id
  std::vector<ComplaintRow> rows;  // received in the period or open on as_of, by received date then id
  TimeSeries per_month;
};

std::set<Kind> complaints_kinds();

ComplaintRow complaint_row(const Complaint& c, const Records& data, const ReportHeading& heading);

/// Whether a complaint belongs in a report's list: received in the period, or still
/// open on the as-of date.
bool listed(const Complaint& c, const ReportHeading& heading);

ComplaintReport compute_complaints(const Records& data, const ReportHeading& heading);

}  // namespace brm
