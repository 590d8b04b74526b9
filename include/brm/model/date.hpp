#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace brm {

/// A calendar date (proleptic Gregorian), stored as days since 1970-01-01 so that
/// differences across month ends, leap years and year ends are plain subtraction.
class Date {
 public:
  constexpr Date() = default;
  static Date from_days(long days) { return Date(days); }
  static Date from_ymd(int year, unsigned month, unsigned day);

  /// Accepts exactly `YYYY-MM-DD` naming a day that exists; anything else is nullopt.
  static std::optional<Date> parse(std::string_view text);

  long days() const { return days_; }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  std::string str() const;

  Date plus_days(long n) const { return Date(days_ + n); }
  friend long operator-(Date a, Date b) { return a.days_ - b.days_; }
  friend auto operator<=>(Date, Date) = default;  // NOLINT(modernize-use-nullptr): a false alarm on <=>

 private:
  explicit constexpr Date(long days) : days_(days) {}
  long days_ = 0;
};

bool is_leap_year(int year);
unsigned days_in_month(int year, unsigned month);

}  // namespace brm
