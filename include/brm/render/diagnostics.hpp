#pragma once
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "brm/model/diagnostic.hpp"

namespace brm {

/// Counts behind the closing summary line.
struct Summary {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t files = 0;
};

Summary summarize(const Diagnostics& list, std::size_t files);

/// Looks up one line of a source file (without its newline) for excerpts.
using LineSource = std::function<std::optional<std::string>(const std::string& path, std::uint32_t line)>;

struct TextStyle {
  bool color = false;
  bool excerpt = false;
};

/// `path:line:col: severity: message [rule]`, optionally followed by the source line
/// and a caret under the column, then the summary line.
void render_text(const Diagnostics& list, const Summary& s, const TextStyle& style, const LineSource& lines,
                 std::ostream& out);

/// A JSON document: {"version": 1, "diagnostics": [...], "summary": {...}}.
void render_json(const Diagnostics& list, const Summary& s, std::ostream& out);

/// GitHub workflow commands (::error file=...::message), each after the readable line.
/// `path_prefix` turns workspace-relative paths into repository-relative ones.
void render_github(const Diagnostics& list, const Summary& s, const std::string& path_prefix, std::ostream& out);

/// SARIF 2.1.0: every rule of docs/rules.md with its meaning and help, and one result per
/// diagnostic; paths get `path_prefix` (the workspace's folder in the repository).
void render_sarif(const Diagnostics& list, const std::string& path_prefix, std::string_view version,
                  std::ostream& out);

/// GitLab's Code Quality report: one issue per diagnostic, with a fingerprint that stays
/// the same from run to run while the finding does.
void render_gitlab(const Diagnostics& list, const std::string& path_prefix, std::ostream& out);

std::string summary_line(const Summary& s);


}  // namespace brm
