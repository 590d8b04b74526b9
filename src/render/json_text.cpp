#include "brm/render/json_text.hpp"

#include <fmt/format.h>

namespace brm {

std::string json_safe(std::string text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (c == 0x7f) {
      out += "\\u007f";
    } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {
      out += fmt::format("\\u{:04x}", next), ++i;
    } else if (c == 0xE2 && text.compare(i, 3, "\xE2\x80\xA8") == 0) {
      out += "\\u2028", i += 2;
    } else if (c == 0xE2 && text.compare(i, 3, "\xE2\x80\xA9") == 0) {
      out += "\\u2029", i += 2;
    } else if (c == '#' && text.compare(i, 3, "##[") == 0) {
      out += "#\\u0023[", i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string json_text(const nlohmann::json& doc) { return json_safe(doc.dump(2)); }
std::string json_text(const nlohmann::ordered_json& doc) { return json_safe(doc.dump(2)); }

}  // namespace brm
