#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "brm/compute/delivery.hpp"
#include "brm/render/json_text.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/util/i18n.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

/// The change of a share in percentage points, or n/a when either is undefined.
Cell points(const Share& now, const Share& before) {
  const auto a = now.ratio(), b = before.ratio();
  if (!a || !b) return rf::none;
  return rf::change((*a - *b) * 100, 1);
}

std::string agreed(const LevelDelivery& l) { return agreed_text(l.direction, l.target, l.unit); }

NamedTable customers_table(const DeliveryReport& r) {
  Table t{{{"customer", tr("Customer")},
           {"id", tr("Id")},
           {"reported", tr("Level-periods"), true},
           {"met", tr("Met"), true},
           {"share", tr("Share met"), true},
           {"previous_share", tr("Previous"), true},
           {"change", tr("Change (points)"), true}},
          {}};
  for (const auto& c : r.customers)
    t.rows.push_back({linked(c.name, Kind::customer, c.id), c.id, rf::count(c.met.of), rf::count(c.met.count),
                      rf::percent(c.met), rf::percent(c.met_before), points(c.met, c.met_before)});
  return {"customers", std::move(t), tr("No delivery reported.")};
}

std::string latest(const LevelDelivery& l) {
  const auto& p = l.periods.back();
  return p.met ? trf("{} met", value_text(p.value, l.unit)) : trf("{} missed", value_text(p.value, l.unit));
}

}  // namespace

namespace report_parts {

NamedTable delivery_levels_table(const std::vector<LevelDelivery>& levels, bool with_customer) {
  Table t{{}, {}};
  if (with_customer) t.columns.push_back({"customer", tr("Customer")});
  t.columns.insert(t.columns.end(), {{"agreement", tr("Agreement")},
                                     {"service", tr("Service")},
                                     {"metric", tr("Level")},
                                     {"agreed", tr("Agreed")},
                                     {"reported", tr("Periods"), true},
                                     {"met", tr("Met"), true},
                                     {"share", tr("Share met"), true},
                                     {"previous_share", tr("Previous"), true},
                                     {"latest_period", tr("Latest")},
                                     {"latest", tr("Achieved")}});
  for (const auto& l : levels) {
    Row row;
    if (with_customer) row.push_back(linked(l.customer_name, Kind::customer, l.customer));
    row.insert(row.end(), {linked(l.agreement, Kind::agreement, l.agreement), l.service_name, l.metric, agreed(l),
                           rf::count(l.met.of), rf::count(l.met.count), rf::percent(l.met), rf::percent(l.met_before),
                           l.periods.back().period.str(), latest(l)});
    t.rows.push_back(std::move(row));
  }
  return {"levels", std::move(t), tr("No delivery reported in the period.")};
}

NamedTable delivery_values_table(const std::vector<LevelDelivery>& levels, bool with_customer, bool misses_only) {
  Table t{{}, {}};
  if (with_customer) t.columns.push_back({"customer", tr("Customer")});
  t.columns.insert(t.columns.end(), {{"agreement", tr("Agreement")},
                                     {"service", tr("Service")},
                                     {"metric", tr("Level")},
                                     {"period", tr("Period")},
                                     {"agreed", tr("Agreed")},
                                     {"value", tr("Achieved"), true},
                                     {"unit", tr("Unit")},
                                     {"result", tr("Result")},
                                     {"note", tr("Note")}});
  // Misses first, so that what a follow-up meeting takes up is on top.
  for (const bool missed : {true, false})
    for (const auto& l : levels) {
      if (misses_only && !missed) break;
      for (const auto& p : l.periods) {
        if (p.met == missed) continue;
        Row row;
        if (with_customer) row.push_back(linked(l.customer_name, Kind::customer, l.customer));
        row.insert(row.end(), {linked(l.agreement, Kind::agreement, l.agreement), l.service_name, l.metric,
                               p.period.str(), agreed(l), rf::plain(p.value), l.unit,
                               p.met ? trc("level result", "met") : trc("level result", "missed"), p.note});
        t.rows.push_back(std::move(row));
      }
    }
  return {"values", std::move(t),
          misses_only ? tr("No level missed in the period.") : tr("No delivery reported in the period.")};
}

namespace {

/// Values bunched far from zero (availability between 99 and 100) would lie on one
/// line on an axis from 0: the axis then spans the values and the target, with a
/// margin, in whole tenths.
void zoom(Chart& c, const LevelDelivery& l) {
  double lo = l.target, hi = l.target;
  for (const auto& p : l.periods) lo = std::min(lo, p.value), hi = std::max(hi, p.value);
  if (lo <= 0 || hi - lo > lo * 0.2) return;
  const double margin = std::max((hi - lo) * 0.25, 0.1);
  c.y_min = std::floor((lo - margin) * 10) / 10;
  c.y_max = std::ceil((hi + margin) * 10) / 10;
}

}  // namespace

std::vector<Chart> delivery_charts(const std::vector<LevelDelivery>& levels) {
  std::vector<Chart> out;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const auto& l = levels[i];
    Chart c;
    c.name = fmt::format("level-{}", i + 1);
    c.title = trf("{}, {} ({}): achieved against {}", l.service_name, l.metric, l.agreement, agreed(l));
    c.axis = tr("Period");
    c.style = Chart::Style::lines;
    c.series = {trc("chart series", "achieved"), trc("chart series", "target")};
    c.series_keys = {"achieved", "target"};
    c.values.resize(2);
    for (const auto& p : l.periods) {
      c.labels.push_back(p.period.str());
      c.values[0].push_back(p.value);
      c.values[1].push_back(l.target);
    }
    c.decimals = 2;
    c.figure_only = true;
    zoom(c, l);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace report_parts

ReportDoc layout_delivery(const DeliveryReport& r) {
  const auto& h = r.heading;
  ReportDoc doc{trf("Service levels delivered: {}", h.organization), {}, {}};
  doc.lead.push_back(
      r.customer
          ? trf("Agreed service levels against what was delivered in {} (delivery periods that ended within it), "
                "customer {}; the trend compares with {}. A level is met when the achieved value is at least its "
                "target, or at most it for a limit.",
                rf::period(h.period), *r.customer, rf::period(r.previous))
          : trf("Agreed service levels against what was delivered in {} (delivery periods that ended within it); "
                "the trend compares with {}. A level is met when the achieved value is at least its target, or at "
                "most it for a limit.",
                rf::period(h.period), rf::period(r.previous)));
  doc.sections.push_back(
      section(tr("Summary"),
              Paragraph{trnf("{} level-periods met ({}) in {}; {} ({}) in {}.",
                             "{} level-periods met ({}) in {}; {} ({}) in {}.", static_cast<unsigned long>(r.met.of),
                             rf::count_of(r.met), rf::percent(r.met).text, rf::period(h.period),
                             rf::count_of(r.met_before), rf::percent(r.met_before).text, rf::period(r.previous))},
              customers_table(r)));
  doc.sections.push_back(section(tr("Per level"),
                                 Paragraph{tr("Each agreed level with figures in the period, and its latest result.")},
                                 report_parts::delivery_levels_table(r.levels, !r.customer)));
  Section values{tr("Achieved against agreed"),
                 {Paragraph{tr("Every reported value in the period, misses first.")},
                  report_parts::delivery_values_table(r.levels, !r.customer)}};
  auto charts = report_parts::delivery_charts(r.levels);
  values.blocks.reserve(values.blocks.size() + charts.size());
  for (auto& c : charts) values.blocks.emplace_back(std::in_place_type<Chart>, std::move(c));
  doc.sections.push_back(std::move(values));
  doc.main_table = "values";
  return doc;
}

namespace report_format {

json delivery_levels_json(const std::vector<LevelDelivery>& list) {
  json levels = json::array();
  for (const auto& l : list) {
    json periods = json::array();
    for (const auto& p : l.periods)
      periods.push_back({{"period", p.period.str()},
                         {"value", number_json(p.value)},
                         {"met", p.met},
                         {"note", p.note.empty() ? json(nullptr) : json(p.note)}});
    levels.push_back({{"customer", l.customer},
                      {"agreement", l.agreement},
                      {"service", l.service},
                      {"metric", l.metric},
                      {"target", number_json(l.target)},
                      {"unit", l.unit},
                      {"direction", name_of(l.direction)},
                      {"met", share_json(l.met)},
                      {"previous_met", share_json(l.met_before)},
                      {"periods", std::move(periods)}});
  }
  return levels;
}

}  // namespace report_format

void render_delivery_json(const DeliveryReport& r, std::ostream& out) {
  using rf::json;
  json customers = json::array();
  for (const auto& c : r.customers)
    customers.push_back({{"id", c.id},
                         {"name", c.name},
                         {"met", rf::share_json(c.met)},
                         {"previous_met", rf::share_json(c.met_before)}});
  json doc = rf::heading_json("delivery", r.heading);
  doc["previous_period"] = rf::period_json(r.previous);
  doc["customer"] = r.customer ? json(*r.customer) : json(nullptr);
  doc["met"] = rf::share_json(r.met);
  doc["previous_met"] = rf::share_json(r.met_before);
  doc["customers"] = std::move(customers);
  doc["levels"] = rf::delivery_levels_json(r.levels);
  out << json_text(doc) << '\n';
}

}  // namespace brm
