#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "brm/checks/check.hpp"
#include "brm/commands/common.hpp"
#include "brm/render/diagnostics.hpp"
#include "brm/workspace/loader.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

struct ValidateOptions {
  std::vector<std::string> paths;
  bool strict = false;
  std::string format = "text";
  bool excerpt = false;
  bool no_excerpt = false;
  std::optional<std::string> as_of;
};

/// Reads source lines for excerpts, each file once.
class SourceLines {
 public:
  explicit SourceLines(fs::path root) : root_(std::move(root)) {}
  std::optional<std::string> operator()(const std::string& path, std::uint32_t line) {
    auto it = files_.find(path);
    if (it == files_.end()) it = files_.emplace(path, split(root_ / path)).first;
    if (line == 0 || line > it->second.size()) return std::nullopt;
    return it->second[line - 1];
  }

 private:
  static std::vector<std::string> split(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) {
      if (!l.empty() && l.back() == '\r') l.pop_back();
      lines.push_back(std::move(l));
    }
    return lines;
  }
  fs::path root_;
  std::map<std::string, std::vector<std::string>> files_;
};

/// The named paths as workspace-relative prefixes; a folder selects what is under it.
std::optional<std::vector<std::string>> selection(const std::vector<std::string>& args, const fs::path& root, Io& io) {
  std::vector<std::string> out;
  for (const auto& a : args) {
    std::error_code ec;
    const auto abs = fs::weakly_canonical(fs::absolute(a), ec);
    if (ec || !fs::exists(abs, ec)) return fail(io, fmt::format("'{}' does not exist", a)), std::nullopt;
    const auto rel = abs.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..")
      return fail(io, fmt::format("'{}' is outside the workspace {}", a, root.string())), std::nullopt;
    const auto text = rel.generic_string();
    out.push_back(text == "." ? std::string() : fs::is_directory(abs, ec) ? text + "/" : text);
  }
  return out;
}

bool selected(const std::string& path, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (p.empty() || path == p || (p.back() == '/' && path.starts_with(p))) return true;
  return false;
}

std::size_t count_selected(const Workspace& ws, const std::vector<std::string>& prefixes) {
  std::size_t n = selected(ws.config.path, prefixes) ? 1 : 0;
  for (const auto& r : ws.records) n += selected(r.path, prefixes) ? 1 : 0;
  return n;
}

std::string github_prefix(const fs::path& root) {
  std::error_code ec;
  const auto rel = root.lexically_relative(fs::weakly_canonical(fs::current_path(), ec));
  if (rel.empty() || rel == "." || *rel.begin() == "..") return "";
  return rel.generic_string() + "/";
}

int run_validate(const ValidateOptions& o, const GlobalOptions& g, Io& io) {
  const auto root = locate_workspace(g, io);
  if (!root) return 2;
  const auto as_of = resolve_as_of(o.as_of, io);
  if (!as_of) return 2;
  std::vector<std::string> prefixes;
  if (!o.paths.empty()) {
    auto sel = selection(o.paths, *root, io);
    if (!sel) return 2;
    prefixes = std::move(*sel);
  }

  Workspace ws = load_workspace_config(*root);
  const CheckContext ctx{read_settings(ws.config), *as_of};
  WorkspaceChecker checker(ctx, worker_count());
  LoadHooks hooks;
  hooks.listed = [&](const Workspace& listed) { checker.listed(listed); };
  hooks.read = [&](const Record& r, unsigned w) { checker.check_record(r, w); };
  hooks.keep = WorkspaceChecker::needs_document;
  load_records(ws, hooks);
  Diagnostics found = std::move(ws.diagnostics);
  auto more = checker.finish(ws);
  found.insert(found.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  if (!prefixes.empty()) std::erase_if(found, [&](const Diagnostic& d) { return !selected(d.path, prefixes); });
  if (o.strict) make_warnings_errors(found);
  sort_diagnostics(found);

  const auto summary = summarize(found, prefixes.empty() ? ws.files_read : count_selected(ws, prefixes));
  if (o.format == "json")
    render_json(found, summary, io.out);
  else if (o.format == "github")
    render_github(found, summary, github_prefix(*root), io.out);
  else {
    SourceLines lines(*root);
    render_text(found, summary, {use_color(g, io), o.excerpt || (io.out_is_terminal && !o.no_excerpt)}, std::ref(lines), io.out);
  }
  return summary.errors > 0 ? 1 : 0;
}

}  // namespace

Command make_validate_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<ValidateOptions>();
  auto* app = parent.add_subcommand("validate", "Check the workspace (or the named files) against every rule");
  app->footer(
      "Diagnostics go to standard output as `path:line:col: error|warning: message [rule]`, "
      "followed by `N errors, M warnings in K files`.\nReferences are always resolved against the whole "
      "workspace. Exit status: 0 no errors, 1 errors found, 2 usage error or missing workspace.\n"
      "Every rule is described in docs/rules.md.");
  app->add_option("paths", o->paths, "Files or folders to report on (default: the whole workspace)");
  app->add_flag("--strict", o->strict, "Treat warnings as errors");
  app->add_option("-f,--format", o->format, "Output format: text, json, or github (workflow annotations)")
      ->check(CLI::IsMember({"text", "json", "github"}));
  app->add_flag("--excerpt", o->excerpt, "Show the source line and a caret under each text diagnostic (default on a terminal)");
  app->add_flag("--no-excerpt", o->no_excerpt, "Never show source lines")->excludes("--excerpt");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_validate(*o, globals, io); }};
}

}  // namespace brm
