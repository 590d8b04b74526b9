#include <algorithm>

#include "brm/render/diagnostics.hpp"
#include "brm/render/report_doc.hpp"
#include "brm/util/display_width.hpp"

namespace brm {
namespace {

void underlined(const std::string& title, char rule, std::ostream& out) {
  out << title << '\n' << std::string(display_width(title), rule) << '\n';
}

void fields(const Fields& f, std::ostream& out) {
  std::size_t width = 0;
  for (const auto& [key, value] : f.items) width = std::max(width, display_width(key));
  for (const auto& [key, value] : f.items)
    out << key << ':' << std::string(width - display_width(key) + 2, ' ') << value << '\n';
}

struct BlockText {
  std::ostream& out;
  void operator()(const Paragraph& p) const { out << p.text << '\n'; }
  void operator()(const Fields& f) const { fields(f, out); }
  void operator()(const Outline& o) const {
    for (const auto& [depth, text] : o.items)
      out << std::string(2 * static_cast<std::size_t>(depth), ' ') << text << '\n';
  }
  void operator()(const NamedTable& t) const {
    if (!t.caption.empty()) out << t.caption << '\n';
    if (t.table.rows.empty() && !t.empty.empty())
      out << t.empty << '\n';
    else
      render_table_text(t.table, out);
  }
  void operator()(const Chart& c) const {
    out << c.title << '\n';
    render_table_text(chart_table(c), out);
  }
};

}  // namespace

void render_doc_text(const ReportDoc& doc, std::ostream& out) {
  underlined(doc.title, '=', out);
  for (const auto& line : doc.lead) out << line << '\n';
  for (const auto& s : doc.sections) {
    out << '\n';
    if (s.level <= 2)
      underlined(s.title, '-', out);
    else
      out << s.title << ":\n";
    bool first = true;
    for (const auto& b : s.blocks) {
      if (!first) out << '\n';
      first = false;
      std::visit(BlockText{out}, b);
    }
  }
}

}  // namespace brm
