#include "brm/model/period.hpp"

#include <fmt/format.h>

namespace brm {
namespace {

int digits(std::string_view text) {
  int n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

int months_of(PeriodLength l) { return l == PeriodLength::month ? 1 : 3; }

}  // namespace

std::optional<CalendarPeriod> CalendarPeriod::parse(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  const int year = digits(text.substr(0, 4));
  if (year < 1) return std::nullopt;
  if (text[5] == 'Q') {
    const int q = digits(text.substr(6));
    if (q < 1 || q > 4) return std::nullopt;
    return CalendarPeriod(PeriodLength::quarter, year, q);
  }
  const int month = digits(text.substr(5));
  if (month < 1 || month > 12) return std::nullopt;
  return CalendarPeriod(PeriodLength::month, year, month);
}

CalendarPeriod CalendarPeriod::containing(Date day, PeriodLength length) {
  const int month = static_cast<int>(day.month());
  return CalendarPeriod(length, day.year(), length == PeriodLength::month ? month : (month - 1) / 3 + 1);
}

Date CalendarPeriod::first_day() const {
  const int month = (index_ - 1) * months_of(length_) + 1;
  return Date::from_ymd(year_, static_cast<unsigned>(month), 1);
}

Date CalendarPeriod::last_day() const { return next().first_day().plus_days(-1); }

CalendarPeriod CalendarPeriod::next() const {
  const int count = length_ == PeriodLength::month ? 12 : 4;
  return index_ == count ? CalendarPeriod(length_, year_ + 1, 1) : CalendarPeriod(length_, year_, index_ + 1);
}

CalendarPeriod CalendarPeriod::previous() const {
  const int count = length_ == PeriodLength::month ? 12 : 4;
  return index_ == 1 ? CalendarPeriod(length_, year_ - 1, count) : CalendarPeriod(length_, year_, index_ - 1);
}

std::string CalendarPeriod::str() const {
  return length_ == PeriodLength::month ? fmt::format("{:04}-{:02}", year_, index_) : fmt::format("{:04}-Q{}", year_, index_);
}

bool overlaps(const CalendarPeriod& p, Date from, Date until) { return p.first_day() <= until && from <= p.last_day(); }

}  // namespace brm
