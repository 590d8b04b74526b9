#pragma once
#include <string>
#include <string_view>

// Numbers and the order of names as the chosen language writes them (brm/util/i18n.hpp),
// by ICU: in Swedish "2 460 000" grouped by no-break spaces, "99,5 %", a decimal comma
// and names in Swedish order (Å, Ä, Ö after Z). English keeps brm's own formatting
// ("2,460,000", "99.5%") and byte order, so English output is as it always was.
namespace brm {

/// `v` rounded half away from zero to between `min_decimals` and `max_decimals`
/// decimals, grouped by thousands when `grouping` is set.
std::string localized_number(double v, int min_decimals, int max_decimals, bool grouping = true);

/// A percentage (99.5 for 99.5 %) with between `min_decimals` and `max_decimals` decimals.
std::string localized_percent(double percent, int min_decimals, int max_decimals);

/// The text with its first letter in upper case ("överenskommelser" → "Överenskommelser").
std::string first_upper(std::string_view text);

/// Whether `a` sorts before `b` in the chosen language: Swedish collation under sv;
/// byte order (as before) in English. Safe to call from several threads.
bool text_less(std::string_view a, std::string_view b);

/// Records listed by name in the chosen language's order, and by id where two names are
/// the same.
inline bool name_less(std::string_view a_name, std::string_view a_id, std::string_view b_name, std::string_view b_id) {
  return a_name != b_name ? text_less(a_name, b_name) : a_id < b_id;
}

}  // namespace brm
