#include "report_parts.hpp"

#include "brm/util/i18n.hpp"
#include "report_format.hpp"

namespace brm::report_parts {
namespace {

namespace rf = report_format;

Chart chart_of(const TimeSeries& ts, std::string name, std::string title, std::string axis) {
  Chart c;
  c.name = std::move(name), c.title = std::move(title), c.axis = std::move(axis);
  for (const auto& b : ts.buckets) c.labels.push_back(b.label);
  for (const auto& s : ts.series) {
    // Series are named by the data (a dimension), but for the one the figures add.
    c.series.push_back(s.name == "all dimensions" ? tr("all dimensions") : s.name);
    c.series_keys.push_back(s.name);
    c.values.push_back(s.values);
  }
  return c;
}

}  // namespace

FigureRows::FigureRows(bool shares) : with_shares(shares) {
  table.columns = {{"measurement", tr("Measurement")}, {"value", tr("Value"), true}};
  if (shares) table.columns.insert(table.columns.end(), {{"of", tr("Of"), true}, {"share", tr("Share"), true}});
  table.columns.push_back({"covers", tr("Covers")});
}

void FigureRows::share(std::string what, const Share& s, const std::string& covers) {
  table.rows.push_back({std::move(what), rf::count(s.count), rf::count(s.of), rf::percent(s), covers});
}

void FigureRows::value(std::string what, Cell v, const std::string& covers) {
  if (with_shares)
    table.rows.push_back({std::move(what), std::move(v), "", "", covers});
  else
    table.rows.push_back({std::move(what), std::move(v), covers});
}

NamedTable dimensions_table(const SatisfactionFigures& f) {
  Table t{{{"dimension", tr("Dimension")},
           {"mean", tr("Mean"), true},
           {"scores", trc("number of", "Scores"), true},
           {"previous_mean", tr("Previous mean"), true},
           {"previous_scores", tr("Previous scores"), true},
           {"change", tr("Change"), true}},
          {}};
  auto row = [&](const std::string& name, const Trend& tr) {
    t.rows.push_back({name, rf::number(tr.now.value(), 2), rf::count(tr.now.n), rf::number(tr.before.value(), 2),
                      rf::count(tr.before.n), rf::change(tr.change())});
  };
  for (const auto& d : f.dimensions) row(d.dimension, d.trend);
  if (!f.dimensions.empty()) row(tr("all dimensions"), f.all);
  return {"dimensions", std::move(t), tr("No survey responses in either period.")};
}

Chart satisfaction_chart(const TimeSeries& ts, const Policy& policy, std::string title) {
  auto c = chart_of(ts, "satisfaction-per-quarter", std::move(title), tr("Quarter"));
  c.style = Chart::Style::lines;
  c.y_min = policy.survey_min, c.y_max = policy.survey_max;
  c.decimals = 2;
  return c;
}

Chart complaints_chart(const TimeSeries& ts, std::string title) {
  auto c = chart_of(ts, "complaints-per-month", std::move(title), tr("Month"));
  c.style = Chart::Style::bars;
  c.y_min = 0;
  return c;
}

}  // namespace brm::report_parts
