#include "brm/render/report_doc.hpp"

#include "report_format.hpp"

namespace brm {

std::string Labelled::text() const {
  std::string out;
  for (const auto& p : parts) out += out.empty() ? p.text : ", " + p.text;
  return out;
}

void Fields::add(std::string key, Cell value) { items.push_back({std::move(key), {std::move(value)}}); }
void Fields::add(std::string key, std::vector<Cell> parts) { items.push_back({std::move(key), std::move(parts)}); }

Table chart_table(const Chart& c) {
  Table t{{{"label", c.axis}}, {}};
  // The key stays the same in every language; the header is the name as shown.
  for (std::size_t i = 0; i < c.series.size(); ++i)
    t.columns.push_back({i < c.series_keys.size() ? c.series_keys[i] : c.series[i], c.series[i], true});
  for (std::size_t i = 0; i < c.labels.size(); ++i) {
    Row row{c.labels[i]};
    for (const auto& values : c.values) {
      const auto& v = i < values.size() ? values[i] : std::nullopt;
      row.push_back(v ? report_format::number(v, c.decimals) : Cell());
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::optional<Table> find_table(const ReportDoc& doc, const std::string& wanted) {
  const auto& name = wanted.empty() ? doc.main_table : wanted;
  for (const auto& s : doc.sections)
    for (const auto& b : s.blocks) {
      if (const auto* t = std::get_if<NamedTable>(&b); t && (name.empty() || t->name == name)) return t->table;
      if (const auto* c = std::get_if<Chart>(&b); c && c->name == name) return chart_table(*c);
    }
  return std::nullopt;
}

std::vector<std::string> table_names(const ReportDoc& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sections)
    for (const auto& b : s.blocks) {
      if (const auto* t = std::get_if<NamedTable>(&b)) out.push_back(t->name);
      if (const auto* c = std::get_if<Chart>(&b)) out.push_back(c->name);
    }
  return out;
}

}  // namespace brm
