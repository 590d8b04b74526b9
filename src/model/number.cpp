#include "brm/model/number.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace brm {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool digit_or_underscore(char c) { return is_digit(c) || c == '_'; }
bool all_of(std::string_view s, bool (*pred)(char)) { return !s.empty() && std::all_of(s.begin(), s.end(), pred); }

bool one_of(std::string_view s, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), s) != words.end();
}

std::string_view unsigned_part(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  return s;
}

std::string without_underscores(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '_') out += c;
  return out;
}

/// Digits (and '_') in `base`, as a double; nullopt when a character is not a digit.
std::optional<double> whole_number(std::string_view digits, int base) {
  const auto clean = without_underscores(digits);
  if (clean.empty()) return std::nullopt;
  double value = 0;
  for (char c : clean) {
    int d = 0;
    if (is_digit(c))
      d = c - '0';
    else if (c >= 'a' && c <= 'f')
      d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
      d = c - 'A' + 10;
    else
      return std::nullopt;
    if (d >= base) return std::nullopt;
    value = value * base + d;
  }
  return value;
}

std::optional<double> int_value(std::string_view s) {
  const double sign = s.starts_with('-') ? -1 : 1;
  s = unsigned_part(s);
  std::optional<double> v;
  if (s.starts_with("0x"))
    v = whole_number(s.substr(2), 16);
  else if (s.starts_with("0o"))
    v = whole_number(s.substr(2), 8);
  else if (s.starts_with("0b"))
    v = whole_number(s.substr(2), 2);
  else if (s.find(':') != std::string_view::npos) {
    v = 0;
    for (std::size_t at = 0; v && at <= s.size();) {
      const auto colon = std::min(s.find(':', at), s.size());
      const auto part = whole_number(s.substr(at, colon - at), 10);
      v = part ? std::optional(*v * 60 + *part) : std::nullopt;
      at = colon + 1;
    }
  } else {
    v = whole_number(s, 10);
  }
  return v ? std::optional(sign * *v) : std::nullopt;
}

std::optional<double> float_value(std::string_view s) {
  if (one_of(s, {".nan", ".NaN", ".NAN"})) return std::numeric_limits<double>::quiet_NaN();
  const double sign = s.starts_with('-') ? -1 : 1;
  s = unsigned_part(s);
  if (one_of(s, {".inf", ".Inf", ".INF"})) return sign * std::numeric_limits<double>::infinity();
  const auto clean = without_underscores(s);
  double v = 0;
  const auto [end, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (ec == std::errc::result_out_of_range) return sign * std::numeric_limits<double>::infinity();
  if (ec != std::errc() || end != clean.data() + clean.size()) return std::nullopt;
  return sign * v;
}

}  // namespace

bool is_yaml_int(std::string_view s) {
  s = unsigned_part(s);
  if (s.empty()) return false;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'b' || s[1] == 'o')) return true;
  if (all_of(s, digit_or_underscore)) return is_digit(s[0]);
  // Sexagesimal (1:30 is the integer 90 in YAML 1.1).
  if (s[0] < '1' || s[0] > '9') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return digit_or_underscore(c) || c == ':'; }) &&
         s.find(':') != std::string_view::npos && s.back() != ':';
}

bool is_yaml_float(std::string_view s) {
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

std::optional<double> parse_number(std::string_view text) {
  if (is_yaml_int(text)) return int_value(text);
  if (is_yaml_float(text)) return float_value(text);
  return std::nullopt;
}

double round_half_away(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  // The nudge keeps a half that binary cannot hold exactly (2.675) rounding as written.
  const double r = std::round(v * scale + std::copysign(1e-9, v)) / scale;
  return r == 0 ? 0.0 : r;
}

std::string fixed(double v, int decimals) { return fmt::format("{:.{}f}", round_half_away(v, decimals), decimals); }

}  // namespace brm
