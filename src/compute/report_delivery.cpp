#include "brm/compute/report_delivery.hpp"

#include <algorithm>
#include <tuple>

#include "brm/util/locale_format.hpp"

namespace brm {
namespace {

LevelDelivery level_of(const CustomerRecords& c, const LevelHistory& h, const Period& report, const Period& before) {
  const auto& first = *h.results.front();
  LevelDelivery l;
  l.customer = c.id, l.customer_name = c.customer ? c.customer->name : c.id;
  l.agreement = first.agreement->id, l.service = first.service, l.metric = first.metric, l.unit = first.unit;
  l.service_name = c.data ? c.data->service_name(first.service) : first.service;
  l.direction = first.direction, l.target = first.target;
  for (const auto* r : h.results) {
    if (counts_in(r->period, report)) {
      l.periods.push_back({r->period, r->value, r->met, std::string(r->note)});
      ++l.met.of, l.met.count += r->met;
    } else if (counts_in(r->period, before)) {
      ++l.met_before.of, l.met_before.count += r->met;
    }
  }
  return l;
}

void add(Share& total, const Share& part) { total.count += part.count, total.of += part.of; }

/// The customer's levels with a period in `report` go to `levels`; what it met in
/// `report` and `before` is returned.
CustomerDelivery deliver(const CustomerRecords& c, const Period& report, const Period& before,
                         std::vector<LevelDelivery>& levels) {
  const auto results = level_results(c);
  CustomerDelivery cd{c.id, c.customer ? c.customer->name : c.id, {}, {}};
  for (const auto& h : level_histories(results)) {
    auto l = level_of(c, h, report, before);
    add(cd.met, l.met), add(cd.met_before, l.met_before);
    if (!l.periods.empty()) levels.push_back(std::move(l));
  }
  return cd;
}

}  // namespace

std::vector<LevelDelivery> delivery_levels(const CustomerRecords& c, const ReportHeading& heading) {
  std::vector<LevelDelivery> levels;
  deliver(c, heading.period, heading.period.preceding(), levels);
  return levels;
}

bool counts_in(const CalendarPeriod& p, const Period& report) { return report.contains(p.last_day()); }

Share level_periods_met(const CustomerRecords& c, const Period& report) {
  Share s;
  each_level_result(
      c, [&](const CalendarPeriod& p) { return counts_in(p, report); },
      [&](const LevelResult& r) { ++s.of, s.count += r.met; });
  return s;
}

std::set<Kind> delivery_kinds() { return {Kind::service, Kind::customer, Kind::agreement, Kind::delivery}; }

DeliveryReport compute_delivery(const Records& data, const ReportHeading& heading,
                                const std::optional<std::string>& customer) {
  DeliveryReport r{heading, heading.period.preceding(), customer, {}, {}, {}, {}};
  auto all = records_by_customer(data);  // in the order of data.customers: by id
  std::stable_sort(all.begin(), all.end(), [](const CustomerRecords& a, const CustomerRecords& b) {
    return name_less(a.customer->name, a.id, b.customer->name, b.id);
  });
  for (const auto& c : all) {
    if (customer && c.id != *customer) continue;
    const auto cd = deliver(c, heading.period, r.previous, r.levels);
    if (cd.met.of + cd.met_before.of == 0) continue;
    add(r.met, cd.met), add(r.met_before, cd.met_before);
    r.customers.push_back(std::move(cd));
  }
  return r;
}

}  // namespace brm
