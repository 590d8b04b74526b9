#include <catch2/catch.hpp>

#include <sstream>

#include "brm/model/text.hpp"
#include "brm/render/diagnostics.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/render/table.hpp"
#include "brm/util/display_width.hpp"

using namespace brm;

namespace {

ReportHeading heading() {
  const Date day = *Date::parse("2026-11-23");
  return {"Test IT", "SEK", Policy{}, day, year_up_to(day)};
}

template <class Fn>
std::string rendered(Fn&& fn) {
  std::ostringstream out;
  fn(out);
  return out.str();
}

ReportDoc sample() {
  Table t{{{"name", "Name"}, {"n", "N", true}}, {{"田中 Yuki", "1"}, {"Åsa <b>*bold*</b> | x", "12"}}};
  Chart c;
  c.name = "trend", c.title = "Trend", c.axis = "Quarter", c.style = Chart::Style::lines;
  c.labels = {"2026 Q1", "2026 Q2", "2026 Q3"};
  c.series = {"all", "overall"};
  c.values = {{4.0, std::nullopt, 2.625}, {std::nullopt, 3.0, std::nullopt}};
  c.y_min = 1, c.y_max = 5, c.decimals = 2;
  return {"Title & <more>", {"Lead"}, {{"Section", {Paragraph{"Text"}, NamedTable{"people", t, ""}, c}}}};
}

}  // namespace

TEST_CASE("undefined shares and means are written n/a in text and null in JSON") {
  Kpi k;
  k.heading = heading();
  k.previous = k.heading.period.preceding();
  const auto text = rendered([&](std::ostream& out) { render_doc_text(layout_kpi(k), out); });
  CHECK(text.find("Customers with a written agreement                         0   0    n/a") != std::string::npos);
  CHECK(text.find("Mean days to resolve                                     n/a") != std::string::npos);
  CHECK(text.find("Agreed service levels met, per level and period            0   0    n/a") != std::string::npos);
  const auto json = rendered([&](std::ostream& out) { render_kpi_json(k, out); });
  CHECK(json.find("\"share\": null") != std::string::npos);
  CHECK(json.find("\"mean_days_to_resolve\": null") != std::string::npos);
  CHECK(json.find("\"level_periods\": {\n      \"count\": 0,\n      \"of\": 0,\n      \"share\": null") !=
        std::string::npos);
  CHECK(json.find("\"version\": 1") != std::string::npos);
}

TEST_CASE("text tables align by display width") {
  const auto text = rendered([](std::ostream& out) { render_doc_text(sample(), out); });
  CHECK(text.find("Name                    N\n"
                  "田中 Yuki               1\n"
                  "Åsa <b>*bold*</b> | x  12\n") != std::string::npos);
}

TEST_CASE("Markdown escapes what would turn into markup") {
  const auto md = rendered([](std::ostream& out) { render_doc_markdown(sample(), out); });
  CHECK(md.find("# Title \\& \\<more\\>\n") != std::string::npos);  // no entity either
  CHECK(md.find("| Åsa \\<b\\>\\*bold\\*\\</b\\> \\| x | 12 |") != std::string::npos);
  CHECK(md.find("| Quarter | all | overall |\n|---|---:|---:|\n| 2026 Q1 | 4.00 |  |") != std::string::npos);
  CHECK(md.find("| 2026 Q3 | 2.63 |  |") != std::string::npos);  // rounded half up, as by hand
}

TEST_CASE("HTML is one page with text escaped and charts as inline SVG, without scripts") {
  const auto html = rendered([](std::ostream& out) { render_doc_html(sample(), out); });
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("<title>Title &amp; &lt;more&gt;</title>") != std::string::npos);
  CHECK(html.find("<td>Åsa &lt;b&gt;*bold*&lt;/b&gt; | x</td><td class=\"num\">12</td>") != std::string::npos);
  CHECK(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(html.find("<polyline") != std::string::npos);  // "all" has two points to join
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http://", html.find("</svg>")) == std::string::npos);  // nothing fetched
}

namespace {

/// One section holding one table of `columns` columns whose every cell is `cell`.
ReportDoc one_table(std::size_t columns, const std::string& cell) {
  Table t;
  for (std::size_t i = 0; i < columns; ++i) t.columns.push_back({"c" + std::to_string(i), "H"});
  t.rows.assign(2, std::vector<std::string>(columns, cell));
  return {"T", {}, {{"Wide", {NamedTable{"t", t, ""}}}}};
}

std::string html_of(const ReportDoc& doc) {
  return rendered([&](std::ostream& out) { render_doc_html(doc, out); });
}

}  // namespace

TEST_CASE("HTML tables too wide for a portrait A4 page go on landscape pages") {
  // Six columns of ten-letter ids fit a portrait page; twelve do not, and go landscape
  // with their heading; sixteen of 24 letters do not fit even then, and may break anywhere.
  CHECK(html_of(one_table(6, "abcdefghij")).find("<section>\n<h2>Wide") != std::string::npos);
  const auto wide = html_of(one_table(12, "abcdefghij"));
  CHECK(wide.find("<section class=\"landscape\">\n<h2>Wide") != std::string::npos);
  CHECK(wide.find("<table class=\"dense\">") == std::string::npos);
  CHECK(html_of(one_table(16, std::string(24, 'x'))).find("<table class=\"dense\">") != std::string::npos);
  // Text that wraps counts by its longest word, not its length.
  CHECK(html_of(one_table(8, "ab cd ef gh ij kl mn op qr st uv wx yz")).find("<section>") != std::string::npos);
  // An empty table is a sentence, not a table, and needs no turned page.
  auto empty = one_table(16, "x");
  std::get<NamedTable>(empty.sections[0].blocks[0]).table.rows.clear();
  std::get<NamedTable>(empty.sections[0].blocks[0]).empty = "None.";
  CHECK(html_of(empty).find("<section>") != std::string::npos);
}

TEST_CASE("HTML marks a cell's run longer than a printed line may hold") {
  const auto html = html_of(one_table(1, "an-id-of-exactly-25-chars"));
  CHECK(html.find("<td class=\"word long\">an-id-of-exactly-25-chars</td>") != std::string::npos);
  CHECK(html_of(one_table(1, "an-id-of-just-24-letters")).find("<td class=\"word\">") != std::string::npos);
  CHECK(html_of(one_table(1, "a text with a-run-of-more-than-24-letters")).find("<td class=\"long\">") !=
        std::string::npos);
  CHECK(html_of(one_table(1, "a short text")).find("<td>a short text</td>") != std::string::npos);
}

TEST_CASE("CSV takes one table, a chart's data, or the first table by default") {
  const auto doc = sample();
  CHECK(table_names(doc) == std::vector<std::string>{"people", "trend"});
  CHECK(find_table(doc, "")->rows.size() == 2);
  const auto trend = find_table(doc, "trend");
  REQUIRE(trend);
  CHECK(trend->columns[0].header == "Quarter");
  CHECK(trend->rows[1] == std::vector<std::string>{"2026 Q2", "", "3.00"});
  CHECK_FALSE(find_table(doc, "nope"));
  std::ostringstream csv;
  render_table_csv(*find_table(doc, "people"), csv);
  CHECK(csv.str() == "Name,N\r\n田中 Yuki,1\r\nÅsa <b>*bold*</b> | x,12\r\n");
}

TEST_CASE("CSV cells a spreadsheet would run as formulas are neutralised; numbers stay numbers") {
  const Table t{
      {{"cell", "Cell"}},
      {{"=1+1"}, {"+46 8 123 45 67"}, {"-cmd"}, {"@SUM(A1)"}, {"\tx"}, {"-1.38"}, {"+0.10"}, {"12"}, {"a=b"}}};
  std::ostringstream csv;
  render_table_csv(t, csv);
  CHECK(csv.str() ==
        "Cell\r\n\"'=1+1\"\r\n\"'+46 8 123 45 "
        "67\"\r\n\"'-cmd\"\r\n\"'@SUM(A1)\"\r\n\"'\tx\"\r\n-1.38\r\n+0.10\r\n12\r\na=b\r\n");
}

TEST_CASE("Markdown tables and paragraphs show record text as written, never as markup") {
  const Table t{{{"what", "What"}}, {{"<script>alert(1)</script>"}, {"*bold* [l](javascript:x) `c` ~s~ &lt;"}}};
  std::ostringstream md;
  render_table_markdown(t, md);
  CHECK(md.str() ==
        "| What |\n|---|\n| \\<script\\>alert(1)\\</script\\> |\n"
        "| \\*bold\\* \\[l\\](javascript:x) \\`c\\` \\~s\\~ \\&lt; |\n");
  ReportDoc doc{"T", {"- not a list", "1. nor this"}, {}};
  std::ostringstream page;
  render_doc_markdown(doc, page);
  CHECK(page.str() == "# T\n\n\\- not a list\n\n1\\. nor this\n");
}

TEST_CASE("text outputs show control characters as escapes, so no value starts a line of its own") {
  CHECK(visible("a\nb\r\x1b[31mred\x7f\tz") == "a\\nb\\r\\x1b[31mred\\x7f\tz");
  CHECK(visible("x\xC2\x85y\xE2\x80\xA8z\xE2\x80\xA9\xC3\xA5") == "x\\u0085y\\u2028z\\u2029\xC3\xA5");
  // A cell is one line: its line breaks and tabs fold to spaces, its controls are escapes.
  const Table t{{{"what", "What"}}, {{"ok\n::error file=x::pwned\t\x1b[2J"}}};
  std::ostringstream text;
  render_table_text(t, text);
  CHECK(text.str() == "What\nok ::error file=x::pwned \\x1b[2J\n");
  Diagnostics found = {{"customers/a\nb.yaml", {1, 1}, Severity::error, "r", "bad 'x\n::error::y'"}};
  std::ostringstream gh;
  render_github(found, summarize(found, 1), "", gh);
  CHECK(gh.str().find("\n::error::y") == std::string::npos);
  CHECK(gh.str().starts_with(
      "customers/a\\nb.yaml:1:1: error: bad 'x\\n::error::y' [r]\n::error file=customers/a%0Ab.yaml"));
}

TEST_CASE("display widths: ASCII, control characters, accents, wide and combining characters") {
  CHECK(display_width("") == 0);
  CHECK(display_width("Finance 2026") == 12);
  CHECK(display_width("a\tb\x7f") == 2);                  // control characters take no column
  CHECK(display_width("Åkesson, Sjöström") == 17);        // one column per accented letter
  CHECK(display_width("\xe6\x97\xa5\xe6\x9c\xac") == 4);  // two wide CJK characters
  CHECK(display_width("e\xcc\x81") == 1);                 // e + combining acute accent
  CHECK(display_width("a\xff") == 2);                     // an invalid byte shows as one "?"
}
