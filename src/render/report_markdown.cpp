#include "brm/render/report_doc.hpp"

namespace brm {
namespace {

/// Text from the records must not turn into emphasis, links or HTML when pasted into
/// a pull request; pipes and line breaks in tables are left to render_table_markdown.
std::string escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#')
      out += '\\';
    out += c;
  }
  return out;
}

Table escaped(Table t) {
  for (auto& c : t.columns) c.header = escaped(c.header);
  for (auto& row : t.rows)
    for (auto& cell : row) cell = escaped(cell);
  return t;
}

/// One line of a paragraph or list item: a line break inside would end it.
std::string one_line(const std::string& s) {
  std::string out = escaped(s);
  for (auto& c : out)
    if (c == '\n' || c == '\r') c = ' ';
  return out;
}

struct BlockMarkdown {
  std::ostream& out;
  void operator()(const Paragraph& p) const { out << one_line(p.text) << '\n'; }
  void operator()(const Fields& f) const {
    for (const auto& [key, value] : f.items) out << "- **" << one_line(key) << ":** " << one_line(value) << '\n';
  }
  void operator()(const Outline& o) const {
    for (const auto& [depth, text] : o.items)
      out << std::string(2 * static_cast<std::size_t>(depth), ' ') << "- " << one_line(text) << '\n';
  }
  void operator()(const NamedTable& t) const {
    if (!t.caption.empty()) out << "**" << one_line(t.caption) << "**\n\n";
    if (t.table.rows.empty() && !t.empty.empty())
      out << one_line(t.empty) << '\n';
    else
      render_table_markdown(escaped(t.table), out);
  }
  void operator()(const Chart& c) const {
    out << "**" << one_line(c.title) << "**\n\n";
    render_table_markdown(escaped(chart_table(c)), out);
  }
};

}  // namespace

void render_doc_markdown(const ReportDoc& doc, std::ostream& out) {
  out << "# " << one_line(doc.title) << '\n';
  for (const auto& line : doc.lead) out << '\n' << one_line(line) << '\n';
  for (const auto& s : doc.sections) {
    out << '\n' << std::string(static_cast<std::size_t>(s.level), '#') << ' ' << one_line(s.title) << '\n';
    for (const auto& b : s.blocks) {
      out << '\n';
      std::visit(BlockMarkdown{out}, b);
    }
  }
}

}  // namespace brm
