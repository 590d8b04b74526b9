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

// The dates the policy decides, each written once: review, calendar, agendas, diff and
// every report call these (docs/review.md, "Boundaries", says which days are inclusive).

/// The last day a complaint received on `received` may stay open without being
/// overdue: the response time is inclusive.
inline Date complaint_deadline(Date received, const Policy& p) { return received.plus_days(p.complaint_response_days); }

/// Whether a complaint still open on `day` is past its response time.
inline bool complaint_overdue(Date received, Date day, const Policy& p) {
  return day > complaint_deadline(received, p);
}

/// The day a period's delivery report is due: policy.delivery_report_days after it ends.
inline Date delivery_report_due(const CalendarPeriod& period, const Policy& p) {
  return period.last_day().plus_days(p.delivery_report_days);
}

/// The day the next meeting is due after one held on `last`.
inline Date next_meeting_due(Date last, const Policy& p) { return last.plus_days(p.meeting_interval_days); }

/// The day the next survey is due after one answered on `last`.
inline Date next_survey_due(Date last, const Policy& p) { return last.plus_days(p.survey_interval_days); }

/// The first day of the notice period of an agreement ending on `until`, when its
/// renewal is to be agreed.
inline Date renewal_notice_starts(Date until, const Policy& p) { return until.plus_days(-p.agreement_notice_days); }

/// Whether an agreement ending on `until` has, on `day`, not ended but entered its
/// notice period.
inline bool in_renewal_window(Date until, Date day, const Policy& p) {
  return until >= day && renewal_notice_starts(until, p) <= day;
}

/// The first day of the look-back of one meeting interval before `day`.
inline Date meeting_look_back(Date day, const Policy& p) { return day.plus_days(-p.meeting_interval_days); }

/// The first day of the look-back of one survey interval before `day`.
inline Date survey_look_back(Date day, const Policy& p) { return day.plus_days(-p.survey_interval_days); }

/// The workspace-wide settings read from brm.yaml.
struct Settings {
  std::string organization;
  std::string currency;
  Policy policy;
};

}  // namespace brm
