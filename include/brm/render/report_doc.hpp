#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "brm/render/table.hpp"

namespace brm {

// A report laid out for reading: headings, short texts, tables and charts whose cells
// are already formatted. Each report kind lays its computed value out once
// (render/report_layouts.hpp); the text, Markdown, HTML and CSV renderers below only
// put the pieces on the page, so every format shows the same figures.

struct Paragraph {
  std::string text;
};

/// A labelled value; a value of several parts (each may name a record) is shown with
/// the parts separated by commas.
struct Labelled {
  std::string key;
  std::vector<Cell> parts;
  std::string text() const;
};

/// Labelled values, such as a person's contact details.
struct Fields {
  std::vector<Labelled> items;
  void add(std::string key, Cell value);
  void add(std::string key, std::vector<Cell> parts);
};

/// An indented list, such as the customer hierarchy.
struct Outline {
  std::vector<std::pair<int, Cell>> items;  // depth (0 at the top), text
};

/// A table with the name `--table` picks it by for CSV.
struct NamedTable {
  std::string name;
  Table table;
  std::string empty = {};    // said instead of the table when it has no rows
  std::string caption = {};  // shown above it when a section holds several tables
};

/// Values over time. HTML draws it as an SVG chart; the other formats show its data
/// as a table (labels down, series across), which CSV can pick by name.
struct Chart {
  enum class Style { bars, lines };
  std::string name, title;
  std::string axis;  // what the labels are, e.g. "Month"
  Style style = Style::bars;
  std::vector<std::string> labels;
  std::vector<std::string> series;                         // one name per series, as shown
  std::vector<std::string> series_keys;                    // their keys in chart_table; the names when empty
  std::vector<std::vector<std::optional<double>>> values;  // [series][label]
  std::optional<double> y_min, y_max;                      // the axis; from the data when not set
  int decimals = 0;                                        // how values are written in tables
  bool figure_only = false;  // its data is in a table beside it: text and Markdown leave it out
};

using Block = std::variant<Paragraph, Fields, Outline, NamedTable, Chart>;

/// Whether text and Markdown show the block: all but a chart whose data a table beside
/// it already shows.
inline bool in_text(const Block& b) {
  const auto* c = std::get_if<Chart>(&b);
  return !c || !c->figure_only;
}

struct Section {
  std::string title;
  std::vector<Block> blocks;
  int level = 2;                  // 2 for a section, 3 for a part of one
  std::optional<Ref> about = {};  // what the section is about: on a site, its place
};

/// A section of `blocks`, each moved in: a braced list would copy every table.
template <class... B>
Section section(std::string title, B&&... blocks) {
  Section s{std::move(title), {}};
  s.blocks.reserve(sizeof...(B));
  (s.blocks.emplace_back(std::forward<B>(blocks)), ...);
  return s;
}

struct ReportDoc {
  std::string title;
  std::vector<std::string> lead;  // what the report covers: organization, as-of, period
  std::vector<Section> sections;
  std::string main_table = {};  // what CSV writes without --table; the first table when empty
};

/// The table CSV writes for `name` (a table or a chart's data); the main table when
/// `name` is empty; nullopt when there is no such table.
std::optional<Table> find_table(const ReportDoc& doc, const std::string& name);
/// The names `--table` accepts for this report, in order.
std::vector<std::string> table_names(const ReportDoc& doc);
/// A chart's data as a table: one row per label, one column per series.
Table chart_table(const Chart& c);

/// Plain text: headings underlined, tables aligned by display width.
void render_doc_text(const ReportDoc& doc, std::ostream& out);
/// GitHub-flavoured Markdown, for pull-request comments and wikis.
void render_doc_markdown(const ReportDoc& doc, std::ostream& out);
struct SitePageLinks;
/// One self-contained HTML page: inline CSS and SVG, no scripts, readable printed.
/// With `site`, a page of a site instead: the site's style sheet and navigation, and
/// the refs of cells, fields and outlines linked where the site shows them.
void render_doc_html(const ReportDoc& doc, std::ostream& out, const SitePageLinks* site = nullptr);

}  // namespace brm
