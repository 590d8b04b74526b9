#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "brm/model/date.hpp"

namespace brm {

/// How often delivery figures are reported (policy.delivery_period).
enum class PeriodLength : unsigned char { month, quarter };

/// A reporting period of delivery figures: a calendar month (`2026-10`) or a calendar
/// quarter (`2026-Q3`). Months and quarters are kept apart: `2026-10` is not part of
/// `2026-Q4` for ordering, only for the days both cover.
class CalendarPeriod {
 public:
  CalendarPeriod() = default;  // January of year 0: a placeholder until a real one is assigned
  /// Accepts exactly `YYYY-MM` (month 01-12) or `YYYY-Qn` (n 1-4); else nullopt.
  static std::optional<CalendarPeriod> parse(std::string_view text);
  /// The month or quarter that holds `day`.
  static CalendarPeriod containing(Date day, PeriodLength length);

  PeriodLength length() const { return length_; }
  int year() const { return year_; }
  Date first_day() const;
  Date last_day() const;
  CalendarPeriod next() const;
  CalendarPeriod previous() const;
  std::string str() const;

  /// Periods of one length in time order; a month sorts before any quarter.
  friend auto operator<=>(const CalendarPeriod&, const CalendarPeriod&) = default;

 private:
  CalendarPeriod(PeriodLength length, int year, int index) : length_(length), year_(year), index_(index) {}
  PeriodLength length_ = PeriodLength::month;
  int year_ = 0;
  int index_ = 1;  // the month 1-12, or the quarter 1-4
};

/// Whether the period and the days from..until share at least one day.
bool overlaps(const CalendarPeriod& p, Date from, Date until);

}  // namespace brm
