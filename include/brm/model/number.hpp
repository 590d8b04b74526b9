#pragma once
#include <optional>
#include <string>
#include <string_view>

// One reading of numbers for the whole program: the checks, the settings, the read model
// and the reports agree on what `1_000`, `+4`, `0x1F`, `1:30` or `.5` is.
namespace brm {

/// The text is a YAML 1.1 integer: decimal with '_' separators, 0x, 0o or 0b, or
/// sexagesimal (1:30 is 90), with an optional sign.
bool is_yaml_int(std::string_view text);

/// The text is a YAML 1.1 float: digits with a '.', '_' separators, an optional
/// exponent, or .inf / .nan.
bool is_yaml_float(std::string_view text);

/// The value of a YAML 1.1 integer or float written as `text`; nullopt for anything
/// else (text, a date, an integer too large for a double to hold exactly is still
/// read, rounded). Leading zeros are decimal: 017 is 17.
std::optional<double> parse_number(std::string_view text);

/// `v` rounded to `decimals` places, halves away from zero (2.25 is 2.3, -2.25 is -2.3),
/// as people round by hand; never -0. Every figure brm shows is rounded so.
double round_half_away(double v, int decimals);

/// `v` with exactly `decimals` places, rounded by round_half_away: fixed(2.25, 1) is "2.3".
std::string fixed(double v, int decimals);

}  // namespace brm
