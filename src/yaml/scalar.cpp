#include <algorithm>
#include <array>

#include "brm/model/number.hpp"
#include "brm/yaml/document.hpp"

namespace brm::yaml {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_of(std::string_view s, bool (*pred)(char)) { return !s.empty() && std::all_of(s.begin(), s.end(), pred); }

bool one_of(std::string_view s, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), s) != words.end();
}

bool is_bool(std::string_view s) {
  return one_of(s, {"yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on",
                    "On", "ON", "off", "Off", "OFF"});
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
  if (is_yaml_int(s)) return ScalarKind::integer;
  if (is_yaml_float(s)) return ScalarKind::floating;
  return ScalarKind::string;
}

std::optional<double> Document::number(const Node& n) const {
  if (n.type != NodeType::scalar) return std::nullopt;
  const auto k = kind(n);
  if (k != ScalarKind::integer && k != ScalarKind::floating) return std::nullopt;
  return parse_number(text(n));
}

const char* scalar_kind_name(ScalarKind k) {
  static constexpr std::array names = {"an empty value", "a yes/no value", "a whole number",
                                       "a number",       "a date",         "text"};
  return names[static_cast<std::size_t>(k)];
}

}  // namespace brm::yaml
