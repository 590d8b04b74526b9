#pragma once
#include <optional>
#include <string>
#include <vector>

#include "brm/model/date.hpp"
#include "brm/model/policy.hpp"

namespace brm {

/// The days a figure covers, both ends included.
struct Period {
  Date from, to;

  long days() const { return to - from + 1; }
  bool contains(Date d) const { return from <= d && d <= to; }
  /// The period of the same length that ends the day before this one starts: what a
  /// trend compares with.
  Period preceding() const { return {from.plus_days(-days()), from.plus_days(-1)}; }
};

/// The twelve months up to and including `day`: from the same date a year earlier
/// (29 February falls back to the 28th) plus one day, to `day`.
Period year_up_to(Date day);

/// A count out of a total. The share is undefined, not zero, when the total is zero:
/// an empty workspace has no share of anything.
struct Share {
  long count = 0;
  long of = 0;
  std::optional<double> ratio() const;
};

/// A mean built one value at a time; undefined when nothing was added.
struct Mean {
  double sum = 0;
  long n = 0;
  void add(double v) { sum += v, ++n; }
  std::optional<double> value() const;
};

/// The middle value (the mean of the two middle ones for an even count); nullopt when empty.
std::optional<double> median(std::vector<long> values);

/// A mean in the period next to the mean in the preceding period of the same length.
struct Trend {
  Mean now, before;
  /// now minus before, when both are defined.
  std::optional<double> change() const;
};

/// What every report states on top: whose figures, as of when, over which period.
struct ReportHeading {
  std::string organization;
  std::string currency;
  Policy policy;
  Date as_of;
  Period period;
};

/// A slice of time on a chart's axis: a calendar month ("2026-03") or quarter
/// ("2026 Q1"), cut to the period it was made for.
struct Bucket {
  std::string label;
  Period span;
};

/// The calendar months that overlap `p`, the first and last cut to `p`.
std::vector<Bucket> months_of(Period p);
/// The calendar quarters that overlap `p`, the first and last cut to `p`.
std::vector<Bucket> quarters_of(Period p);
/// The index of the bucket holding `d`, or nullopt when `d` is outside them all.
std::optional<std::size_t> bucket_of(const std::vector<Bucket>& buckets, Date d);

/// Values over buckets of time, one row per series, for a table or a chart.
struct Series {
  std::string name;
  std::vector<std::optional<double>> values;  // one per bucket; nullopt where nothing was measured
};

struct TimeSeries {
  std::vector<Bucket> buckets;
  std::vector<Series> series;
};

}  // namespace brm
