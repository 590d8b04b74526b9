#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brm/model/diagnostic.hpp"

namespace brm {

/// One record of a CSV file and the physical line it starts on: a quoted field may
/// span lines, so a record's index does not tell where it is.
struct CsvRow {
  std::uint32_t line = 0;
  std::vector<std::string> fields;
};

/// A problem at the first line of a row and the 1-based index of a field in it.
struct CsvProblem {
  Position pos;
  std::string message;
};

/// A CSV file as rows (the first is the header) and what was wrong with it.
struct CsvTable {
  char delimiter = ',';
  std::vector<CsvRow> rows;
  std::vector<CsvProblem> problems;
};

/// The delimiter the first line uses most, outside quotes: ';', a tab, or ','
/// (also on a tie), since spreadsheets in many locales export with ';'.
char detect_delimiter(std::string_view text);

/// Reads CSV text the way forms tools export it: an optional UTF-8 byte order mark,
/// CRLF or LF line ends, quoted fields holding delimiters, doubled quotes and line
/// breaks (which become "\n"). Unquoted fields lose surrounding spaces; rows whose
/// fields are all empty are left out. A field that is not UTF-8 or holds a control
/// character is a problem; malformed quoting ends the reading with a problem at
/// its place. Without `delimiter`, detect_delimiter chooses.
CsvTable read_csv(std::string_view text, std::optional<char> delimiter);

}  // namespace brm
