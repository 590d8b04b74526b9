#pragma once
#include <ctime>
#include <ostream>
#include <string>
#include <vector>

#include "brm/render/report_doc.hpp"
#include "brm/render/table.hpp"

namespace brm {

// Tables as an Excel workbook (.xlsx, written with libxlsxwriter): one worksheet per
// table, numbers as numbers with the decimals the text shows, shares as percentages,
// dates as dates, the header row bold and frozen, columns as wide as their text.

/// One worksheet: a table under its name.
struct Sheet {
  std::string name;
  Table table;
};

/// What a workbook says about itself (File > Info in Excel).
struct WorkbookInfo {
  std::string title;
  std::string subject;      // what it covers, such as the report's lead
  std::time_t created = 0;  // fixed by the caller, so the same input gives the same bytes
};

/// The sheets of a report: each table, and each chart whose data the text report
/// shows, in order, under the names `--table` knows them by.
std::vector<Sheet> report_sheets(const ReportDoc& doc);

/// Worksheet names Excel accepts, one per name and in order: at most 31 characters,
/// none of []:*?/\ (each becomes '-'), not starting or ending with an apostrophe, not
/// empty, and no two alike whatever their case ("-2", "-3" tell them apart).
std::vector<std::string> sheet_names(const std::vector<std::string>& names);

/// Writes the workbook's bytes to `out`. Text cells a spreadsheet would run as
/// formulas are neutralised as in CSV (see neutralised()). Returns what went wrong, or
/// an empty string.
std::string render_xlsx(const std::vector<Sheet>& sheets, const WorkbookInfo& info, std::ostream& out);

}  // namespace brm
