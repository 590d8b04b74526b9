#pragma once
#include <string>

#include "brm/model/date.hpp"
#include "brm/model/period.hpp"

namespace brm {

/// The periods from brm.yaml that decide what is due; defaults as in the data contract.
struct Policy {
  long meeting_interval_days = 90;
  long complaint_response_days = 10;
  long agreement_notice_days = 90;
  long survey_interval_days = 365;
  long plan_review_days = 180;
  double survey_min = 1;
  double survey_max = 5;
  PeriodLength delivery_period = PeriodLength::month;
  long delivery_report_days = 15;
  long improvement_response_days = 30;
};

/// The last day a complaint received on `received` may stay open without being
/// overdue: the response time is inclusive (docs/review.md, "Boundaries").
inline Date complaint_deadline(Date received, long response_days) { return received.plus_days(response_days); }

/// Whether a complaint still open on `day` is past its response time.
inline bool complaint_overdue(Date received, Date day, long response_days) {
  return day > complaint_deadline(received, response_days);
}

/// The workspace-wide settings read from brm.yaml.
struct Settings {
  std::string organization;
  std::string currency;
  Policy policy;
};

}  // namespace brm
