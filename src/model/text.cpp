#include "brm/model/text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <cstdint>
#include <vector>

namespace brm {
namespace {

// Letters that Unicode decomposition does not fold to ASCII on its own.
std::string_view special_fold(utf8proc_int32_t cp) {
  switch (cp) {
    case U'ß':
      return "ss";
    case U'æ':
    case U'Æ':
      return "ae";
    case U'ø':
    case U'Ø':
      return "o";
    case U'œ':
    case U'Œ':
      return "oe";
    case U'ð':
    case U'Ð':
      return "d";
    case U'þ':
    case U'Þ':
      return "th";
    case U'ł':
    case U'Ł':
      return "l";
    default:
      return {};
  }
}

// Appends the ASCII letters and digits that `cp` folds to, or a separator.
void fold(utf8proc_int32_t cp, std::string& out) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else
      out += '-';
    return;
  }
  if (auto s = special_fold(cp); !s.empty()) {
    out += s;
    return;
  }
  utf8proc_int32_t parts[4];
  const auto n = utf8proc_decompose_char(cp, parts, 4, UTF8PROC_DECOMPOSE, nullptr);
  if (n > 0 && parts[0] < 0x80)
    fold(parts[0], out);
  else
    out += '-';
}

}  // namespace

std::string slugify(std::string_view text, std::size_t max) {
  std::string raw;
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) n = 1, cp = '-';
    fold(cp, raw);
    i += static_cast<std::size_t>(n);
  }
  std::string slug;
  for (char c : raw)
    if (c != '-' || (!slug.empty() && slug.back() != '-')) slug += c;
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.size() > max) {
    slug.resize(max);
    if (const auto cut = slug.rfind('-'); cut != std::string::npos && cut > max / 2) slug.resize(cut);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
  }
  return slug;
}

namespace {

/// Unicode white space as .NET's Char.IsWhiteSpace knows it, which the runner's
/// TrimStart() skips before looking for "::" (tests/ci/runner_commands.py).
bool white_space(utf8proc_int32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/// What ICU's root collation ignores, and so the runner's culture-sensitive IndexOf and
/// StartsWith skip: "#\u00AD#[" is "##[" to it. Controls, format characters (soft hyphen,
/// zero-width and bidi marks, BOM) but the few that weigh, variation selectors.
bool ignorable(utf8proc_int32_t cp) {
  if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x034F ||
      (cp >= 0x180B && cp <= 0x180F))
    return true;
  const auto cat = utf8proc_category(cp);
  if (cat == UTF8PROC_CATEGORY_CC) return !white_space(cp);
  if (cat != UTF8PROC_CATEGORY_CF) return false;
  return !((cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F || cp == 0x0890 || cp == 0x0891 ||
           cp == 0x08E2 || cp == 0x110BD || cp == 0x110CD);
}

struct CodePoint {
  utf8proc_int32_t cp;
  std::size_t at, size;
};

std::vector<CodePoint> code_points(std::string_view text) {
  std::vector<CodePoint> out;
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) n = 1, cp = -1;
    out.push_back({cp, i, static_cast<std::size_t>(n)});
    i += static_cast<std::size_t>(n);
  }
  return out;
}

/// The index of the next code point after `i` that is not ignorable.
std::size_t next_weighed(const std::vector<CodePoint>& cps, std::size_t i) {
  ++i;
  while (i < cps.size() && ignorable(cps[i].cp)) ++i;
  return i;
}

bool is_at(const std::vector<CodePoint>& cps, std::size_t i, char c) { return i < cps.size() && cps[i].cp == c; }

/// The escapes of control characters: `keep_lf` leaves line feeds as they are.
std::string escape_controls(std::string_view text, bool keep_lf) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (c == '\n')
      out += keep_lf ? "\n" : "\\n";
    else if (c == '\r')
      out += "\\r";
    else if ((c < 0x20 && c != '\t') || c == 0x7f)
      out += fmt::format("\\x{:02x}", c);
    else if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
      out += fmt::format("\\u{:04x}", next), ++i;  // C1
    else if (text.substr(i, 3) == "\xE2\x80\xA8" || text.substr(i, 3) == "\xE2\x80\xA9")
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029", i += 2;
    else
      out += static_cast<char>(c);
  }
  return out;
}

}  // namespace

std::string neutralise_commands(std::string text) {
  if (text.find('#') == std::string::npos && text.find(':') == std::string::npos) return text;
  const auto cps = code_points(text);
  std::vector<std::pair<std::size_t, std::string_view>> escapes;  // code point index, escape
  bool line_start = true;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const auto cp = cps[i].cp;
    if (cp == '#') {
      const auto second = next_weighed(cps, i);
      if (is_at(cps, second, '#') && is_at(cps, next_weighed(cps, second), '[')) escapes.emplace_back(second, "\\x23");
    } else if (cp == ':' && line_start && is_at(cps, next_weighed(cps, i), ':')) {
      escapes.emplace_back(i, "\\x3a");
    }
    if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85)
      line_start = true;
    else if (!white_space(cp) && !ignorable(cp))
      line_start = false;
  }
  if (escapes.empty()) return text;
  std::string out;
  out.reserve(text.size() + 4 * escapes.size());
  std::size_t done = 0;
  for (const auto& [index, escape] : escapes) {
    out.append(text, done, cps[index].at - done);
    out += escape;
    done = cps[index].at + cps[index].size;
  }
  out.append(text, done, std::string::npos);
  return out;
}

std::string visible(std::string_view text) { return neutralise_commands(escape_controls(text, false)); }

std::string printable(std::string_view text, TextLines lines) {
  return neutralise_commands(escape_controls(text, lines == TextLines::many));
}

bool is_one_line(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() == ' ' || text.back() == ' ') return false;
  if (text.find_first_of("\n\t\r") != std::string_view::npos) return false;
  return text.find("  ") == std::string_view::npos;
}

std::string one_line(std::string_view text) {
  // Every record's every field passes through here; copying in one piece what needs no
  // change saves the growing of a string a character at a time.
  if (is_one_line(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool gap = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += c;
  }
  return out;
}

namespace {

struct Refused {
  std::string_view what;  // empty: accepted
  bool line_break = false;
};

Refused refused(utf8proc_int32_t cp, TextLines lines) {
  if (cp == '\t' || (cp == '\n' && lines == TextLines::many)) return {};
  switch (cp) {
    case '\n':
      return {"a line break", true};
    case '\r':
      return {"a carriage return", true};
    case 0x85:
      return {"a next-line character (NEL)", true};
    case 0x2028:
      return {"a line separator", true};
    case 0x2029:
      return {"a paragraph separator", true};
    case 0xFEFF:
      return {"a byte order mark"};
    case 0xFFFE:
    case 0xFFFF:
      return {"a noncharacter"};
    default:
      break;
  }
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return {"a control character"};
  return {};
}

std::string_view advice(const Refused& r, TextLines lines) {
  if (lines == TextLines::one)
    return r.line_break ? "it must be one line of text" : "it may hold tabs, but no other control characters";
  return r.line_break ? "break lines with line feeds (\\n) only"
                      : "text may hold tabs and line breaks, but no other control characters";
}

}  // namespace

std::string check_text_value(std::string_view text, TextLines lines) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++chars) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0)
      return fmt::format("is not valid UTF-8 (byte 0x{:02X} at character {})", static_cast<unsigned char>(text[i]),
                         chars + 1);
    if (const auto r = refused(cp, lines); !r.what.empty())
      return fmt::format("holds {} (U+{:04X}) at character {}; {}", r.what, cp, chars + 1, advice(r, lines));
    i += static_cast<std::size_t>(n);
  }
  return {};
}

std::optional<RefusedChar> first_refused(std::string_view text, TextLines lines) {
  // Most values are printable ASCII: one pass over the bytes decides.
  bool plain = true;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f) {
      plain = false;
      break;
    }
  }
  if (plain) return std::nullopt;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++chars) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return std::nullopt;
    if (!refused(cp, lines).what.empty()) return RefusedChar{static_cast<char32_t>(cp), chars + 1};
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

std::size_t char_count(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string fingerprint(std::string_view text, std::size_t length) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  static constexpr char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  for (std::size_t i = 0; i < length; ++i, h /= 36) out += digits[h % 36];
  return out;
}

}  // namespace brm
