#include "brm/render/table.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "brm/model/number.hpp"
#include "brm/model/text.hpp"
#include "brm/render/diagnostics.hpp"
#include "brm/util/display_width.hpp"
#include "markdown.hpp"

namespace brm {

Cell count_cell(long long n) { return {std::to_string(n), CellType::number, static_cast<double>(n)}; }

Cell date_cell(Date d) { return {d.str(), CellType::date, static_cast<double>(d.days())}; }

Row::Row(const std::vector<std::string>& texts) : std::vector<Cell>(texts.begin(), texts.end()) {}

bool operator==(const Row& row, const std::vector<std::string>& texts) {
  return std::equal(row.begin(), row.end(), texts.begin(), texts.end(),
                    [](const Cell& c, const std::string& t) { return c.text == t; });
}

namespace {

std::string pad(const std::string& text, std::size_t width, bool right) {
  const auto w = display_width(text);
  const std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + text : text + fill;
}

}  // namespace

void render_table_text(Table t, std::ostream& out) {
  // Cells hold text from the files: shown with visible(), so none moves the cursor, and on
  // one line with its runs of white space as one space (a tab would break the columns).
  for (auto& c : t.columns) c.header = visible(c.header);
  for (auto& row : t.rows)
    for (auto& cell : row) cell.text = visible(one_line(cell.text));
  std::vector<std::size_t> widths;
  for (const auto& c : t.columns) widths.push_back(display_width(c.header));
  for (const auto& row : t.rows)
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i].text));
  auto line = [&](const Row& cells) {
    std::string s;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      const bool last = i + 1 == t.columns.size();
      const auto& cell = i < cells.size() ? cells[i].text : std::string();
      s += last && !t.columns[i].numeric ? cell : pad(cell, widths[i], t.columns[i].numeric);
      if (!last) s += "  ";
    }
    // Empty cells at the end of a row leave no spaces behind.
    s.erase(s.find_last_not_of(' ') + 1);
    out << s << '\n';
  };
  Row headers;
  for (const auto& c : t.columns) headers.emplace_back(c.header);
  line(headers);
  for (const auto& row : t.rows) line(row);
}

namespace {

/// A plain number ("-3", "+0.10", "12.5"): a spreadsheet may read it as one.
bool plain_number(const std::string& s) {
  std::size_t i = s[0] == '-' || s[0] == '+' ? 1 : 0;
  const auto digits = s.find_first_not_of("0123456789.", i);
  return digits == std::string::npos && i < s.size() && std::count(s.begin(), s.end(), '.') <= 1;
}

/// `text` quoted when it holds the separator, a quote or a line break, or when
/// `quote` says so.
std::string quoted(const std::string& text, char separator, bool quote) {
  if (!quote && text.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string::npos) return text;
  std::string r = "\"";
  for (char c : text) r += c == '"' ? std::string("\"\"") : std::string(1, c);
  return r + "\"";
}

// A neutralised cell (see neutralised()) is quoted as well, as it always was: "=1+1"
// stays text, and so does a phone number "+46 8 123 45 67". A plain number ("-1.38")
// stays a number.
std::string csv_field(const Cell& c, CsvDialect dialect) {
  if (dialect == CsvDialect::excel_sv && c.type != CellType::text && c.type != CellType::date) return excel_sv_text(c);
  // A figure brm computed ("+0,20" in Swedish) is no formula; only text from the files can be.
  const auto text = c.type == CellType::text ? neutralised(printable(c.text, TextLines::many)) : c.text;
  return quoted(text, dialect == CsvDialect::excel_sv ? ';' : ',', text.size() != c.text.size());
}

/// `v` with `decimals` decimals (as many as it has when negative) and a decimal comma.
std::string decimal_comma(double v, int decimals) {
  auto text = decimals < 0 ? fmt::format("{}", v) : fixed(v, decimals);
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

}  // namespace

std::string neutralised(const std::string& text) {
  const bool formula =
      !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos && !plain_number(text);
  return formula ? "'" + text : text;
}

std::string excel_sv_text(const Cell& c) {
  switch (c.type) {
    case CellType::number:
    case CellType::change:
    case CellType::amount:
      return decimal_comma(c.value, c.decimals);
    case CellType::percent:
      return decimal_comma(c.value * 100, c.decimals) + "%";
    case CellType::text:
    case CellType::date:
      break;
  }
  return c.text;
}

void render_table_markdown(const Table& t, std::ostream& out) {
  std::string head = "|", rule = "|";
  for (const auto& c : t.columns) {
    head.append(" ").append(markdown_text(c.header, "<br>")).append(" |");
    rule += c.numeric ? "---:|" : "---|";
  }
  out << head << '\n' << rule << '\n';
  for (const auto& row : t.rows) {
    std::string s = "|";
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      s.append(" ").append(markdown_text(i < row.size() ? row[i].text : "", "<br>")).append(" |");
    out << s << '\n';
  }
}

void render_table_csv(const Table& t, std::ostream& out, CsvDialect dialect) {
  const char* separator = dialect == CsvDialect::excel_sv ? ";" : ",";
  // The byte order mark tells Excel the file is UTF-8, so "Åsa" is not read as "Ã…sa".
  if (dialect == CsvDialect::excel_sv) out << "\xEF\xBB\xBF";
  auto line = [&](auto&& cell_of) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) out << (i ? separator : "") << csv_field(cell_of(i), dialect);
    out << "\r\n";
  };
  line([&](std::size_t i) { return Cell(t.columns[i].header); });
  for (const auto& row : t.rows) line([&](std::size_t i) { return i < row.size() ? row[i] : Cell(); });
}

}  // namespace brm
