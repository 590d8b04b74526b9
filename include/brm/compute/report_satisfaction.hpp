#pragma once
#include <set>
#include <string>
#include <vector>

#include "brm/compute/report_common.hpp"
#include "brm/records/records.hpp"
#include "brm/compute/report_figures.hpp"

namespace brm {

/// How long the satisfaction report looks back, in calendar years with responses.
inline constexpr std::size_t satisfaction_years = 5;

struct CustomerSatisfaction {
  std::string id, name;
  SatisfactionFigures figures;  // the period against the preceding one
  std::vector<Mean> by_year;    // one per SatisfactionReport::years
};

/// The published results of the customer surveys: means and counts only, never who
/// answered what.
struct SatisfactionReport {
  ReportHeading heading;
  Period previous;
  SatisfactionFigures overall;
  std::vector<std::string> dimensions;          // every dimension of the period or the preceding one
  std::vector<CustomerSatisfaction> customers;  // every customer, by name then id
  std::vector<Period>
      years;  // calendar years with responses up to the period's end (the last cut there), at most satisfaction_years
  std::vector<Mean> all_by_year;
  TimeSeries per_quarter;  // quarters of the preceding period and the period
};

std::set<Kind> satisfaction_kinds();

SatisfactionReport compute_satisfaction(const Records& data, const ReportHeading& heading);

}  // namespace brm
