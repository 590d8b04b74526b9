#include <catch2/catch.hpp>

#include "brm/model/period.hpp"
#include "brm/model/service_level.hpp"

using namespace brm;

namespace {

CalendarPeriod period(std::string_view text) { return *CalendarPeriod::parse(text); }
Date day(std::string_view text) { return *Date::parse(text); }

}  // namespace

TEST_CASE("a period is a month YYYY-MM or a quarter YYYY-Qn that exists") {
  CHECK(period("2026-10").str() == "2026-10");
  CHECK(period("2026-Q3").str() == "2026-Q3");
  CHECK(period("2026-01").length() == PeriodLength::month);
  CHECK(period("2026-Q1").length() == PeriodLength::quarter);
  for (const auto* bad : {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-9", "2026-q3", "26-10", "2026-10-01",
                          "2026/10", "", "0000-01", "2026-1a"})
    CHECK_FALSE(CalendarPeriod::parse(bad));
}

TEST_CASE("a period's first and last day, in leap years and across year ends") {
  CHECK(period("2028-02").last_day() == day("2028-02-29"));  // leap year
  CHECK(period("2026-02").last_day() == day("2026-02-28"));
  CHECK(period("2100-02").last_day() == day("2100-02-28"));  // not a leap year
  CHECK(period("2000-02").last_day() == day("2000-02-29"));  // a leap year
  CHECK(period("2026-12").last_day() == day("2026-12-31"));
  CHECK(period("2026-04").first_day() == day("2026-04-01"));
  CHECK(period("2026-04").last_day() == day("2026-04-30"));
  CHECK(period("2028-Q1").first_day() == day("2028-01-01"));
  CHECK(period("2028-Q1").last_day() == day("2028-03-31"));
  CHECK(period("2026-Q2").last_day() == day("2026-06-30"));
  CHECK(period("2026-Q3").first_day() == day("2026-07-01"));
  CHECK(period("2026-Q4").last_day() == day("2026-12-31"));
}

TEST_CASE("periods step to the next and previous one across year ends") {
  CHECK(period("2026-12").next() == period("2027-01"));
  CHECK(period("2027-01").previous() == period("2026-12"));
  CHECK(period("2026-Q4").next() == period("2027-Q1"));
  CHECK(period("2027-Q1").previous() == period("2026-Q4"));
  CHECK(period("2026-05").next().next() == period("2026-07"));
  CHECK(period("2026-09") < period("2026-10"));
  CHECK(period("2025-12") < period("2026-01"));
}

TEST_CASE("the period containing a day") {
  CHECK(CalendarPeriod::containing(day("2026-02-28"), PeriodLength::month) == period("2026-02"));
  CHECK(CalendarPeriod::containing(day("2026-03-31"), PeriodLength::quarter) == period("2026-Q1"));
  CHECK(CalendarPeriod::containing(day("2026-04-01"), PeriodLength::quarter) == period("2026-Q2"));
  CHECK(CalendarPeriod::containing(day("2026-12-31"), PeriodLength::quarter) == period("2026-Q4"));
}

TEST_CASE("a period overlaps an agreement that starts or ends within it") {
  // An agreement from 2026-04-15: April overlaps it, March does not.
  CHECK(overlaps(period("2026-04"), day("2026-04-15"), day("2027-04-14")));
  CHECK_FALSE(overlaps(period("2026-03"), day("2026-04-15"), day("2027-04-14")));
  CHECK(overlaps(period("2027-04"), day("2026-04-15"), day("2027-04-14")));
  CHECK_FALSE(overlaps(period("2027-05"), day("2026-04-15"), day("2027-04-14")));
  // One day in common is enough, at either end.
  CHECK(overlaps(period("2026-Q1"), day("2026-03-31"), day("2026-12-31")));
  CHECK(overlaps(period("2026-Q4"), day("2026-01-01"), day("2026-10-01")));
  CHECK_FALSE(overlaps(period("2026-Q4"), day("2026-01-01"), day("2026-09-30")));
}

TEST_CASE("a level is met at the target, and on the side its direction says") {
  CHECK(level_met(99.5, 99.5, Direction::at_least));
  CHECK(level_met(99.9, 99.5, Direction::at_least));
  CHECK_FALSE(level_met(99.4, 99.5, Direction::at_least));
  CHECK(level_met(4, 4, Direction::at_most));
  CHECK(level_met(3.5, 4, Direction::at_most));
  CHECK_FALSE(level_met(4.1, 4, Direction::at_most));
}

TEST_CASE("units of time are recognised in any case") {
  for (const auto* unit : {"h", "hours", "min", "minutes", "s", "d", "days", "working days", "Hours", "WORKING DAYS"})
    CHECK(is_duration_unit(unit));
  for (const auto* unit : {"%", "percent", "calls", "", "hits"}) CHECK_FALSE(is_duration_unit(unit));
}
