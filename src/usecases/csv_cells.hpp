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

/// ASCII lowercase: headers and enumeration words are matched without case.
inline std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
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
