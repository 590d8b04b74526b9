#include "brm/model/service_level.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace brm {

bool is_duration_unit(std::string_view unit) {
  static constexpr std::array<std::string_view, 21> units = {
      "ms",   "s",       "sec",      "second",       "seconds",      "min",          "minute",
      "minutes", "h",    "hour",     "hours",        "d",            "day",          "days",
      "week", "weeks",   "working day", "working days", "business day", "business days", "workdays"};
  std::string lower(unit);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(units.begin(), units.end(), lower) != units.end();
}

}  // namespace brm
