#include "brm/compute/report_common.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace brm {

Period year_up_to(Date day) {
  const int year = day.year() - 1;
  const unsigned d = std::min(day.day(), days_in_month(year, day.month()));
  return {Date::from_ymd(year, day.month(), d).plus_days(1), day};
}

std::optional<double> Share::ratio() const {
  if (of == 0) return std::nullopt;
  return static_cast<double>(count) / static_cast<double>(of);
}

std::optional<double> Mean::value() const {
  if (n == 0) return std::nullopt;
  return sum / static_cast<double>(n);
}

std::optional<double> median(std::vector<long> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  if (values.size() % 2) return static_cast<double>(values[mid]);
  return (static_cast<double>(values[mid - 1]) + static_cast<double>(values[mid])) / 2;
}

std::optional<double> Trend::change() const {
  const auto a = now.value(), b = before.value();
  if (!a || !b) return std::nullopt;
  return *a - *b;
}

namespace {

/// Buckets of `months` calendar months each, from the one holding p.from.
std::vector<Bucket> buckets_of(Period p, unsigned months) {
  std::vector<Bucket> out;
  if (p.to < p.from) return out;
  int year = p.from.year();
  unsigned month = (p.from.month() - 1) / months * months + 1;
  while (true) {
    const Date start = Date::from_ymd(year, month, 1);
    if (start > p.to) break;
    unsigned next_month = month + months;
    int next_year = year;
    if (next_month > 12) next_month -= 12, ++next_year;
    const Date end = Date::from_ymd(next_year, next_month, 1).plus_days(-1);
    const auto label =
        months == 1 ? fmt::format("{}-{:02}", year, month) : fmt::format("{} Q{}", year, (month + 2) / 3);
    out.push_back({label, {std::max(start, p.from), std::min(end, p.to)}});
    year = next_year, month = next_month;
  }
  return out;
}

}  // namespace

std::vector<Bucket> months_of(Period p) { return buckets_of(p, 1); }
std::vector<Bucket> quarters_of(Period p) { return buckets_of(p, 3); }

std::optional<std::size_t> bucket_of(const std::vector<Bucket>& buckets, Date d) {
  // Buckets are in order and do not overlap: find the first that ends on or after d.
  const auto it =
      std::lower_bound(buckets.begin(), buckets.end(), d, [](const Bucket& b, Date day) { return b.span.to < day; });
  if (it == buckets.end() || !it->span.contains(d)) return std::nullopt;
  return static_cast<std::size_t>(it - buckets.begin());
}

}  // namespace brm
