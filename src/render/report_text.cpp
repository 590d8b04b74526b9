#include <algorithm>

#include "brm/model/text.hpp"
#include "brm/render/diagnostics.hpp"
#include "brm/render/report_doc.hpp"
#include "brm/util/display_width.hpp"

namespace brm {
namespace {

// Every text from the files goes out through visible(): none may move the cursor or
// colour the terminal (render_table_text does the same for tables).
void underlined(const std::string& title, char rule, std::ostream& out) {
  const auto shown = visible(title);
  out << shown << '\n' << std::string(display_width(shown), rule) << '\n';
}

void fields(const Fields& f, std::ostream& out) {
  std::size_t width = 0;
  for (const auto& item : f.items) width = std::max(width, display_width(visible(item.key)));
  for (const auto& item : f.items) {
    const auto shown = visible(item.key);
    out << shown << ':' << std::string(width - display_width(shown) + 2, ' ') << visible(one_line(item.text())) << '\n';
  }
}

struct BlockText {
  std::ostream& out;
  void operator()(const Paragraph& p) const { out << visible(p.text) << '\n'; }
  void operator()(const Fields& f) const { fields(f, out); }
  void operator()(const Outline& o) const {
    for (const auto& [depth, text] : o.items)
      out << std::string(2 * static_cast<std::size_t>(depth), ' ') << visible(text.text) << '\n';
  }
  void operator()(const NamedTable& t) const {
    if (!t.caption.empty()) out << visible(t.caption) << '\n';
    if (t.table.rows.empty() && !t.empty.empty())
      out << visible(t.empty) << '\n';
    else
      render_table_text(t.table, out);
  }
  void operator()(const Chart& c) const {
    out << visible(c.title) << '\n';
    render_table_text(chart_table(c), out);
  }
};

}  // namespace

void render_doc_text(const ReportDoc& doc, std::ostream& out) {
  underlined(doc.title, '=', out);
  for (const auto& line : doc.lead) out << visible(line) << '\n';
  for (const auto& s : doc.sections) {
    out << '\n';
    if (s.level <= 2)
      underlined(s.title, '-', out);
    else
      out << visible(s.title) << ":\n";
    bool first = true;
    for (const auto& b : s.blocks) {
      if (!in_text(b)) continue;
      if (!first) out << '\n';
      first = false;
      std::visit(BlockText{out}, b);
    }
  }
}

}  // namespace brm
