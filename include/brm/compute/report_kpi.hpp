#pragma once
#include <string>
#include <vector>

#include "brm/compute/report_common.hpp"
#include "brm/records/records.hpp"
#include "brm/compute/report_figures.hpp"

namespace brm {

/// The four measurements for one customer.
struct CustomerKpi {
  std::string id, name;
  bool relationship_manager = false;
  Share purchasers;  // purchasers with a contact, of the customer's purchasers
  bool written_agreement = false;
  SatisfactionFigures satisfaction;
  ComplaintFigures complaints;
  Share delivery;  // agreed level-periods met of those reported in the period
};

/// The process measurements (docs/report.md gives every definition).
struct Kpi {
  ReportHeading heading;
  Period previous;                      // what the satisfaction trend compares with
  ContactFigures contacts;              // on heading.as_of
  Share written_agreements;             // customers with a written agreement on heading.as_of
  SatisfactionFigures satisfaction;     // heading.period against `previous`
  ComplaintFigures complaints;          // received and resolved in the period; open and overdue on as_of
  Share delivery;                       // agreed level-periods met of those reported in the period
  std::vector<CustomerKpi> customers;   // by name, then id
  TimeSeries complaints_per_month;      // months of the period
  TimeSeries satisfaction_per_quarter;  // quarters of `previous` and the period
};

/// The kinds of record compute_kpi reads.
std::set<Kind> kpi_kinds();

/// The measurements of `data` for the period in `heading`.
Kpi compute_kpi(const Records& data, const ReportHeading& heading);

/// The four measurements of one customer, from that customer's records.
CustomerKpi customer_kpi(const Customer& c, const std::vector<const Agreement*>& agreements,
                         const std::vector<const Complaint*>& complaints,
                         const std::vector<const Survey*>& surveys, const ReportHeading& heading);

}  // namespace brm
