#include "brm/util/display_width.hpp"

#include <utf8proc.h>

#include <algorithm>

namespace brm {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    // Most text is ASCII, one column per printable byte; tables of 35,000 findings
    // measure every cell, so that case skips the Unicode tables.
    if (const auto byte = static_cast<unsigned char>(text[i]); byte < 0x80) {
      width += byte >= 0x20 && byte != 0x7f ? 1 : 0;
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) n = 1, cp = '?';
    width += static_cast<std::size_t>(std::max(0, utf8proc_charwidth(cp)));
    i += static_cast<std::size_t>(n);
  }
  return width;
}

}  // namespace brm
