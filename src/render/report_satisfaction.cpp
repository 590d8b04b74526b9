#include <fmt/format.h>

#include <string_view>
#include <unordered_map>

#include "brm/render/json_text.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/util/i18n.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

/// The mean of each dimension of the report for one customer, in the report's order;
/// n/a where it was not asked or answered. One pass with an index, so that a table of
/// many dimensions costs its cells, not their square.
std::vector<Cell> dimension_means(const SatisfactionFigures& f, const std::vector<std::string>& dimensions) {
  std::unordered_map<std::string_view, std::size_t> column;
  for (std::size_t i = 0; i < dimensions.size(); ++i) column.emplace(dimensions[i], i);
  std::vector<Cell> out(dimensions.size(), rf::none);
  for (const auto& d : f.dimensions)
    if (const auto it = column.find(d.dimension); it != column.end())
      out[it->second] = rf::number(d.trend.now.value(), 2);
  return out;
}

NamedTable per_customer(const SatisfactionReport& r) {
  Table t{{{"customer", tr("Customer")}, {"id", tr("Id")}, {"responses", tr("Responses"), true}}, {}};
  for (const auto& d : r.dimensions) t.columns.push_back({d, d, true});
  t.columns.insert(
      t.columns.end(),
      {{"all", tr("All dimensions"), true}, {"previous", tr("Previous"), true}, {"change", tr("Change"), true}});
  for (const auto& c : r.customers) {
    Row row{linked(c.name, Kind::customer, c.id), c.id, rf::count(c.figures.responses)};
    for (auto& cell : dimension_means(c.figures, r.dimensions)) row.push_back(std::move(cell));
    row.push_back(rf::number(c.figures.all.now.value(), 2));
    row.push_back(rf::number(c.figures.all.before.value(), 2));
    row.push_back(rf::change(c.figures.all.change()));
    t.rows.push_back(std::move(row));
  }
  return {"customers", std::move(t), tr("No customers.")};
}

NamedTable by_year(const SatisfactionReport& r) {
  Table t{{{"customer", tr("Customer")}, {"id", tr("Id")}}, {}};
  for (const auto& y : r.years) {
    const auto year = std::to_string(y.from.year());
    t.columns.push_back({year, year, true});
  }
  auto row_of = [](Row row, const std::vector<Mean>& means) {
    for (const auto& m : means) row.push_back(rf::number(m.value(), 2));
    return row;
  };
  for (const auto& c : r.customers) t.rows.push_back(row_of({linked(c.name, Kind::customer, c.id), c.id}, c.by_year));
  t.rows.push_back(row_of({tr("All customers"), ""}, r.all_by_year));
  return {"years", std::move(t), tr("No survey responses.")};
}

std::string years_note(const SatisfactionReport& r) {
  if (r.years.empty()) return trf("No survey responses up to {}.", r.heading.period.to.str());
  const auto& last = r.years.back();
  if (last.to.month() == 12 && last.to.day() == 31)
    return trf("Mean of every score given per calendar year, {} to {}; at most the last {} years with responses.",
               r.years.front().from.year(), last.from.year(), satisfaction_years);
  return trf(
      "Mean of every score given per calendar year, {} to {} ({} up to {}); at most the last {} years with responses.",
      r.years.front().from.year(), last.from.year(), last.from.year(), last.to.str(), satisfaction_years);
}

}  // namespace

ReportDoc layout_satisfaction(const SatisfactionReport& r) {
  const auto& h = r.heading;
  ReportDoc doc{trf("Customer satisfaction: {}", h.organization), {}, {}};
  doc.lead.push_back(trf(
      "Survey results for {} compared with {}, on a scale of {} to {}. Means of the scores given; who answered what "
      "is not shown.",
      rf::period(h.period), rf::period(r.previous), rf::number(h.policy.survey_min, 0).text,
      rf::number(h.policy.survey_max, 0).text));
  doc.sections.push_back(section(
      tr("All customers"),
      Paragraph{trnf("{} responses in {}; {} in {}.", "{} responses in {}; {} in {}.", r.overall.responses,
                     r.overall.responses, rf::period(h.period), r.overall.responses_before, rf::period(r.previous))},
      report_parts::dimensions_table(r.overall),
      report_parts::satisfaction_chart(r.per_quarter, h.policy,
                                       trf("Mean score per quarter, {}", rf::period({r.previous.from, h.period.to})))));
  doc.sections.push_back(section(tr("Per customer and dimension"),
                                 Paragraph{trf("Mean scores in {}; previous and change against {}.",
                                               rf::period(h.period), rf::period(r.previous))},
                                 per_customer(r)));
  doc.sections.push_back(section(tr("Over time"), Paragraph{years_note(r)}, by_year(r)));
  doc.main_table = "customers";
  return doc;
}

void render_satisfaction_json(const SatisfactionReport& r, std::ostream& out) {
  using rf::json;
  json years = json::array(), customers = json::array();
  for (const auto& y : r.years) years.push_back(rf::period_json(y));
  auto means = [](const std::vector<Mean>& list) {
    json a = json::array();
    for (const auto& m : list) a.push_back({{"mean", rf::rounded(m.value(), 2)}, {"scores", m.n}});
    return a;
  };
  for (const auto& c : r.customers)
    customers.push_back({{"id", c.id},
                         {"name", c.name},
                         {"satisfaction", rf::satisfaction_json(c.figures)},
                         {"by_year", means(c.by_year)}});
  json doc = rf::heading_json("satisfaction", r.heading);
  doc["previous_period"] = rf::period_json(r.previous);
  doc["scale"] = {{"min", rf::number_json(r.heading.policy.survey_min)},
                  {"max", rf::number_json(r.heading.policy.survey_max)}};
  doc["all"] = rf::satisfaction_json(r.overall);
  doc["years"] = std::move(years);
  doc["all_by_year"] = means(r.all_by_year);
  doc["customers"] = std::move(customers);
  doc["per_quarter"] = rf::series_json(r.per_quarter, 2);
  out << json_text(doc) << '\n';
}

}  // namespace brm
