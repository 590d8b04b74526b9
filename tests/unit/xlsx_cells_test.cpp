#include <catch2/catch.hpp>

#include <sstream>

#include "brm/render/report_layouts.hpp"
#include "brm/render/xlsx.hpp"

using namespace brm;

namespace {

const Cell& cell(const ReportDoc& doc, const std::string& table, std::size_t row, std::size_t column) {
  for (const auto& s : doc.sections)
    for (const auto& b : s.blocks)
      if (const auto* t = std::get_if<NamedTable>(&b); t && t->name == table) return t->table.rows.at(row).at(column);
  FAIL("no table " << table);
  throw;
}

/// A KPI with a share, counts, a mean, a change and an undefined mean.
Kpi sample_kpi() {
  const Date day = *Date::parse("2026-11-23");
  Kpi k;
  k.heading = {"Test IT", "SEK", Policy{}, day, year_up_to(day)};
  k.written_agreements = {6, 7};
  k.complaints.received = 11;
  k.complaints.mean_days = 19.25;
  k.satisfaction.all.now = {14.9, 4};  // mean 3.725
  k.satisfaction.all.before = {14.5, 4};
  return k;
}

}  // namespace

TEST_CASE("report figures are typed cells holding the value their text shows") {
  const auto doc = layout_kpi(sample_kpi());
  // summary rows: contacts (3), written agreements, responses, mean, change, received, ...
  const auto& share = cell(doc, "summary", 3, 3);
  CHECK(share.text == "85.7%");
  CHECK(share.type == CellType::percent);
  CHECK(share.value == Approx(0.857).margin(1e-12));
  CHECK(cell(doc, "summary", 3, 1).type == CellType::number);
  CHECK(cell(doc, "summary", 3, 1).value == 6);
  const auto& mean = cell(doc, "summary", 5, 1);
  CHECK(mean.text == "3.73");
  CHECK(mean.value == Approx(3.73).margin(1e-12));
  CHECK(mean.decimals == 2);
  const auto& change = cell(doc, "summary", 6, 1);
  CHECK(change.text == "+0.10");
  CHECK(change.type == CellType::change);
  CHECK(change.value == Approx(0.1).margin(1e-12));
  CHECK(cell(doc, "summary", 7, 1).value == 11);
  CHECK(cell(doc, "summary", 9, 1).text == "19.3");  // halves away from zero, as by hand
  CHECK(cell(doc, "summary", 9, 1).value == Approx(19.3).margin(1e-12));
  const auto& no_share = cell(doc, "summary", 0, 3);  // 0 of 0
  CHECK(no_share.text == "n/a");
  CHECK(no_share.type == CellType::text);
}

TEST_CASE("a chart's data is numbers with the chart's decimals; a gap is an empty cell") {
  Chart c;
  c.name = "trend", c.axis = "Quarter", c.labels = {"Q1", "Q2"}, c.series = {"all"};
  c.values = {{2.625, std::nullopt}};
  c.decimals = 2;
  const auto t = chart_table(c);
  CHECK(t.rows[0][1].text == "2.63");
  CHECK(t.rows[0][1].type == CellType::number);
  CHECK(t.rows[0][1].value == Approx(2.63).margin(1e-12));
  CHECK(t.rows[1][1] == Cell());
}

TEST_CASE("worksheet names are what Excel accepts, and unique whatever their case") {
  CHECK(sheet_names({"summary", "a/b:c*d?e[f]g\\h", "'quoted'", "", "Summary", "summary",
                     "satisfaction-per-quarter-and-much-more"}) ==
        std::vector<std::string>{"summary", "a-b-c-d-e-f-g-h", "quoted", "Sheet", "Summary-2", "summary-3",
                                 "satisfaction-per-quarter-and-mu"});
  CHECK(sheet_names({"abcdefghijklmnopqrstuvwxyz-12345", "abcdefghijklmnopqrstuvwxyz-12345"}) ==
        std::vector<std::string>{"abcdefghijklmnopqrstuvwxyz-1234", "abcdefghijklmnopqrstuvwxyz-12-2"});
  CHECK(sheet_names({"Åsa Öberg och många fler i gruppen!"})[0] == "Åsa Öberg och många fler i grup");
}

TEST_CASE("a report's sheets are its tables and the charts the text report shows") {
  Chart shown, figure;
  shown.name = "per-month", figure.name = "level-1", figure.figure_only = true;
  const ReportDoc doc{"T", {}, {{"S", {Paragraph{"p"}, NamedTable{"one", Table{}, ""}, shown, figure}}}};
  const auto sheets = report_sheets(doc);
  REQUIRE(sheets.size() == 2);
  CHECK(sheets[0].name == "one");
  CHECK(sheets[1].name == "per-month");
}

TEST_CASE("a workbook is a zip file, and the same input gives the same bytes") {
  const std::vector<Sheet> sheets{{"figures", Table{{{"n", "N", true}}, {{count_cell(1)}, {"=1+1"}}}}};
  const WorkbookInfo info{"Title", "What it covers", 1795392000};
  std::ostringstream first, second;
  CHECK(render_xlsx(sheets, info, first).empty());
  CHECK(render_xlsx(sheets, info, second).empty());
  CHECK(first.str().starts_with("PK\x03\x04"));
  CHECK(first.str() == second.str());
}
