#pragma once
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "brm/commands/command.hpp"
#include "brm/model/enums.hpp"

namespace CLI {
class App;
}

namespace brm {

/// The output formats; each command offers some of them.
enum class Format { text, markdown, html, json, csv, github, sarif, gitlab };
template <>
struct EnumNames<Format> {
  static constexpr auto names = std::to_array<std::string_view>({"text", "markdown", "html", "json", "csv", "github", "sarif", "gitlab"});
};

/// --format/-f and -o, shared by every command that prints a table or report.
struct OutputOptions {
  std::string format;  // empty: from -o's extension, else the command's default
  std::optional<std::string> file;
};

/// The names of `formats`, for an option that accepts them.
std::vector<std::string> format_names(const std::vector<Format>& formats);

/// Adds -f/--format (one of `formats`) and -o/--output to a command.
void add_output_options(CLI::App& app, OutputOptions& o, const std::vector<Format>& formats);

/// The format to use: --format, else the extension of -o (.md, .html, .json, .csv,
/// .txt), else the command's first format. Prints an error and returns nullopt when
/// the extension names no format this command has.
std::optional<Format> resolve_format(const OutputOptions& o, const std::vector<Format>& formats, Io& io);

/// Renders into standard output, or into -o FILE written atomically (a reader sees
/// the old file or the new one, never half of it). Returns 0, or 2 on failure.
int emit(const OutputOptions& o, Io& io, const std::function<void(std::ostream&)>& render);

}  // namespace brm
