#include <catch2/catch.hpp>

#include <sstream>

#include "brm/render/table.hpp"

using namespace brm;

namespace {

std::string csv_of(const Table& t, CsvDialect dialect) {
  std::ostringstream out;
  render_table_csv(t, out, dialect);
  return out.str();
}

/// Typed cells as the report layouts make them, with the text the text report shows.
Table figures() {
  return {{{"what", "What"}, {"n", "N", true}},
          {{"count", count_cell(12)},
           {"mean", Cell("3.73", CellType::number, 3.73, 2)},
           {"change", Cell("-0.50", CellType::change, -0.5, 2)},
           {"gain", Cell("+0.10", CellType::change, 0.1, 2)},
           {"share", Cell("85.7%", CellType::percent, 0.857, 1)},
           {"amount", Cell("2,460,000", CellType::amount, 2460000, 0)},
           {"cents", Cell("1,250.50", CellType::amount, 1250.5, 2)},
           {"as written", Cell("99.95", CellType::number, 99.95, -1)},
           {"day", date_cell(*Date::parse("2026-11-23"))},
           {"none", "n/a"}}};
}

}  // namespace

TEST_CASE("excel-sv: a byte order mark, semicolons, CRLF, and numbers Swedish Excel reads as numbers") {
  CHECK(csv_of(figures(), CsvDialect::excel_sv) ==
        "\xEF\xBB\xBFWhat;N\r\ncount;12\r\nmean;3,73\r\nchange;-0,50\r\ngain;0,10\r\nshare;85,7%\r\n"
        "amount;2460000\r\ncents;1250,50\r\nas written;99,95\r\nday;2026-11-23\r\nnone;n/a\r\n");
}

TEST_CASE("rfc4180 writes typed cells as the text report does, so the default CSV does not change") {
  CHECK(csv_of(figures(), CsvDialect::rfc4180) ==
        "What,N\r\ncount,12\r\nmean,3.73\r\nchange,-0.50\r\ngain,+0.10\r\nshare,85.7%\r\n"
        "amount,\"2,460,000\"\r\ncents,\"1,250.50\"\r\nas written,99.95\r\nday,2026-11-23\r\nnone,n/a\r\n");
}

TEST_CASE("excel-sv quotes text holding its separator, not a comma, and neutralises formulas as rfc4180 does") {
  const Table t{{{"a", "A;B"}, {"b", "B"}},
                {{"Run tests; switch", "Berg, Anna"}, {"=1+1", "say \"hi\""}, {"+46 8 123 45 67", "-1.38"}}};
  CHECK(csv_of(t, CsvDialect::excel_sv) ==
        "\xEF\xBB\xBF\"A;B\";B\r\n\"Run tests; switch\";Berg, Anna\r\n"
        "\"'=1+1\";\"say \"\"hi\"\"\"\r\n\"'+46 8 123 45 67\";-1.38\r\n");
  CHECK(csv_of(t, CsvDialect::rfc4180) ==
        "A;B,B\r\nRun tests; switch,\"Berg, Anna\"\r\n"
        "\"'=1+1\",\"say \"\"hi\"\"\"\r\n\"'+46 8 123 45 67\",-1.38\r\n");
}

TEST_CASE("a cell's Swedish Excel text comes from its value; text and dates keep their text") {
  CHECK(excel_sv_text(Cell("-1,234.5", CellType::amount, -1234.5, 2)) == "-1234,50");
  CHECK(excel_sv_text(Cell("100.0%", CellType::percent, 1, 1)) == "100,0%");
  CHECK(excel_sv_text(Cell("0.0", CellType::change, 0, 1)) == "0,0");
  CHECK(excel_sv_text(Cell("1.5")) == "1.5");
  CHECK(excel_sv_text(date_cell(*Date::parse("2026-01-02"))) == "2026-01-02");
}

TEST_CASE("neutralised() marks what a spreadsheet would run and leaves numbers and other text alone") {
  CHECK(neutralised("=SUM(A1)") == "'=SUM(A1)");
  CHECK(neutralised("@cmd") == "'@cmd");
  CHECK(neutralised("\tx") == "'\tx");
  CHECK(neutralised("-cmd") == "'-cmd");
  CHECK(neutralised("-1.38") == "-1.38");
  CHECK(neutralised("+0.10") == "+0.10");
  CHECK(neutralised("a=b") == "a=b");
  CHECK(neutralised("") == "");
}

TEST_CASE("rows of plain text convert to rows of cells and compare by their text") {
  Table t{{{"a", "A"}, {"b", "B"}}, {}};
  const std::vector<std::string> texts{"x", "7"};
  t.rows.push_back(texts);
  CHECK(t.rows[0] == texts);
  CHECK(t.rows[0][1].type == CellType::text);
  t.rows.push_back({"y", count_cell(7)});
  CHECK(t.rows[1] == std::vector<std::string>{"y", "7"});
  CHECK(t.rows[1][1].type == CellType::number);
  CHECK(t.rows[1][1].value == 7);
  CHECK_FALSE(t.rows[1] == std::vector<std::string>{"y"});
}
