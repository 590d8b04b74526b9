#include "brm/render/report_doc.hpp"
#include "brm/render/site.hpp"
#include "brm/util/i18n.hpp"
#include "html_escape.hpp"
#include "html_paper.hpp"
#include "html_style.hpp"
#include "svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

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

/// What a page of a site adds to a report: links, and the ids of the places others link
/// to (each only once on a page).
struct PageLinks {
  const SitePageLinks* site = nullptr;
  std::set<std::string> ids;

  /// ` id="..."` for the place of `r`, the first time only; "" outside a site.
  std::string place(const std::optional<Ref>& r) {
    if (!site || !r) return "";
    auto id = anchor_of(*r);
    return ids.insert(id).second ? fmt::format(" id=\"{}\"", html_escape(id)) : std::string();
  }
  /// The cell's text, linked to where its ref is shown unless that is `here` (its own place).
  std::string text(const Cell& c, const std::string& here = {}) const {
    if (!site || !c.ref || !site->href) return html_escape(c.text);
    const auto href = site->href(*c.ref);
    if (href.empty() || (!here.empty() && href == fmt::format("#{}", here))) return html_escape(c.text);
    return fmt::format("<a href=\"{}\">{}</a>", html_escape(href), html_escape(c.text));
  }
};

void table(const Table& t, const std::string& caption, PageLinks& links, std::ostream& out) {
  out << (paper_fit(t) == PaperFit::dense ? "<div class=\"table-wrap\"><table class=\"dense\">\n"
                                          : "<div class=\"table-wrap\"><table>\n");
  if (!caption.empty()) out << "<caption>" << html_escape(caption) << "</caption>\n";
  out << "<thead><tr>";
  for (const auto& c : t.columns)
    out << (c.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">") << html_escape(c.header) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    const auto* key = t.key_column && *t.key_column < row.size() ? &row[*t.key_column] : nullptr;
    const auto place = key ? links.place(key->ref) : std::string();
    const auto here = place.empty() ? std::string() : anchor_of(*key->ref);
    out << "<tr" << place << '>';
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      const Cell empty;
      const auto& cell = i < row.size() ? row[i] : empty;
      out << "<td" << cell_class(t.columns[i], cell.text) << '>' << links.text(cell, here) << "</td>";
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
void outline(const Outline& o, const PageLinks& links, std::ostream& out) {
  int depth = -1;
  for (const auto& [want, text] : o.items) {
    const int d = std::max(0, std::min(want, depth + 1));
    if (d > depth)
      out << (depth < 0 ? "<ul class=\"outline\">" : "<ul>");
    else
      out << "</li>";
    for (; depth > d; --depth) out << "</ul></li>";
    depth = d;
    out << "\n<li>" << links.text(text);
  }
  for (; depth >= 0; --depth) out << "</li></ul>";
  out << '\n';
}

struct BlockHtml {
  std::ostream& out;
  PageLinks& links;
  void operator()(const Paragraph& p) const { out << "<p>" << html_escape(p.text) << "</p>\n"; }
  void operator()(const Fields& f) const {
    out << "<dl class=\"fields\">\n";
    for (const auto& item : f.items) {
      out << "<dt>" << html_escape(item.key) << "</dt><dd>";
      for (std::size_t i = 0; i < item.parts.size(); ++i) out << (i ? ", " : "") << links.text(item.parts[i]);
      out << "</dd>\n";
    }
    out << "</dl>\n";
  }
  void operator()(const Outline& o) const { outline(o, links, out); }
  void operator()(const NamedTable& t) const {
    if (t.table.rows.empty() && !t.empty.empty()) {
      out << "<p class=\"empty\">";
      if (!t.caption.empty()) out << "<b>" << html_escape(t.caption) << ":</b> ";
      out << html_escape(t.empty) << "</p>\n";
    } else {
      table(t.table, t.caption, links, out);
    }
  }
  void operator()(const Chart& c) const {
    out << "<figure>\n" << svg_chart(c) << "\n<figcaption>" << html_escape(c.title) << "</figcaption>\n</figure>\n";
  }
};

/// The site's navigation: every main page, this one marked as the current one.
void navigation(const SitePageLinks& site, std::ostream& out) {
  out << "<nav class=\"site\" aria-label=\"" << html_escape(tr("Site")) << "\">\n<ul>\n";
  for (std::size_t i = 0; i < site.nav.size(); ++i)
    out << "<li><a href=\"" << html_escape(site.nav[i].second) << '"' << (i == site.current ? " class=\"current\"" : "")
        << '>' << html_escape(site.nav[i].first) << "</a></li>\n";
  out << "</ul>\n</nav>\n";
}

}  // namespace

void render_doc_html(const ReportDoc& doc, std::ostream& out, const SitePageLinks* site) {
  out << "<!DOCTYPE html>\n<html lang=\"" << code_of(language()) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << html_escape(doc.title) << "</title>\n";
  if (site)
    out << "<link rel=\"stylesheet\" href=\"" << html_escape(site->stylesheet) << "\">\n</head>\n<body>\n";
  else
    out << "<style>\n" << html_style() << "</style>\n</head>\n<body>\n";
  if (site) navigation(*site, out);
  out << "<main>\n<header>\n<h1>" << html_escape(doc.title) << "</h1>\n";
  for (const auto& line : doc.lead) out << "<p class=\"lead\">" << html_escape(line) << "</p>\n";
  out << "</header>\n";
  PageLinks links{site, {}};
  for (const auto& s : doc.sections) {
    out << (landscape(s) ? "<section class=\"landscape\"" : "<section") << links.place(s.about) << ">\n<h" << s.level
        << '>' << html_escape(s.title) << "</h" << s.level << ">\n";
    for (const auto& b : s.blocks) std::visit(BlockHtml{out, links}, b);
    out << "</section>\n";
  }
  out << "</main>\n";
  if (site && !site->footer.empty()) out << "<footer>" << html_escape(site->footer) << "</footer>\n";
  out << "</body>\n</html>\n";
}

}  // namespace brm
