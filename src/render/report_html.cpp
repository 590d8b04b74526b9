#include "brm/render/report_doc.hpp"
#include "brm/util/i18n.hpp"
#include "html_escape.hpp"
#include "html_paper.hpp"
#include "html_style.hpp"
#include "svg_chart.hpp"

#include <algorithm>

namespace brm {
namespace {

/// A cell of one word (a date, an id, an e-mail address) is never broken at its hyphens
/// on screen; on paper, a run longer than `long_run` may break anywhere.
std::string cell_class(const Column& c, const std::string& text) {
  const bool wrapping = !c.numeric && wraps(text);
  std::string classes = c.numeric ? "num" : wrapping ? "" : "word";
  if (unbroken_width(text, wrapping) > long_run) classes += classes.empty() ? "long" : " long";
  return classes.empty() ? classes : " class=\"" + classes + '"';
}

void table(const Table& t, const std::string& caption, std::ostream& out) {
  out << (paper_fit(t) == PaperFit::dense ? "<div class=\"table-wrap\"><table class=\"dense\">\n"
                                          : "<div class=\"table-wrap\"><table>\n");
  if (!caption.empty()) out << "<caption>" << html_escape(caption) << "</caption>\n";
  out << "<thead><tr>";
  for (const auto& c : t.columns)
    out << (c.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">") << html_escape(c.header) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out << "<tr>";
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      const auto& text = i < row.size() ? row[i].text : std::string();
      out << "<td" << cell_class(t.columns[i], text) << '>' << html_escape(text) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table></div>\n";
}

/// A section with a table too wide for a portrait page is printed on landscape pages,
/// its heading and explanation with it.
bool landscape(const Section& s) {
  return std::any_of(s.blocks.begin(), s.blocks.end(), [](const Block& b) {
    const auto* t = std::get_if<NamedTable>(&b);
    return t && !t->table.rows.empty() && paper_fit(t->table) != PaperFit::portrait;
  });
}

/// Nested lists from depths; a jump of more than one level down is taken as one.
void outline(const Outline& o, std::ostream& out) {
  int depth = -1;
  for (const auto& [want, text] : o.items) {
    const int d = std::max(0, std::min(want, depth + 1));
    if (d > depth)
      out << (depth < 0 ? "<ul class=\"outline\">" : "<ul>");
    else
      out << "</li>";
    for (; depth > d; --depth) out << "</ul></li>";
    depth = d;
    out << "\n<li>" << html_escape(text);
  }
  for (; depth >= 0; --depth) out << "</li></ul>";
  out << '\n';
}

struct BlockHtml {
  std::ostream& out;
  void operator()(const Paragraph& p) const { out << "<p>" << html_escape(p.text) << "</p>\n"; }
  void operator()(const Fields& f) const {
    out << "<dl class=\"fields\">\n";
    for (const auto& [key, value] : f.items)
      out << "<dt>" << html_escape(key) << "</dt><dd>" << html_escape(value) << "</dd>\n";
    out << "</dl>\n";
  }
  void operator()(const Outline& o) const { outline(o, out); }
  void operator()(const NamedTable& t) const {
    if (t.table.rows.empty() && !t.empty.empty()) {
      out << "<p class=\"empty\">";
      if (!t.caption.empty()) out << "<b>" << html_escape(t.caption) << ":</b> ";
      out << html_escape(t.empty) << "</p>\n";
    } else {
      table(t.table, t.caption, out);
    }
  }
  void operator()(const Chart& c) const {
    out << "<figure>\n" << svg_chart(c) << "\n<figcaption>" << html_escape(c.title) << "</figcaption>\n</figure>\n";
  }
};

}  // namespace

void render_doc_html(const ReportDoc& doc, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"" << code_of(language()) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << html_escape(doc.title) << "</title>\n<style>\n"
      << html_style() << "</style>\n</head>\n<body>\n<main>\n<header>\n<h1>" << html_escape(doc.title) << "</h1>\n";
  for (const auto& line : doc.lead) out << "<p class=\"lead\">" << html_escape(line) << "</p>\n";
  out << "</header>\n";
  for (const auto& s : doc.sections) {
    out << (landscape(s) ? "<section class=\"landscape\">\n<h" : "<section>\n<h") << s.level << '>'
        << html_escape(s.title) << "</h" << s.level << ">\n";
    for (const auto& b : s.blocks) std::visit(BlockHtml{out}, b);
    out << "</section>\n";
  }
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace brm
