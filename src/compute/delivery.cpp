#include "brm/compute/delivery.hpp"

#include "brm/util/i18n.hpp"
#include "brm/util/locale_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "brm/model/number.hpp"
#include "brm/model/service_level.hpp"

namespace brm {
namespace {

/// The agreed level and its place among the agreement's levels (counting through
/// every service), or nullptr.
std::pair<const ServiceLevel*, std::size_t> agreed(const Agreement& a, std::string_view service,
                                                   std::string_view metric) {
  std::size_t place = 0;
  for (const auto& t : a.services)
    for (const auto& l : t.levels) {
      if (t.service == service && l.metric == metric) return {&l, place};
      ++place;
    }
  return {nullptr, place};
}

}  // namespace

void each_level_result(const CustomerRecords& c, const std::function<bool(const CalendarPeriod&)>& wanted,
                       const std::function<void(const LevelResult&)>& fn) {
  for (const auto* d : c.deliveries) {
    if (!wanted(d->period)) continue;
    const auto* a = c.data ? c.data->agreement(d->agreement) : nullptr;
    if (!a) continue;
    for (const auto& v : d->levels) {
      const auto [level, place] = agreed(*a, v.service, v.metric);
      if (!level || !level->target_value || !v.amount) continue;
      fn({a, d, v.service, v.metric, level->unit, v.note, *level->target_value, level->direction, d->period, *v.amount,
          level_met(*v.amount, *level->target_value, level->direction), v.pos, place});
    }
  }
}

std::vector<LevelResult> level_results(const CustomerRecords& c) {
  std::vector<LevelResult> out;
  each_level_result(
      c, [](const CalendarPeriod&) { return true; }, [&](const LevelResult& r) { out.push_back(r); });
  std::stable_sort(out.begin(), out.end(), [](const LevelResult& x, const LevelResult& y) {
    if (x.agreement != y.agreement) return x.agreement->id < y.agreement->id;
    return std::tie(x.place, x.period) < std::tie(y.place, y.period);
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

Source source_of(const LevelResult& r) { return {Kind::delivery, r.delivery->id, {}, r.delivery->origin.path, r.pos}; }

std::string value_text(double value, std::string_view unit) {
  if (language() == Lang::en) {
    if (unit.empty()) return fmt::format("{}", value);
    return unit == "%" ? fmt::format("{}%", value) : fmt::format("{} {}", value, unit);
  }
  if (unit == "%") return localized_percent(value, 0, 6);
  const auto number = localized_number(value, 0, 6, false);
  return unit.empty() ? number : fmt::format("{} {}", number, unit);
}

std::string agreed_text(Direction direction, double target, std::string_view unit) {
  return direction == Direction::at_least ? trf("at least {}", value_text(target, unit))
                                          : trf("at most {}", value_text(target, unit));
}

std::string agreed_text(const LevelResult& r) { return agreed_text(r.direction, r.target, r.unit); }

std::vector<CalendarPeriod> missing_reports(const Agreement& a, const std::vector<const Delivery*>& deliveries,
                                            const Policy& policy, Date day) {
  std::vector<CalendarPeriod> out;
  const bool has_levels =
      std::any_of(a.services.begin(), a.services.end(), [](const AgreedTerms& t) { return !t.levels.empty(); });
  if (a.status != AgreementStatus::active || !has_levels) return out;
  std::set<CalendarPeriod> reported;
  for (const auto* d : deliveries)
    if (d->agreement == a.id) reported.insert(d->period);
  const Date year_ago = day.plus_days(-365);
  for (auto p = CalendarPeriod::containing(std::max(a.from, year_ago), policy.delivery_period);
       p.first_day() <= a.until; p = p.next()) {
    if (delivery_report_due(p, policy) >= day) break;
    if (!reported.contains(p)) out.push_back(p);
  }
  return out;
}

}  // namespace brm
