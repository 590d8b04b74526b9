#include <algorithm>
#include <array>

#include "brm/yaml/document.hpp"

namespace brm::yaml {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_of(std::string_view s, bool (*pred)(char)) { return !s.empty() && std::all_of(s.begin(), s.end(), pred); }

bool digit_or_underscore(char c) { return is_digit(c) || c == '_'; }

bool one_of(std::string_view s, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), s) != words.end();
}

bool is_bool(std::string_view s) {
  return one_of(s, {"yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on",
                    "On", "ON", "off", "Off", "OFF"});
}

std::string_view unsigned_part(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  return s;
}

bool is_int(std::string_view s) {
  s = unsigned_part(s);
  if (s.empty()) return false;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'b' || s[1] == 'o')) return true;
  if (all_of(s, digit_or_underscore)) return is_digit(s[0]);
  // Sexagesimal (1:30 is the integer 90 in YAML 1.1).
  if (s[0] < '1' || s[0] > '9') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return digit_or_underscore(c) || c == ':'; }) &&
         s.find(':') != std::string_view::npos && s.back() != ':';
}

bool is_float(std::string_view s) {
  if (one_of(s, {".inf", ".Inf", ".INF", "-.inf", "+.inf", "-.Inf", "+.Inf", ".nan", ".NaN", ".NAN"})) return true;
  s = unsigned_part(s);
  const auto dot = s.find('.');
  if (dot == std::string_view::npos) return false;
  auto mantissa = s, exponent = std::string_view{};
  if (const auto e = s.find_first_of("eE"); e != std::string_view::npos) {
    mantissa = s.substr(0, e);
    exponent = unsigned_part(s.substr(e + 1));
    if (!all_of(exponent, is_digit)) return false;
  }
  const auto whole = mantissa.substr(0, dot), frac = mantissa.substr(dot + 1);
  if (whole.empty() && frac.empty()) return false;
  return (whole.empty() || all_of(whole, digit_or_underscore)) && (frac.empty() || all_of(frac, digit_or_underscore));
}

bool is_timestamp(std::string_view s) {
  // YYYY-M(M)-D(D), optionally followed by a time; the calendar check happens later.
  if (s.size() < 8 || !all_of(s.substr(0, 4), is_digit) || s[4] != '-') return false;
  std::size_t i = 5, n = 0;
  while (i < s.size() && is_digit(s[i]) && n < 2) ++i, ++n;
  if (n == 0 || i >= s.size() || s[i] != '-') return false;
  ++i, n = 0;
  while (i < s.size() && is_digit(s[i]) && n < 2) ++i, ++n;
  return n > 0 && (i == s.size() || s[i] == 'T' || s[i] == 't' || s[i] == ' ');
}

}  // namespace

bool is_null_text(std::string_view s) { return s.empty() || one_of(s, {"~", "null", "Null", "NULL"}); }

ScalarKind resolve_plain(std::string_view s) {
  if (is_null_text(s)) return ScalarKind::null;
  const char c = s[0];
  const bool may_be_special = is_digit(c) || c == '-' || c == '+' || c == '.' || c == 'y' || c == 'Y' || c == 'n' ||
                              c == 'N' || c == 't' || c == 'T' || c == 'f' || c == 'F' || c == 'o' || c == 'O';
  if (!may_be_special) return ScalarKind::string;
  if (is_bool(s)) return ScalarKind::boolean;
  if (is_timestamp(s)) return ScalarKind::timestamp;
  if (is_int(s)) return ScalarKind::integer;
  if (is_float(s)) return ScalarKind::floating;
  return ScalarKind::string;
}

const char* scalar_kind_name(ScalarKind k) {
  static constexpr std::array names = {"an empty value", "a yes/no value", "a whole number",
                                       "a number",       "a date",         "text"};
  return names[static_cast<std::size_t>(k)];
}

}  // namespace brm::yaml
