#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "brm/checks/check.hpp"
#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/commands/output.hpp"
#include "brm/render/diagnostics.hpp"
#include "brm/usecases/changed.hpp"
#include "brm/util/i18n.hpp"
#include "brm/workspace/git_source.hpp"
#include "brm/workspace/loader.hpp"
#include "brm/workspace/source_lines.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

struct ValidateOptions {
  std::vector<std::string> paths;
  bool strict = false;
  std::string format = "text";  // one of `formats`
  bool excerpt = false;
  bool no_excerpt = false;
  std::optional<std::string> as_of, at, changed_since;
  bool staged = false;
};

/// A named path, tried from the current folder first, then from the workspace root
/// (so `brm -C ws validate customers` works from anywhere).
std::optional<fs::path> existing(const std::string& arg, const fs::path& root) {
  std::error_code ec;
  for (const auto& base : {fs::current_path(ec), root}) {
    const auto p = fs::weakly_canonical(fs::absolute(base / arg, ec), ec);
    if (!ec && fs::exists(p, ec)) return p;
  }
  return std::nullopt;
}

/// The named paths as workspace-relative prefixes; a folder selects what is under it.
std::optional<std::vector<std::string>> selection(const std::vector<std::string>& args, const fs::path& root, Io& io) {
  std::vector<std::string> out;
  for (const auto& a : args) {
    const auto abs = existing(a, root);
    if (!abs) return fail(io, trf("'{}' does not exist", a)), std::nullopt;
    const auto rel = abs->lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..")
      return fail(io, trf("'{}' is outside the workspace {}", a, root.string())), std::nullopt;
    const auto text = rel.generic_string();
    std::error_code ec;
    out.push_back(text == "." ? std::string() : fs::is_directory(*abs, ec) ? text + "/" : text);
  }
  return out;
}

bool selected(const std::string& path, const std::vector<std::string>& prefixes) {
  if (prefixes.empty()) return true;
  for (const auto& p : prefixes)
    if (p.empty() || path == p || (p.back() == '/' && path.starts_with(p))) return true;
  return false;
}

/// Files checked: the records and brm.yaml, plus files only diagnostics name (unclaimed ones).
/// Each record has a path of its own, so only the paths in diagnostics need a set.
std::size_t count_files(const Workspace& ws, const Diagnostics& found, const std::vector<std::string>& prefixes) {
  const bool config = selected(ws.config.path, prefixes);
  std::size_t files = config ? 1 : 0;
  for (const auto& r : ws.records) files += selected(r.path, prefixes) ? 1 : 0;
  std::unordered_set<std::string_view> others;
  for (const auto& d : found) {
    const bool counted = (config && d.path == ws.config.path) || (selected(d.path, prefixes) && ws.at_path(d.path));
    if (!counted) others.insert(d.path);
  }
  return files + others.size();
}

std::string github_prefix(const fs::path& root) {
  std::error_code ec;
  const auto rel = root.lexically_relative(fs::weakly_canonical(fs::current_path(), ec));
  if (rel.empty() || rel == "." || *rel.begin() == "..") return "";
  return rel.generic_string() + "/";
}

const std::vector<Format> formats = {Format::text, Format::json, Format::github, Format::sarif, Format::gitlab};

/// Loads and checks everything in one pass; only the documents the cross-record rules
/// read stay in memory. An invalid brm.yaml is reported like any other file.
std::optional<Diagnostics> check_all(std::shared_ptr<const FileSource> source, const Date& as_of, Workspace& ws,
                                     Io& io) {
  auto opened = open_workspace(std::move(source), as_of, {Reads::checked, {}, false});
  if (!opened) return print_failure(opened.failure(), io), std::nullopt;
  ws = std::move(opened->ws);
  return std::move(ws.diagnostics);
}

void render(const Diagnostics& found, const Summary& summary, const ValidateOptions& o, const GlobalOptions& g,
            const std::shared_ptr<const FileSource>& source, Io& io) {
  const auto format = *parse_enum<Format>(o.format);
  const auto root = source->root();
  if (format == Format::json) return render_json(found, summary, io.out);
  if (format == Format::github) return render_github(found, summary, github_prefix(root), io.out);
  if (format == Format::sarif) return render_sarif(found, github_prefix(root), BRM_VERSION, io.out);
  if (format == Format::gitlab) return render_gitlab(found, github_prefix(root), io.out);
  SourceLines lines = o.at || o.staged ? SourceLines(source) : SourceLines(root);
  const TextStyle style{use_color(g, io.err_is_terminal), o.excerpt || (io.err_is_terminal && !o.no_excerpt)};
  render_text(found, summary, style, std::ref(lines), io.err);
}

/// The two sides of a change: what is staged against HEAD, or the working tree against
/// a revision. HEAD may not exist yet (the first commit): then everything is new.
std::optional<std::pair<std::shared_ptr<const FileSource>, std::shared_ptr<const FileSource>>> sides(
    const ValidateOptions& o, const fs::path& root, Io& io) {
  Error error;
  std::shared_ptr<const FileSource> after =
      o.staged ? git_source(root, GitState{"HEAD", true}, error) : directory_source(root);
  if (!after) return fail(io, error.message), std::nullopt;
  const auto rev = o.staged ? std::string("HEAD") : *o.changed_since;
  std::shared_ptr<const FileSource> before = git_source(root, GitState{rev, false}, error);
  const bool unborn = o.staged && !before && error.code == ErrorCode::unborn_head;
  if (!before && !unborn) return fail(io, error.message), std::nullopt;
  return std::make_pair(before, after);
}

/// --staged and --changed-since: the whole workspace checked, the change's part reported.
int run_validate_changes(const ValidateOptions& o, const GlobalOptions& g, const fs::path& root, Date as_of, Io& io) {
  const auto both = sides(o, root, io);
  if (!both) return 2;
  auto checked = check_changes(both->first, both->second, as_of);
  if (!checked) return print_failure(checked.failure(), io);
  auto& result = *checked;
  auto& found = result.found;
  if (o.strict) make_warnings_errors(found);
  sort_diagnostics(found);
  const auto summary = summarize(found, result.files);
  render(found, summary, o, g, both->second, io);
  const bool unreadable =
      std::any_of(found.begin(), found.end(), [](const Diagnostic& d) { return d.rule == "unreadable"; });
  return unreadable ? 2 : summary.errors > 0 ? 1 : 0;
}

int run_validate(const ValidateOptions& o, const GlobalOptions& g, Io& io) {
  const auto root = locate_workspace(g, io);
  if (!root) return 2;
  const auto as_of = resolve_as_of(o.as_of, io);
  if (!as_of) return 2;
  if (o.staged || o.changed_since) return run_validate_changes(o, g, *root, *as_of, io);
  std::vector<std::string> prefixes;
  if (!o.paths.empty()) {
    auto sel = selection(o.paths, *root, io);
    if (!sel) return 2;
    prefixes = std::move(*sel);
  }
  const auto source = source_for(*root, o.at, io);
  if (!source) return 2;
  Workspace ws;
  auto all = check_all(source, *as_of, ws, io);
  if (!all) return 2;
  Diagnostics& found = *all;
  std::erase_if(found, [&](const Diagnostic& d) { return !selected(d.path, prefixes); });
  if (o.strict) make_warnings_errors(found);
  sort_diagnostics(found);
  const auto summary = summarize(found, count_files(ws, found, prefixes));
  render(found, summary, o, g, source, io);
  // A file that could not be read leaves the check incomplete: that is an I/O failure.
  const bool unreadable =
      std::any_of(found.begin(), found.end(), [](const Diagnostic& d) { return d.rule == "unreadable"; });
  return unreadable ? 2 : summary.errors > 0 ? 1 : 0;
}

}  // namespace

Command make_validate_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<ValidateOptions>();
  auto* app = parent.add_subcommand("validate", "Check the workspace (or the named files) against every rule");
  app->footer(
      "Text diagnostics go to standard error as `path:line:col: error|warning: message [rule]`, then\n"
      "`N errors, M warnings in K files`; json and github output go to standard output. References are\n"
      "always resolved against the whole workspace. Exit status: 0 no errors, 1 errors found, 2 usage\n"
      "error, no workspace, or a file that could not be read. Every rule is described in docs/rules.md.\n\nExamples:\n "
      " brm validate\n  brm validate customers/finance.yaml\n  brm validate --strict -f github\n  brm validate "
      "--changed-since origin/main");
  auto* paths = app->add_option("paths", o->paths, "Files or folders to report on (default: the whole workspace)")
                    ->type_name("FILE");
  app->add_flag("--strict", o->strict, "Treat warnings as errors");
  app->add_option("-f,--format", o->format,
                  "Output format: text, json, github (workflow annotations), sarif (SARIF 2.1.0, for code "
                  "scanning) or gitlab (GitLab Code Quality)")
      ->check(CLI::IsMember(format_names(formats)));
  app->add_flag("--excerpt", o->excerpt,
                "Show the source line and a caret under each diagnostic (default on a terminal)");
  app->add_flag("--no-excerpt", o->no_excerpt, "Never show source lines")->excludes("--excerpt");
  add_as_of_option(*app, o->as_of);
  auto* at = add_at_option(*app, o->at);
  auto* staged =
      app->add_flag("--staged", o->staged,
                    "Check what is staged in git's index (for a pre-commit hook): the whole workspace is "
                    "checked, but only diagnostics in staged changes, and in files they broke, are reported");
  app->add_option("--changed-since", o->changed_since,
                  "Report only diagnostics in files changed since this git revision (for a pull request), and in "
                  "unchanged files the changes broke; the whole workspace is still checked")
      ->type_name("REV")
      ->excludes(at)
      ->excludes(staged)
      ->excludes(paths);
  at->excludes(staged);
  staged->excludes(paths);
  return {app, [o, &globals](Io& io) { return run_validate(*o, globals, io); }};
}

}  // namespace brm
