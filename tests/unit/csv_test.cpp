#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brm/workspace/csv_reader.hpp"

using brm::CsvTable;
using brm::read_csv;
using V = std::vector<std::string>;

namespace {

// Each row as "line: field|field", each problem as "line:column: message".
V rows_of(const CsvTable& t) {
  V out;
  for (const auto& r : t.rows) out.push_back(fmt::format("{}: {}", r.line, fmt::join(r.fields, "|")));
  return out;
}

V problems_of(const CsvTable& t) {
  V out;
  for (const auto& p : t.problems) out.push_back(fmt::format("{}:{}: {}", p.pos.line, p.pos.column, p.message));
  return out;
}

}  // namespace

TEST_CASE("the delimiter is the one the header line uses most") {
  CHECK(brm::detect_delimiter("customer;date;overall\n") == ';');
  CHECK(brm::detect_delimiter("customer,date,overall\n") == ',');
  CHECK(brm::detect_delimiter("customer\tdate\toverall\n") == '\t');
  CHECK(brm::detect_delimiter("\"a;b;c\",date\n") == ',');
  CHECK(brm::detect_delimiter("a,b\nc;d;e;f\n") == ',');
  CHECK(brm::detect_delimiter("\n\na;b\n") == ';');
  CHECK(brm::detect_delimiter("single\n") == ',');
}

TEST_CASE("a BOM, CRLF line ends and blank rows are handled; rows keep their line") {
  const auto t = read_csv(
      "\xEF\xBB\xBF"
      "customer;date\r\n\r\nfinance;2026-10-01\r\n;\r\n  \r\nwater;2026-10-02",
      {});
  CHECK(t.delimiter == ';');
  CHECK(rows_of(t) == V{"1: customer|date", "3: finance|2026-10-01", "6: water|2026-10-02"});
  CHECK(t.problems.empty());
}

TEST_CASE("quoted fields hold delimiters, doubled quotes and line breaks") {
  const auto t = read_csv("name,comments\n\"Berg, Anna\",\"Fast.\r\nBut \"\"slow\"\".\"\n  Lund , x \nLast,\"\"\n", {});
  CHECK(rows_of(t) == V{"1: name|comments", "2: Berg, Anna|Fast.\nBut \"slow\".", "4: Lund|x", "5: Last|"});
}

TEST_CASE("a tab-delimited file keeps empty fields between tabs") {
  const auto t = read_csv("a\tb\tc\n1\t\t3\n", '\t');
  CHECK(rows_of(t) == V{"1: a|b|c", "2: 1||3"});
}

TEST_CASE("an unterminated quote is reported where its row starts") {
  const auto t = read_csv("customer,date,overall\nfinance,2026-10-01,4\nwater,\"2026-10-01,3\nmore\n", {});
  CHECK(rows_of(t) == V{"1: customer|date|overall", "2: finance|2026-10-01|4"});
  CHECK(problems_of(t) == V{"3:2: a quoted field is never closed: its opening double quote has no partner before the "
                            "end of the file"});
}

TEST_CASE("a stray quote ends the reading at its field") {
  CHECK(problems_of(read_csv("a,b\nx,y\"z\nnext,row\n", {})) ==
        V{"2:2: a double quote inside a field that does not start with one; put the whole field in double quotes and "
          "write each quote inside it twice (\"\")"});
  CHECK(problems_of(read_csv("a,b\n\"x\"y,z\n", {})) ==
        V{"2:1: text after the closing double quote of a field; put the whole field in double quotes and write each "
          "quote inside it twice (\"\")"});
}

TEST_CASE("text that is not UTF-8 or holds control characters is reported at its field, and reading goes on") {
  const auto t = read_csv("name,comments\nAnna,\"ok\"\n\xC5sa,fine\nErik,\"a\x01z\"\nOlle,ok\n", {});
  CHECK(rows_of(t).size() == 5);
  CHECK(problems_of(t) ==
        V{"3:1: the text is not UTF-8; export the file as UTF-8 (often called \"CSV UTF-8\") and import it again",
          "4:2: the text holds the control character U+0001, which a record cannot hold"});
}
