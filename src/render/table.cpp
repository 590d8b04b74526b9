#include "brm/render/table.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "brm/model/text.hpp"
#include "brm/render/diagnostics.hpp"
#include "brm/util/display_width.hpp"
#include "markdown.hpp"

namespace brm {

namespace {

std::string pad(const std::string& text, std::size_t width, bool right) {
  const auto w = display_width(text);
  const std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + text : text + fill;
}

}  // namespace

void render_table_text(Table t, std::ostream& out) {
  // Cells hold text from the files: shown with visible(), so none moves the cursor.
  for (auto& c : t.columns) c.header = visible(c.header);
  for (auto& row : t.rows)
    for (auto& cell : row) cell = visible(cell);
  std::vector<std::size_t> widths;
  for (const auto& c : t.columns) widths.push_back(display_width(c.header));
  for (const auto& row : t.rows)
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i]));
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      const bool last = i + 1 == t.columns.size();
      const auto& cell = i < cells.size() ? cells[i] : std::string();
      s += last && !t.columns[i].numeric ? cell : pad(cell, widths[i], t.columns[i].numeric);
      if (!last) s += "  ";
    }
    // Empty cells at the end of a row leave no spaces behind.
    s.erase(s.find_last_not_of(' ') + 1);
    out << s << '\n';
  };
  std::vector<std::string> headers;
  for (const auto& c : t.columns) headers.push_back(c.header);
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

// A cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab
// or a carriage return) gets a leading apostrophe and quotes, as OWASP advises against
// CSV injection: "=1+1" stays text, and so does a phone number "+46 8 123 45 67". A
// plain number ("-1.38") stays a number.
std::string csv_field(const std::string& s) {
  const bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos &&
                       !plain_number(s);
  if (!formula && s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string r = formula ? "\"'" : "\"";
  for (char c : s) r += c == '"' ? std::string("\"\"") : std::string(1, c);
  return r + "\"";
}

}  // namespace

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
      s.append(" ").append(markdown_text(i < row.size() ? row[i] : "", "<br>")).append(" |");
    out << s << '\n';
  }
}

void render_table_csv(const Table& t, std::ostream& out) {
  auto line = [&](auto&& cell_of) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) out << (i ? "," : "") << csv_field(cell_of(i));
    out << "\r\n";
  };
  line([&](std::size_t i) { return t.columns[i].header; });
  for (const auto& row : t.rows) line([&](std::size_t i) { return i < row.size() ? row[i] : std::string(); });
}

}  // namespace brm
