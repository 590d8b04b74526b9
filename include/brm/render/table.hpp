#pragma once
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <optional>

#include "brm/model/date.hpp"
#include "brm/model/enums.hpp"
#include "brm/model/kinds.hpp"

namespace brm {

struct Column {
  std::string key;       // JSON field name
  std::string header;    // shown in text, Markdown and CSV
  bool numeric = false;  // right-aligned; a number in JSON
};

/// What a cell holds besides its text, so that a workbook (and CSV meant for a
/// spreadsheet) keeps numbers as numbers and dates as dates. Text, Markdown, HTML and
/// plain CSV show only the text.
enum class CellType {
  text,
  number,   // `value`, shown with `decimals` decimals (negative: as many as it has)
  amount,   // money: `value` with thousands grouped; `decimals` 0 (whole) or 2
  change,   // a difference: `value` with its sign and `decimals` decimals
  percent,  // a share: `value` is the fraction (0.857 for "85.7%"), `decimals` of the percentage
  date,     // `value` is the day, counted from 1970-01-01
};

/// What a piece of a report names, so that a page of a site (render/site.hpp) can link
/// it to where that is shown: a record by kind and id, or the review's findings about a
/// customer. A report on its own shows only the text.
struct Ref {
  enum class To : unsigned char { record, findings };
  Kind kind = Kind::config;
  std::string id;
  To to = To::record;
  friend auto operator<=>(const Ref&, const Ref&) = default;
};

/// A record as a Ref.
inline Ref ref_to(Kind kind, std::string id) { return {kind, std::move(id), Ref::To::record}; }

/// One table cell: the text every format shows and, for a spreadsheet, what it holds.
/// It converts from text, so a layout that has only text writes it as before; typed
/// cells come from the report's formatting helpers (render/report_format.hpp).
struct Cell {
  std::string text;
  CellType type = CellType::text;
  double value = 0;  // as the text shows it: rounded to its decimals
  int decimals = 0;
  std::optional<Ref> ref = {};  // what the cell names, for a site to link

  Cell() = default;
  Cell(std::string t) : text(std::move(t)) {}  // NOLINT(google-explicit-constructor): text is a cell
  Cell(const char* t) : text(t) {}             // NOLINT(google-explicit-constructor)
  Cell(std::string t, CellType type_, double value_, int decimals_ = 0)
      : text(std::move(t)), type(type_), value(value_), decimals(decimals_) {}

  /// Reads as its text wherever text is wanted (widths, escaping, wrapping).
  operator std::string_view() const { return text; }  // NOLINT(google-explicit-constructor)
  friend bool operator==(const Cell&, const Cell&) = default;
};

/// The cell, naming `ref`.
inline Cell linked(Cell c, Ref ref) {
  c.ref = std::move(ref);
  return c;
}
/// A cell naming the record `kind`/`id`.
inline Cell linked(Cell c, Kind kind, std::string id) { return linked(std::move(c), ref_to(kind, std::move(id))); }

/// A count: "12", the number 12 in a workbook.
Cell count_cell(long long n);
/// A day: "2026-11-23", a date in a workbook.
Cell date_cell(Date d);

/// A table row. A row of plain text converts to it, so code that builds rows of
/// strings keeps working.
struct Row : std::vector<Cell> {
  using std::vector<Cell>::vector;
  Row() = default;
  Row(const std::vector<std::string>& texts);  // NOLINT(google-explicit-constructor)
  /// Whether the row's texts are `texts`, whatever the cells hold besides.
  friend bool operator==(const Row& row, const std::vector<std::string>& texts);
};

/// A computed table, ready for any renderer. Cells are already formatted text, typed
/// for a spreadsheet; an empty cell in a numeric column is null in JSON.
struct Table {
  std::vector<Column> columns;
  std::vector<Row> rows;
  /// The column whose cell's ref names the record each row is about: on a site's page
  /// the row is that record's place, which links elsewhere lead to.
  std::optional<std::size_t> key_column = {};
};

/// How CSV is written. `rfc4180`: commas, dots in numbers, cells as the text report
/// writes them. `excel_sv`: what Excel reads with Swedish settings: a UTF-8 byte order
/// mark, semicolons, numbers without thousands separators and with a decimal comma.
/// Both end lines with CRLF and neutralise cells a spreadsheet would run as formulas.
enum class CsvDialect { rfc4180, excel_sv };
template <>
struct EnumNames<CsvDialect> {
  static constexpr auto names = std::to_array<std::string_view>({"rfc4180", "excel-sv"});
};

/// Columns aligned by display width (so "Åsa Öberg" and CJK names line up).
void render_table_text(Table t, std::ostream& out);
/// A GitHub-flavoured Markdown table; pipes in cells are escaped.
void render_table_markdown(const Table& t, std::ostream& out);
/// RFC 4180 by default: CRLF line ends, fields quoted when they hold the separator, a
/// quote or a line break.
void render_table_csv(const Table& t, std::ostream& out, CsvDialect dialect = CsvDialect::rfc4180);

/// A cell a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a
/// carriage return, unless it is a plain number) with a leading apostrophe, as OWASP
/// advises; any other text as it is. CSV and workbooks both write text cells so.
std::string neutralised(const std::string& text);

/// A number cell as Excel with Swedish settings reads it: "2460000", "3,73", "-0,50",
/// "85,7%"; other cells as their text.
std::string excel_sv_text(const Cell& c);

}  // namespace brm
