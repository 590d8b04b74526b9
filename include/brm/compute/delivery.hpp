#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "brm/compute/agenda.hpp"
#include "brm/compute/customer_records.hpp"
#include "brm/model/period.hpp"
#include "brm/records/records.hpp"

namespace brm {

/// One agreed level's achieved value in one period, met or missed (level_met). Its
/// texts are views into the records, which outlive it: a large workspace has hundreds
/// of thousands of these, and copying their texts was most of a review's time.
struct LevelResult {
  const Agreement* agreement = nullptr;
  const Delivery* delivery = nullptr;
  std::string_view service, metric, unit, note;
  double target = 0;
  Direction direction = Direction::at_least;
  CalendarPeriod period;
  double value = 0;
  bool met = true;
  Position pos;           // the level's entry in the delivery file
  std::size_t place = 0;  // the level's place in its agreement, for ordering
};

/// Where a finding or an agenda line about the result points: the level's entry.
Source source_of(const LevelResult& r);

/// Every value reported for the customer's agreed levels that has a numeric target and
/// value, by agreement, service and metric in the agreement's order, then by period.
std::vector<LevelResult> level_results(const CustomerRecords& c);

/// Calls `fn` with each result level_results would list whose period `wanted` accepts,
/// in no particular order: a count needs neither the list nor its sorting.
void each_level_result(const CustomerRecords& c, const std::function<bool(const CalendarPeriod&)>& wanted,
                       const std::function<void(const LevelResult&)>& fn);

/// The results of one level, in period order: a slice of level_results.
struct LevelHistory {
  std::vector<const LevelResult*> results;
  const LevelResult& latest() const { return *results.back(); }
  /// How many periods in a row, up to the latest, were missed; periods not reported
  /// break the row.
  std::size_t missed_in_a_row() const;
};

std::vector<LevelHistory> level_histories(const std::vector<LevelResult>& results);

/// A value with its unit as people write it: "99.8%", "4 h", "12".
std::string value_text(double value, std::string_view unit);

/// "at least 99.8%" or "at most 4 h": the agreed level in words.
std::string agreed_text(Direction direction, double target, std::string_view unit);
std::string agreed_text(const LevelResult& r);

/// The periods (of policy.delivery_period) of an agreement in force whose delivery
/// report is overdue on `day` (delivery_report_due is past) and missing, in the year up
/// to `day`.
std::vector<CalendarPeriod> missing_reports(const Agreement& a, const std::vector<const Delivery*>& deliveries,
                                            const Policy& policy, Date day);

}  // namespace brm
