#pragma once
#include <optional>
#include <string>

#include "brm/compute/report.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"

namespace brm {

/// The report asked for.
struct ReportInput {
  ReportKind kind = ReportKind::kpi;
  std::optional<std::string> id;  // the customer, for ReportKind::customer only
  std::optional<Date> from, to;   // the period; see report_period
  std::optional<std::string> customer;  // for ReportKind::delivery: only this customer
};

/// The period a report covers: `to` defaults to the as-of date, `from` to a year
/// before `to`, plus one day. A failure when it starts after it ends.
Result<Period> report_period(std::optional<Date> from, std::optional<Date> to, Date as_of);

/// What a report opens: the checked records of the kinds it reads.
Needs report_needs(ReportKind kind);

/// The report, from the records that pass validation.
Result<ReportValue> make_report(const OpenWorkspace& w, const ReportInput& in);

}  // namespace brm
