#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace brm {

struct Column {
  std::string key;     // JSON field name
  std::string header;  // shown in text, Markdown and CSV
  bool numeric = false;  // right-aligned; a number in JSON
};

/// A computed table, ready for any renderer. Cells are already formatted text;
/// an empty cell in a numeric column is null in JSON.
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
};

/// Columns aligned by display width (so "Åsa Öberg" and CJK names line up).
void render_table_text(Table t, std::ostream& out);
/// A GitHub-flavoured Markdown table; pipes in cells are escaped.
void render_table_markdown(const Table& t, std::ostream& out);
/// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
void render_table_csv(const Table& t, std::ostream& out);

}  // namespace brm
