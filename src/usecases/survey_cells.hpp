#pragma once
#include <string>
#include <string_view>

namespace brm::survey_cells {

/// A cell without the spaces and line breaks a forms tool leaves around it.
inline std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\n") - first + 1));
}

/// ASCII lowercase: headers and enumeration words are matched without case.
inline std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace brm::survey_cells
