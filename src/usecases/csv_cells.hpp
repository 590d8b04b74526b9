#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "brm/checks/check.hpp"
#include "brm/usecases/result.hpp"

namespace brm::csv_cells {

/// A cell without the spaces and line breaks a forms tool leaves around it.
inline std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\n") - first + 1));
}

/// Lowercase of ASCII and of the Latin-1 letters (Å, Ä, Ö, É, Ü...): headers and
/// enumeration words are matched without case, and Swedish headers such as
/// "TIDSSTÄMPEL" must match "Tidsstämpel". Other scripts are left as they are.
inline std::string lower(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
    // U+00C0..U+00DE but U+00D7 (×) are the capitals of U+00E0..U+00FE: C3 80..9E.
    const auto next = i + 1 < out.size() ? static_cast<unsigned char>(out[i + 1]) : 0u;
    if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) out[++i] = static_cast<char>(next + 0x20);
  }
  return out;
}

/// "3", "-4.5" or "4,5" (a decimal comma, as spreadsheets in many locales export it);
/// nullopt for anything else, such as "1e3", "4.", "99 %" or "1 000".
std::optional<double> decimal_number(std::string text);

/// The bytes of a CSV file to import, or nullopt with why not in `f`: it cannot be read,
/// or it is larger than 16 MiB (more likely a wrong file than an export).
std::optional<std::string> read_csv_file(const std::string& file, Failure& f);

/// The errors among what an import found (warnings let it go on).
std::size_t errors_in(const Diagnostics& found);

/// An import refused: everything found, sorted, then "N problems in FILE; nothing was
/// written".
Failure refused(Diagnostics found, const std::string& file);

/// Proves a record file an import is about to write validates clean; each error is
/// shown at `line` of the CSV file it comes from.
void check_new_file(const NewRecordChecker& checker, Kind kind, const std::string& path, const std::string& text,
                    std::uint32_t line, const std::string& file, Diagnostics& found);

}  // namespace brm::csv_cells
