#include "brm/render/diagnostics.hpp"
#include "brm/render/json_text.hpp"

#include "brm/model/text.hpp"
#include "brm/util/display_width.hpp"
#include "brm/util/i18n.hpp"

#include <utf8proc.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace brm {
namespace {

// Paths and messages hold text from the files (a key, a value): shown with visible() so
// that none can begin a line of its own, which a CI log would read as a command.
std::string heading(const Diagnostic& d, bool color) {
  const char* sev = severity_name(d.severity);
  const auto path = visible(d.path), message = visible(d.message);
  if (!color) return fmt::format("{}:{}:{}: {}: {} [{}]", path, d.pos.line, d.pos.column, sev, message, d.rule);
  const char* tint = d.severity == Severity::error ? "\033[1;31m" : "\033[1;33m";
  return fmt::format("\033[1m{}:{}:{}:\033[0m {}{}:\033[0m {} \033[2m[{}]\033[0m", path, d.pos.line, d.pos.column, tint,
                     sev, message, d.rule);
}

// The caret line keeps tabs as tabs so that it lines up under the source line.
std::string caret_line(std::string_view line, std::uint32_t column) {
  std::string pad;
  std::size_t i = 0;
  for (std::uint32_t c = 1; c < column && i < line.size(); ++c) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(line.data() + i),
                              static_cast<utf8proc_ssize_t>(line.size() - i), &cp);
    if (n <= 0) n = 1;
    if (cp == '\t')
      pad += '\t';
    else
      pad.append(static_cast<std::size_t>(std::max(0, utf8proc_charwidth(cp))), ' ');
    i += static_cast<std::size_t>(n);
  }
  return pad + "^";
}

/// The column in visible(line) of the character at `column` of `line`.
std::uint32_t shown_column(std::string_view line, std::uint32_t column) {
  std::size_t i = 0;
  for (std::uint32_t c = 1; c < column && i < line.size(); ++c) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(line.data() + i),
                              static_cast<utf8proc_ssize_t>(line.size() - i), &cp);
    i += static_cast<std::size_t>(n <= 0 ? 1 : n);
  }
  const auto before = visible(line.substr(0, i));
  std::uint32_t chars = 1;
  for (const char ch : before) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return chars;
}

}  // namespace

Summary summarize(const Diagnostics& list, std::size_t files) {
  Summary s;
  s.files = files;
  for (const auto& d : list) (d.severity == Severity::error ? s.errors : s.warnings)++;
  return s;
}

std::string summary_line(const Summary& s) {
  const auto errors = trnf("{} error", "{} errors", s.errors, s.errors);
  const auto warnings = trnf("{} warning", "{} warnings", s.warnings, s.warnings);
  const auto files = trnf("in {} file", "in {} files", s.files, s.files);
  // TRANSLATORS: the line after the diagnostics: "2 errors", "1 warning" and "in 30 files".
  return trcf("diagnostics summary", "{}, {} {}", errors, warnings, files);
}

void render_text(const Diagnostics& list, const Summary& s, const TextStyle& style, const LineSource& lines,
                 std::ostream& out) {
  // One write for all: standard error is unbuffered, and a write per line was most of
  // the time of a file with 100,000 problems.
  std::string text;
  for (const auto& d : list) {
    text += heading(d, style.color);
    text += '\n';
    if (!style.excerpt || !lines) continue;
    if (const auto line = lines(d.path, d.pos.line)) {
      // The file's own line, which can hold what a log or terminal would obey: the caret
      // goes under the same character of the line as shown.
      const auto gutter = std::to_string(d.pos.line);
      const auto shown = visible(*line);
      const auto column = shown_column(*line, d.pos.column);
      text += fmt::format(" {} | {}\n", gutter, shown);
      text += fmt::format(" {} | {}\n", std::string(gutter.size(), ' '), caret_line(shown, column));
    }
  }
  text += summary_line(s);
  text += '\n';
  out << text;
}

void render_json(const Diagnostics& list, const Summary& s, std::ostream& out) {
  auto items = nlohmann::ordered_json::array();
  for (const auto& d : list)
    items.push_back({{"file", d.path},
                     {"line", d.pos.line},
                     {"column", d.pos.column},
                     {"severity", severity_name(d.severity)},
                     {"rule", d.rule},
                     {"message", d.message}});
  nlohmann::ordered_json doc = {{"version", 1},
                                {"diagnostics", std::move(items)},
                                {"summary", {{"errors", s.errors}, {"warnings", s.warnings}, {"files", s.files}}}};
  out << json_text(doc) << '\n';
}

namespace {

// Escaping as GitHub's toolkit does for workflow commands.
std::string escape_data(std::string_view s) {
  std::string r;
  for (char c : s) {
    if (c == '%')
      r += "%25";
    else if (c == '\r')
      r += "%0D";
    else if (c == '\n')
      r += "%0A";
    else
      r += c;
  }
  return r;
}

std::string escape_property(std::string_view s) {
  std::string r;
  for (char c : escape_data(s)) {
    if (c == ':')
      r += "%3A";
    else if (c == ',')
      r += "%2C";
    else
      r += c;
  }
  return r;
}

}  // namespace

void render_github(const Diagnostics& list, const Summary& s, const std::string& path_prefix, std::ostream& out) {
  for (const auto& d : list) {
    out << heading(d, false) << '\n';
    // The annotation is brm's own command; what it quotes from the files must not hold
    // another (the runner finds "##[" anywhere in a line).
    out << fmt::format("::{} file={},line={},col={},title={}::{}\n", severity_name(d.severity),
                       escape_property(neutralise_commands(path_prefix + d.path)), d.pos.line, d.pos.column,
                       escape_property(d.rule), escape_data(neutralise_commands(d.message)));
  }
  out << summary_line(s) << '\n';
}

}  // namespace brm
