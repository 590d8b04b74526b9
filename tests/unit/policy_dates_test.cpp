#include <catch2/catch.hpp>

#include "brm/model/policy.hpp"

using namespace brm;

namespace {

Date day(const char* text) { return *Date::parse(text); }

}  // namespace

TEST_CASE("the policy's dates count their days inclusively, each from its own setting") {
  Policy p;
  p.complaint_response_days = 10, p.delivery_report_days = 15, p.meeting_interval_days = 90;
  p.survey_interval_days = 365, p.agreement_notice_days = 30;
  CHECK(complaint_deadline(day("2026-11-01"), p) == day("2026-11-11"));
  CHECK(!complaint_overdue(day("2026-11-01"), day("2026-11-11"), p));
  CHECK(complaint_overdue(day("2026-11-01"), day("2026-11-12"), p));
  CHECK(delivery_report_due(*CalendarPeriod::parse("2026-10"), p) == day("2026-11-15"));
  CHECK(delivery_report_due(*CalendarPeriod::parse("2026-Q3"), p) == day("2026-10-15"));
  CHECK(next_meeting_due(day("2026-09-01"), p) == day("2026-11-30"));
  CHECK(next_survey_due(day("2026-01-01"), p) == day("2027-01-01"));
  CHECK(meeting_look_back(day("2026-11-30"), p) == day("2026-09-01"));
  CHECK(survey_look_back(day("2027-01-01"), p) == day("2026-01-01"));
}

TEST_CASE("an agreement is in its renewal window from the first day of its notice period to its end") {
  Policy p;
  p.agreement_notice_days = 30;
  const auto until = day("2026-12-31");
  CHECK(renewal_notice_starts(until, p) == day("2026-12-01"));
  CHECK(!in_renewal_window(until, day("2026-11-30"), p));
  CHECK(in_renewal_window(until, day("2026-12-01"), p));
  CHECK(in_renewal_window(until, day("2026-12-31"), p));
  CHECK(!in_renewal_window(until, day("2027-01-01"), p));
  p.agreement_notice_days = 60;
  CHECK(in_renewal_window(until, day("2026-11-23"), p));
}
