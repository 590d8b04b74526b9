#include "byte_checks.hpp"

#include <utf8proc.h>

#include <fmt/format.h>

#include <cstdint>
#include <cstring>

#include "brm/util/i18n.hpp"

namespace brm::yaml {
namespace {

/// Line and column (in characters) of byte `at`; only computed once a fault is found.
Position position_of(std::string_view bytes, std::size_t at) {
  Position p;
  for (std::size_t i = 0; i < at; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count characters, not continuation bytes
      ++p.column;
    }
  }
  return p;
}

bool is_marker_line(std::string_view line, std::string_view marker, bool needs_space) {
  if (line.substr(0, marker.size()) != marker) return false;
  if (line.size() == marker.size()) return true;
  const char next = line[marker.size()];
  return needs_space ? next == ' ' : next == '\r';
}

/// True when none of the eight bytes at `p` is NUL or outside ASCII: the common case,
/// tested a word at a time (a byte is zero exactly when subtracting one borrows into
/// its high bit while its own high bit was clear).
bool plain_ascii_word(const char* p) {
  constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  const auto zero_byte = (w - ones) & ~w & highs;
  return ((w & highs) | zero_byte) == 0;
}

bool check_encoding(std::string_view bytes, const std::string& path, Diagnostics& out) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (i + 8 <= bytes.size() && plain_ascii_word(bytes.data() + i)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c != 0 && c < 0x80) {  // the common case: plain ASCII
      ++i;
      continue;
    }
    if (c == 0) {
      out.push_back({path, position_of(bytes, i), Severity::error, "nul-byte",
                     tr("the file contains a NUL byte; it is binary, not YAML text")});
      return false;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                                    static_cast<utf8proc_ssize_t>(bytes.size() - i), &cp);
    if (n < 0) {
      out.push_back({path, position_of(bytes, i), Severity::error, "invalid-utf8",
                     trf("the file is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8", c)});
      return false;
    }
    i += static_cast<std::size_t>(n);
  }
  return true;
}

// One diagnostic per conflict, at its opening marker, naming the lines it spans;
// a stray closing or middle marker without an opening one is reported on its own.
bool check_merge_markers(std::string_view bytes, const std::string& path, Diagnostics& out) {
  bool clean = true;
  std::uint32_t opened_at = 0, line_no = 1;
  for (std::size_t start = 0; start < bytes.size(); ++line_no) {
    auto stop = bytes.find('\n', start);
    if (stop == std::string_view::npos) stop = bytes.size();
    const auto line = bytes.substr(start, stop - start);
    start = stop + 1;
    if (line.empty() || (line[0] != '<' && line[0] != '=' && line[0] != '>' && line[0] != '|')) continue;
    if (is_marker_line(line, "<<<<<<<", true)) {
      opened_at = opened_at ? opened_at : line_no;
    } else if (is_marker_line(line, ">>>>>>>", true)) {
      const auto from = opened_at ? opened_at : line_no;
      out.push_back({path,
                     {from, 1},
                     Severity::error,
                     "merge-conflict",
                     trf("unresolved git merge conflict (lines {} to {}); keep the right version and "
                         "remove the markers <<<<<<<, ======= and >>>>>>>",
                         from, line_no)});
      clean = false, opened_at = 0;
    } else if (!opened_at && (is_marker_line(line, "=======", false) || is_marker_line(line, "|||||||", true))) {
      out.push_back({path,
                     {line_no, 1},
                     Severity::error,
                     "merge-conflict",
                     trf("a git merge-conflict marker '{}' is left in the file; remove it", line.substr(0, 7))});
      clean = false;
    }
  }
  if (opened_at) {
    out.push_back({path,
                   {opened_at, 1},
                   Severity::error,
                   "merge-conflict",
                   tr("unresolved git merge conflict: a '<<<<<<<' marker without its '>>>>>>>'; resolve it and "
                      "remove the markers")});
    clean = false;
  }
  return clean;
}

// Whether some line starts with a character a merge-conflict marker starts with. Such
// lines are rare in records, so one memchr pass per character usually settles it
// without going through the file line by line.
bool may_hold_markers(std::string_view bytes) {
  for (const char c : {'<', '=', '>', '|'}) {
    for (auto at = bytes.find(c); at != std::string_view::npos; at = bytes.find(c, at + 1))
      if (at == 0 || bytes[at - 1] == '\n') return true;
  }
  return false;
}

}  // namespace

bool check_bytes(std::string_view bytes, const std::string& path, Diagnostics& out) {
  if (!check_encoding(bytes, path, out)) return false;
  return !may_hold_markers(bytes) || check_merge_markers(bytes, path, out);
}

}  // namespace brm::yaml
