#pragma once
#include <ctime>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "brm/commands/command.hpp"
#include "brm/model/date.hpp"
#include "brm/model/enums.hpp"
#include "brm/render/table.hpp"
#include "brm/render/xlsx.hpp"

namespace CLI {
class App;
}

namespace brm {

/// The output formats; each command offers some of them.
enum class Format { text, markdown, html, json, csv, github, sarif, gitlab, xlsx };
template <>
struct EnumNames<Format> {
  static constexpr auto names =
      std::to_array<std::string_view>({"text", "markdown", "html", "json", "csv", "github", "sarif", "gitlab", "xlsx"});
};

/// --format/-f and -o, shared by every command that prints a table or report.
struct OutputOptions {
  std::string format;  // empty: from -o's extension, else the command's default
  std::optional<std::string> file;
  std::optional<std::string> csv_dialect = {};  // one of CsvDialect's names; with csv only
};

/// The names of `formats`, for an option that accepts them.
std::vector<std::string> format_names(const std::vector<Format>& formats);

/// Adds -f/--format (one of `formats`) and -o/--output to a command, and --csv-dialect
/// when it writes CSV.
void add_output_options(CLI::App& app, OutputOptions& o, const std::vector<Format>& formats);

/// The format to use: --format, else the extension of -o (.md, .html, .json, .csv,
/// .xlsx, .txt), else the command's first format. Prints an error and returns nullopt
/// when the extension names no format this command has, or --csv-dialect is given
/// with another format than CSV.
std::optional<Format> resolve_format(const OutputOptions& o, const std::vector<Format>& formats, Io& io);

/// The CSV dialect: --csv-dialect, else excel-sv when brm speaks Swedish (--lang sv),
/// since that is what a Swedish reader's Excel opens, else rfc4180.
CsvDialect csv_dialect(const OutputOptions& o);

/// The moment a generated file records (a workbook's creation time, a calendar's
/// DTSTAMP): SOURCE_DATE_EPOCH when set, else the as-of date at midnight UTC; never the
/// clock, so that a rerun gives the same bytes. nullopt, said on `io`, when
/// SOURCE_DATE_EPOCH is no number of seconds (--as-of may have kept resolve_as_of from
/// reading it).
std::optional<std::time_t> output_stamp(Date as_of, Io& io);

/// Writes a workbook where emit() writes, atomically. Refuses to write one to a
/// terminal, where its bytes would be garbage. Returns 0, or 2 on failure.
int emit_workbook(const OutputOptions& o, Io& io, const std::vector<Sheet>& sheets, const WorkbookInfo& info);

/// Renders into standard output, or into -o FILE written atomically (a reader sees
/// the old file or the new one, never half of it). Returns 0, or 2 on failure.
int emit(const OutputOptions& o, Io& io, const std::function<void(std::ostream&)>& render);

}  // namespace brm
