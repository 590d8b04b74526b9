#include "html_escape.hpp"

#include "brm/model/text.hpp"

namespace brm {

std::string html_escape(std::string_view raw) {
  // HTML has no way to hold a control character, not even as a reference: shown as
  // escapes, as every output but JSON does (model/text.hpp).
  const auto text = printable(raw, TextLines::many);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace brm
