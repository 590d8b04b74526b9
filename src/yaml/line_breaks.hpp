#pragma once
#include <cstddef>
#include <string>
#include <string_view>

// libyaml (YAML 1.1) ends a line at LF, CR, CR LF, NEL (U+0085), LS (U+2028) and
// PS (U+2029). Anything that edits a file by position must agree with it, or text
// after a lone CR would be taken for part of the line before it.
namespace brm::yaml {

/// The length of the line break that starts at `i`, or 0 when there is none.
inline std::size_t break_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  switch (byte(i)) {
    case '\n': return 1;
    case '\r': return byte(i + 1) == '\n' ? 2 : 1;
    case 0xC2: return byte(i + 1) == 0x85 ? 2 : 0;
    case 0xE2: return byte(i + 1) == 0x80 && (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9) ? 3 : 0;
    default: return 0;
  }
}

/// The length of the line break that ends just before `end`, or 0.
inline std::size_t break_before(std::string_view s, std::size_t end) {
  // CR LF is one break: look at the longest candidate first.
  for (std::size_t len = 3; len >= 1; --len)
    if (len <= end && break_at(s, end - len) == len) return len;
  return 0;
}

inline bool ends_with_break(std::string_view s, std::size_t end) { return break_before(s, end) > 0; }

/// The end of a block scalar's text: `end` (just after a line break) moved back over
/// the empty lines before it and the line break that ends the text, not before
/// `begin`. Spaces are not trimmed: in a block they are text, or indentation.
inline std::size_t before_final_break(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const auto n = break_before(s, end);
    if (!n || end - n < begin) break;
    end -= n;
    if (!ends_with_break(s, end)) break;  // the line before was not empty: this break ends the text
  }
  return end;
}

/// Where the line holding `from` ends: at its line break, or at s.size().
inline std::size_t line_end(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i)
    if (break_at(s, i)) return i;
  return s.size();
}

/// The start of the line after the one holding `from`, or s.size() on the last line.
inline std::size_t next_line(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i)
    if (const auto n = break_at(s, i)) return i + n;
  return s.size();
}

/// The line break a file uses, taken from its first line: new lines follow it.
/// NEL, LS and PS are accepted where they stand but never written.
inline std::string line_ending_of(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (const auto n = break_at(s, i)) return s[i] == '\r' ? std::string(s.substr(i, n)) : "\n";
  return "\n";
}

}  // namespace brm::yaml
