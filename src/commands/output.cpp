#include "brm/commands/output.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "brm/commands/common.hpp"
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
}

std::optional<Format> resolve_format(const OutputOptions& o, const std::vector<Format>& formats, Io& io) {
  if (!o.format.empty()) return parse_enum<Format>(o.format);  // CLI11 allowed only `formats`
  if (!o.file || *o.file == "-") return formats.front();
  static const std::vector<std::pair<std::string, Format>> by_extension = {
      {".md", Format::markdown}, {".markdown", Format::markdown}, {".html", Format::html}, {".htm", Format::html},
      {".json", Format::json},   {".csv", Format::csv},           {".txt", Format::text}};
  const auto ext = std::filesystem::path(*o.file).extension().string();
  for (const auto& [e, f] : by_extension)
    if (e == ext && std::find(formats.begin(), formats.end(), f) != formats.end()) return f;
  fail(io, fmt::format("cannot tell the format from '{}'; use --format ({})", *o.file,
                       fmt::join(format_names(formats), ", ")));
  return std::nullopt;
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
