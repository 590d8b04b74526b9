#include "brm/render/report_doc.hpp"
#include "markdown.hpp"

namespace brm {
namespace {

/// One line of a paragraph, heading or list item: a line break inside would end it.
std::string inline_text(const std::string& s) { return markdown_text(s, " "); }

struct BlockMarkdown {
  std::ostream& out;
  void operator()(const Paragraph& p) const { out << markdown_line(p.text) << '\n'; }
  void operator()(const Fields& f) const {
    for (const auto& item : f.items)
      out << "- **" << inline_text(item.key) << ":** " << inline_text(item.text()) << '\n';
  }
  void operator()(const Outline& o) const {
    for (const auto& [depth, text] : o.items)
      out << std::string(2 * static_cast<std::size_t>(depth), ' ') << "- " << inline_text(text.text) << '\n';
  }
  void operator()(const NamedTable& t) const {
    if (!t.caption.empty()) out << "**" << inline_text(t.caption) << "**\n\n";
    if (t.table.rows.empty() && !t.empty.empty())
      out << inline_text(t.empty) << '\n';
    else
      render_table_markdown(t.table, out);
  }
  void operator()(const Chart& c) const {
    out << "**" << inline_text(c.title) << "**\n\n";
    render_table_markdown(chart_table(c), out);
  }
};

}  // namespace

void render_doc_markdown(const ReportDoc& doc, std::ostream& out) {
  out << "# " << inline_text(doc.title) << '\n';
  for (const auto& line : doc.lead) out << '\n' << markdown_line(line) << '\n';
  for (const auto& s : doc.sections) {
    out << '\n' << std::string(static_cast<std::size_t>(s.level), '#') << ' ' << inline_text(s.title) << '\n';
    for (const auto& b : s.blocks) {
      if (!in_text(b)) continue;
      out << '\n';
      std::visit(BlockMarkdown{out}, b);
    }
  }
}

}  // namespace brm
