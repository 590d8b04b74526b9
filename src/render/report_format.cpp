#include "report_format.hpp"

#include "brm/model/number.hpp"
#include "brm/util/i18n.hpp"
#include "brm/util/locale_format.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace brm::report_format {

// Under a language other than English the figures are written by ICU as that language
// writes them (docs/languages.md); English keeps brm's own, as it always was.
bool english() { return language() == Lang::en; }

std::string not_available() { return tr("n/a"); }

Cell percent(const Share& s) {
  const auto r = s.ratio();
  if (!r) return not_available();
  const double shown = round_half_away(*r * 100, 1);
  return {english() ? fixed(shown, 1) + "%" : localized_percent(shown, 1, 1), CellType::percent, shown / 100, 1};
}

std::string count_of(const Share& s) { return trf("{} of {}", s.count, s.of); }

Cell count(long long n) { return count_cell(n); }

Cell number(const std::optional<double>& v, int decimals) {
  if (!v) return not_available();
  const double r = round_half_away(*v, decimals);
  return {english() ? fixed(*v, decimals) : localized_number(r, decimals, decimals), CellType::number, r, decimals};
}

Cell plain(double v) { return {fmt::format("{}", v), CellType::number, v, -1}; }

Cell change(const std::optional<double>& v, int decimals) {
  if (!v) return not_available();
  const double r = round_half_away(*v, decimals);
  if (!english()) {
    const auto text = localized_number(r, decimals, decimals);
    return {r > 0 ? "+" + text : text, CellType::change, r, decimals};
  }
  return {r == 0 ? fixed(0, decimals) : fmt::format("{:+.{}f}", r, decimals), CellType::change, r, decimals};
}

Cell amount(double v) {
  if (!english()) {
    const int decimals = v == std::floor(v) ? 0 : 2;
    return {localized_number(v, decimals, decimals), CellType::amount, round_half_away(v, decimals), decimals};
  }
  const auto text = v == std::floor(v) ? fmt::format("{:.0f}", v) : fmt::format("{:.2f}", v);
  const auto sign = text[0] == '-' ? std::size_t(1) : 0;
  const auto digits = std::min(text.find('.'), text.size()) - sign;
  std::string out = text.substr(0, sign);
  for (std::size_t i = 0; i < digits; ++i) {
    if (i > 0 && (digits - i) % 3 == 0) out += ',';
    out += text[sign + i];
  }
  const int decimals = v == std::floor(v) ? 0 : 2;
  return {out + text.substr(sign + digits), CellType::amount, round_half_away(v, decimals), decimals};
}

Cell date(const std::optional<Date>& d) { return d ? date_cell(*d) : Cell(); }

std::string period(const Period& p) { return trf("{} to {}", p.from.str(), p.to.str()); }

std::string yes_no(bool b) { return b ? tr("yes") : tr("no"); }

json period_json(const Period& p) { return {{"from", p.from.str()}, {"to", p.to.str()}}; }

json rounded(const std::optional<double>& v, int decimals) {
  if (!v) return nullptr;
  return round_half_away(*v, decimals);
}

json number_json(double v) {
  if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) return static_cast<long long>(v);
  return v;
}

json amount_json(const std::optional<double>& v) { return v ? number_json(round_half_away(*v, 2)) : json(); }

json number_or_text(const std::string& text) {
  if (text.empty()) return nullptr;
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return text;
  return number_json(v);
}

json share_json(const Share& s) { return {{"count", s.count}, {"of", s.of}, {"share", rounded(s.ratio(), 4)}}; }

json trend_json(const Trend& t) {
  return {{"mean", rounded(t.now.value(), 2)},
          {"scores", t.now.n},
          {"previous_mean", rounded(t.before.value(), 2)},
          {"previous_scores", t.before.n},
          {"change", rounded(t.change(), 2)}};
}

json complaints_json(const ComplaintFigures& f) {
  return {{"received", f.received},
          {"resolved", f.resolved},
          {"open", f.open},
          {"overdue", f.overdue},
          {"mean_days_to_resolve", rounded(f.mean_days, 1)},
          {"median_days_to_resolve", rounded(f.median_days, 1)}};
}

json satisfaction_json(const SatisfactionFigures& f) {
  json dimensions = json::array();
  for (const auto& d : f.dimensions) {
    json one = {{"dimension", d.dimension}};
    one.update(trend_json(d.trend));
    dimensions.push_back(std::move(one));
  }
  return {{"responses", f.responses},
          {"previous_responses", f.responses_before},
          {"all", trend_json(f.all)},
          {"dimensions", std::move(dimensions)}};
}

json series_json(const TimeSeries& ts, int decimals) {
  json buckets = json::array(), series = json::array();
  for (const auto& b : ts.buckets)
    buckets.push_back({{"label", b.label}, {"from", b.span.from.str()}, {"to", b.span.to.str()}});
  for (const auto& s : ts.series) {
    json values = json::array();
    for (const auto& v : s.values)
      values.push_back(v && decimals == 0 ? number_json(std::round(*v)) : rounded(v, decimals));
    series.push_back({{"name", s.name}, {"values", std::move(values)}});
  }
  return {{"buckets", std::move(buckets)}, {"series", std::move(series)}};
}

json agreement_json(const RegisterRow& row) {
  const auto& a = row.agreement;
  json services = json::array();
  for (std::size_t i = 0; i < a.services.size(); ++i) {
    json levels = json::array();
    for (const auto& l : a.services[i].levels)
      levels.push_back({{"metric", l.metric}, {"target", number_or_text(l.target)}, {"unit", l.unit}});
    services.push_back({{"service", a.services[i].service}, {"name", row.service_names[i]}, {"levels", levels}});
  }
  json signature = nullptr;
  if (!a.signed_by.empty())
    signature = {{"by", a.signed_by}, {"date", a.signed_on ? json(a.signed_on->str()) : json()}};
  return {{"id", a.id},
          {"customer", a.customer},
          {"customer_name", row.customer_name},
          {"title", a.title},
          {"status", text_of(a.status)},
          {"standing", standing_name(row.standing)},
          {"written", row.written},
          {"valid_from", a.from.str()},
          {"valid_until", a.until.str()},
          {"signed", std::move(signature)},
          {"services", std::move(services)},
          {"financing",
           {{"amount", amount_json(a.amount)},
            {"period", text_of(a.period)},
            {"currency", a.currency},
            {"cost_center", a.cost_center},
            {"per_year", amount_json(row.per_year)}}}};
}

json complaint_json(const ComplaintRow& c) {
  auto opt_long = [](const std::optional<long>& v) { return v ? json(*v) : json(); };
  return {{"id", c.id},
          {"customer", c.customer},
          {"customer_name", c.customer_name},
          {"received", c.received.str()},
          {"severity", c.severity},
          {"status", c.status},
          {"channel", c.channel},
          {"service", c.service},
          {"open", c.open},
          {"days_open", opt_long(c.days_open)},
          {"overdue", c.overdue},
          {"resolved_on", c.closed ? json(c.closed->str()) : json()},
          {"days_to_resolve", opt_long(c.days_to_resolve)},
          {"summary", c.summary}};
}

json heading_json(const std::string& report, const ReportHeading& h) {
  return {{"version", 1},
          {"report", report},
          {"organization", h.organization},
          {"as_of", h.as_of.str()},
          {"period", period_json(h.period)}};
}

}  // namespace brm::report_format
