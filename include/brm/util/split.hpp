#pragma once
#include <string_view>
#include <vector>

namespace brm {

/// The parts of `text` between the separators, empty ones included: "a,,b" gives
/// "a", "", "b"; a text ending in the separator ends in an empty part.
inline std::vector<std::string_view> split(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0;;) {
    const auto end = text.find(sep, at);
    out.push_back(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    if (end == std::string_view::npos) return out;
    at = end + 1;
  }
}

}  // namespace brm
