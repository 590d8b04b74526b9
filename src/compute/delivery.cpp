#include "brm/compute/delivery.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "brm/model/number.hpp"
#include "brm/model/service_level.hpp"

namespace brm {
namespace {

const ServiceLevel* agreed(const Agreement& a, std::string_view service, std::string_view metric) {
  for (const auto& t : a.services)
    if (t.service == service)
      for (const auto& l : t.levels)
        if (l.metric == metric) return &l;
  return nullptr;
}

/// Where the level stands in its agreement: results sort in the agreement's order.
std::pair<std::size_t, std::size_t> place_of(const Agreement& a, std::string_view service, std::string_view metric) {
  for (std::size_t s = 0; s < a.services.size(); ++s)
    for (std::size_t l = 0; l < a.services[s].levels.size(); ++l)
      if (a.services[s].service == service && a.services[s].levels[l].metric == metric) return {s, l};
  return {a.services.size(), 0};
}

}  // namespace

std::vector<LevelResult> level_results(const CustomerRecords& c) {
  std::vector<LevelResult> out;
  for (const auto* d : c.deliveries) {
    const auto* a = c.data ? c.data->agreement(d->agreement) : nullptr;
    if (!a) continue;
    for (const auto& v : d->levels) {
      const auto* level = agreed(*a, v.service, v.metric);
      if (!level || !level->target_value || !v.amount) continue;
      out.push_back({a, v.service, v.metric, level->unit, *level->target_value, level->direction, d->period,
                     *v.amount, level_met(*v.amount, *level->target_value, level->direction), v.note, d->id,
                     d->reported, Source{Kind::delivery, d->id, {}, d->origin.path, v.pos}});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const LevelResult& x, const LevelResult& y) {
    return std::tuple(x.agreement->id, place_of(*x.agreement, x.service, x.metric), x.period) <
           std::tuple(y.agreement->id, place_of(*y.agreement, y.service, y.metric), y.period);
  });
  return out;
}

std::size_t LevelHistory::missed_in_a_row() const {
  std::size_t n = 0;
  for (auto it = results.rbegin(); it != results.rend() && !(*it)->met; ++it) {
    if (n > 0 && (*it)->period.next() != (*std::prev(it))->period) break;
    ++n;
  }
  return n;
}

std::vector<LevelHistory> level_histories(const std::vector<LevelResult>& results) {
  std::vector<LevelHistory> out;
  for (const auto& r : results) {
    const bool same = !out.empty() && out.back().latest().agreement == r.agreement &&
                      out.back().latest().service == r.service && out.back().latest().metric == r.metric;
    if (!same) out.emplace_back();
    out.back().results.push_back(&r);
  }
  return out;
}

std::string value_text(double value, const std::string& unit) {
  if (unit.empty()) return fmt::format("{}", value);
  return unit == "%" ? fmt::format("{}%", value) : fmt::format("{} {}", value, unit);
}

std::string agreed_text(const LevelResult& r) {
  return fmt::format("{} {}", r.direction == Direction::at_least ? "at least" : "at most", value_text(r.target, r.unit));
}

std::vector<CalendarPeriod> missing_reports(const Agreement& a, const std::vector<const Delivery*>& deliveries,
                                            PeriodLength length, long report_days, Date day) {
  std::vector<CalendarPeriod> out;
  const bool has_levels =
      std::any_of(a.services.begin(), a.services.end(), [](const AgreedTerms& t) { return !t.levels.empty(); });
  if (a.status != AgreementStatus::active || !has_levels) return out;
  std::set<CalendarPeriod> reported;
  for (const auto* d : deliveries)
    if (d->agreement == a.id) reported.insert(d->period);
  const Date year_ago = day.plus_days(-365);
  for (auto p = CalendarPeriod::containing(std::max(a.from, year_ago), length); p.first_day() <= a.until;
       p = p.next()) {
    if (p.last_day().plus_days(report_days) >= day) break;
    if (!reported.contains(p)) out.push_back(p);
  }
  return out;
}

}  // namespace brm
