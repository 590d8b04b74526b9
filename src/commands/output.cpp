#include "brm/commands/output.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "brm/commands/common.hpp"
#include "brm/util/i18n.hpp"
#include "brm/workspace/atomic_write.hpp"

namespace brm {

std::vector<std::string> format_names(const std::vector<Format>& formats) {
  std::vector<std::string> out;
  for (auto f : formats) out.push_back(text_of(f));
  return out;
}

void add_output_options(CLI::App& app, OutputOptions& o, const std::vector<Format>& formats) {
  const auto names = format_names(formats);
  app.add_option("-f,--format", o.format, fmt::format("Output format: {}", fmt::join(names, ", ")))
      ->check(CLI::IsMember(names));
  app.add_option("-o,--output", o.file,
                 "Write to this file (atomically; through a symbolic link to its target; keeping its permissions) "
                 "instead of standard output, which '-' names; the format follows its extension")
      ->type_name("FILE");
  if (std::find(formats.begin(), formats.end(), Format::csv) == formats.end()) return;
  app.add_option("--csv-dialect", o.csv_dialect,
                 "With CSV: rfc4180 (commas; cells as the text report writes them) or excel-sv (what Excel with "
                 "Swedish settings reads: semicolons, numbers with a decimal comma, a UTF-8 byte order mark); "
                 "default excel-sv under --lang sv, else rfc4180")
      ->check(CLI::IsMember(all_names<CsvDialect>()));
}

namespace {

std::optional<Format> format_of(const OutputOptions& o, const std::vector<Format>& formats, Io& io) {
  if (!o.format.empty()) return parse_enum<Format>(o.format);  // CLI11 allowed only `formats`
  if (!o.file || *o.file == "-") return formats.front();
  static const std::vector<std::pair<std::string, Format>> by_extension = {
      {".md", Format::markdown}, {".markdown", Format::markdown}, {".html", Format::html}, {".htm", Format::html},
      {".json", Format::json},   {".csv", Format::csv},           {".txt", Format::text},  {".xlsx", Format::xlsx}};
  const auto ext = std::filesystem::path(*o.file).extension().string();
  for (const auto& [e, f] : by_extension)
    if (e == ext && std::find(formats.begin(), formats.end(), f) != formats.end()) return f;
  fail(io, trf("cannot tell the format from '{}'; use --format ({})", *o.file, fmt::join(format_names(formats), ", ")));
  return std::nullopt;
}

}  // namespace

std::optional<Format> resolve_format(const OutputOptions& o, const std::vector<Format>& formats, Io& io) {
  const auto format = format_of(o, formats, io);
  if (format && o.csv_dialect && *format != Format::csv) {
    fail(io, tr("--csv-dialect goes with --format csv"));
    return std::nullopt;
  }
  return format;
}

CsvDialect csv_dialect(const OutputOptions& o) {
  if (o.csv_dialect) return parse_enum<CsvDialect>(*o.csv_dialect).value_or(CsvDialect::rfc4180);  // CLI11 checked it
  return language() == Lang::sv ? CsvDialect::excel_sv : CsvDialect::rfc4180;
}

std::optional<std::time_t> output_stamp(Date as_of, Io& io) {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return static_cast<std::time_t>(as_of.days()) * 86400;
  char* end = nullptr;
  const long long seconds = std::strtoll(epoch, &end, 10);
  if (*end == '\0' && seconds >= 0) return static_cast<std::time_t>(seconds);
  fail(io, trf("SOURCE_DATE_EPOCH must be a number of seconds, not '{}'", epoch));
  return std::nullopt;
}

int emit_workbook(const OutputOptions& o, Io& io, const std::vector<Sheet>& sheets, const WorkbookInfo& info) {
  if ((!o.file || *o.file == "-") && io.out_is_terminal)
    return fail(io, tr("a workbook is not for a terminal; write it to a file with -o FILE.xlsx"));
  std::ostringstream bytes;
  if (const auto err = render_xlsx(sheets, info, bytes); !err.empty()) return fail(io, err);
  return emit(o, io, [&](std::ostream& out) { out << bytes.view(); });
}

int emit(const OutputOptions& o, Io& io, const std::function<void(std::ostream&)>& render) {
  if (!o.file || *o.file == "-") {  // "-o -" is standard output, as for most tools
    render(io.out);
    return 0;
  }
  std::ostringstream buffer;
  render(buffer);
  if (auto err = write_file_atomic(*o.file, buffer.str(), WriteMode::replace); !err.empty()) return fail(io, err);
  return 0;
}

}  // namespace brm
