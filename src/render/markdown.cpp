#include "markdown.hpp"

#include "brm/model/text.hpp"

namespace brm {
namespace {

/// Where a line would start a list item ("- x", "+ x", "1. x", "2) x"): the marker
/// character to escape, or npos.
std::size_t list_marker_at(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  if (first == std::string_view::npos) return first;
  if (line[first] == '-' || line[first] == '+') return first;
  const auto after_digits = line.find_first_not_of("0123456789", first);
  if (after_digits == first || after_digits == std::string_view::npos) return std::string_view::npos;
  return line[after_digits] == '.' || line[after_digits] == ')' ? after_digits : std::string_view::npos;
}

std::string escaped(std::string_view text, std::string_view line_break, bool line_start) {
  // Anywhere: what starts emphasis, code, links, images, HTML, entities, headings or
  // cells. '(' needs no escape once '[' and ']' have one; '-', '+' and '.' matter only
  // where they would start a list.
  static constexpr std::string_view special = "\\`*_[]<>#!|~&";
  std::string out;
  for (std::size_t start = 0; start <= text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (start > 0) out += line_break;
    const auto shown = visible(line);
    const auto marker = line_start && start == 0 ? list_marker_at(shown) : std::string_view::npos;
    for (std::size_t i = 0; i < shown.size(); ++i) {
      if (special.find(shown[i]) != std::string_view::npos || i == marker) out += '\\';
      out += shown[i];
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string markdown_text(std::string_view text, std::string_view line_break) {
  return escaped(text, line_break, false);
}

std::string markdown_line(std::string_view text) { return escaped(text, " ", true); }

}  // namespace brm
