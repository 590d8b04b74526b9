#include "html_paper.hpp"

#include <algorithm>

#include "brm/util/display_width.hpp"

namespace brm {
namespace {

// Widths in characters of the table's type size on paper (9 pt on a portrait page
// 186 mm wide, 8 pt on a landscape one 273 mm wide), with a margin for wide letters,
// and what each cell's padding takes.
constexpr std::size_t portrait_chars = 100;
constexpr std::size_t landscape_chars = 185;
constexpr std::size_t cell_padding = 2;

std::size_t column_width(const Table& t, std::size_t i) {
  std::size_t width = unbroken_width(t.columns[i].header, true);
  for (const auto& row : t.rows) {
    if (i >= row.size()) continue;
    const bool wrapping = !t.columns[i].numeric && wraps(row[i]);
    width = std::max(width, std::min(unbroken_width(row[i], wrapping), long_run));
  }
  return width + cell_padding;
}

}  // namespace

bool wraps(std::string_view text) { return text.find(' ') != std::string_view::npos; }

std::size_t unbroken_width(std::string_view text, bool wraps) {
  if (!wraps) return display_width(text);
  std::size_t widest = 0;
  for (std::size_t start = 0; start <= text.size();) {
    const auto end = std::min(text.find(' ', start), text.size());
    widest = std::max(widest, display_width(text.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

PaperFit paper_fit(const Table& table) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < table.columns.size(); ++i) width += column_width(table, i);
  if (width <= portrait_chars) return PaperFit::portrait;
  return width <= landscape_chars ? PaperFit::landscape : PaperFit::dense;
}

}  // namespace brm
