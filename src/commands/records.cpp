#include "brm/commands/records.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

#include "brm/checks/suggest.hpp"
#include "brm/commands/common.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "brm/workspace/loader.hpp"
#include "brm/util/parallel.hpp"

namespace brm {

namespace {

/// brm.yaml read and checked on its own; nullopt after printing its errors (a command
/// must not work with settings that validate would refuse).
std::optional<LoadedWorkspace> open_config(const GlobalOptions& g, const std::optional<std::string>& as_of, Io& io) {
  const auto root = locate_workspace(g, io);
  if (!root) return std::nullopt;
  const auto today = resolve_as_of(as_of, io);
  if (!today) return std::nullopt;
  LoadedWorkspace lw{load_workspace_config(*root), {}};
  lw.ctx = {read_settings(lw.ws.config), *today};
  auto found = check_config(lw.ws, lw.ctx);
  std::erase_if(found, [](const Diagnostic& d) { return d.severity != Severity::error; });
  if (found.empty()) return lw;
  print_diagnostics(found, io);
  fail(io, "brm.yaml is not valid, so its settings cannot be used; fix it first (see 'brm validate')");
  return std::nullopt;
}

/// Reads every record of a workspace whose brm.yaml is read, checking each as it is
/// read (one pass, as validate does); `extra` hooks run beside the checks.
void load_checked(LoadedWorkspace& lw, const LoadHooks& extra) {
  WorkspaceChecker checker(lw.ctx, worker_count());
  LoadHooks hooks;
  hooks.listed = [&](const Workspace& listed) {
    checker.listed(listed);
    if (extra.listed) extra.listed(listed);
  };
  hooks.read = [&](const Record& r, unsigned w) {
    checker.check_record(r, w);
    if (extra.read) extra.read(r, w);
  };
  hooks.keep = extra.keep;
  load_records(lw.ws, hooks);
  auto found = checker.finish(lw.ws);
  lw.ws.diagnostics.insert(lw.ws.diagnostics.end(), found.begin(), found.end());
}

}  // namespace

std::optional<LoadedWorkspace> load_for_command(const GlobalOptions& g, const std::optional<std::string>& as_of,
                                                Io& io) {
  auto lw = open_config(g, as_of, io);
  if (lw) load_records(lw->ws);
  return lw;
}

LoadedWorkspace load_checked_at(const std::filesystem::path& root, Date as_of, const LoadHooks& extra) {
  LoadedWorkspace lw{load_workspace_config(root), {}};
  lw.ctx = {read_settings(lw.ws.config), as_of};
  load_checked(lw, extra);
  return lw;
}

std::optional<CheckedFacts> load_facts(const GlobalOptions& g, Date as_of, const std::set<Kind>& kinds, Io& io) {
  auto lw = open_config(g, as_of.str(), io);
  if (!lw) return std::nullopt;
  RecordCollector facts(kinds, lw->ctx.settings.currency);
  LoadHooks extra;
  extra.listed = [&](const Workspace& listed) { facts.listed(listed); };
  extra.read = [&](const Record& r, unsigned) { facts.read(r); };
  extra.keep = WorkspaceChecker::needs_document;
  load_checked(*lw, extra);
  CheckedFacts out{std::move(*lw), {}};
  out.data = facts.finish(out.lw.ws, out.lw.ws.diagnostics);
  return out;
}

void warn_left_out(const LoadedWorkspace& lw, const std::set<Kind>& kinds, std::string_view what, Io& io) {
  std::set<std::string, std::less<>> broken;
  for (const auto& d : lw.ws.diagnostics)
    if (d.severity == Severity::error) broken.insert(d.path);
  for (const auto& r : lw.ws.records)
    if (kinds.count(r.kind) && broken.count(r.path))
      io.err << fmt::format("brm: warning: {} has errors and is left out of the {}; run 'brm validate'\n", r.path,
                            what);
}

const Record* find_record(const Workspace& ws, Kind kind, std::string_view id) {
  for (const auto& r : ws.of_kind(kind))
    if (r.id == id && r.doc) return &r;
  return nullptr;
}

std::string unknown_id_message(const Workspace& ws, Kind kind, std::string_view id) {
  std::vector<std::string_view> ids;
  for (const auto& r : ws.of_kind(kind)) ids.push_back(r.id);
  const auto& spec = spec_of(kind);
  std::string msg = fmt::format("no {} has the id '{}'{}", spec.name, id, did_you_mean(id, ids));
  if (ids.empty()) return msg + fmt::format("; there are no {} yet", spec.folder);
  if (ids.size() <= 12) return msg + fmt::format("; the {} are {}", spec.folder, fmt::join(ids, ", "));
  return msg + fmt::format("; see the {} folder for the {} that exist", spec.folder, ids.size());
}

std::vector<std::string> enum_values(Kind kind, std::string_view field) {
  const Field* f = find_field(spec_of(kind).shape, field);
  std::vector<std::string> out;
  if (f)
    for (auto v : f->shape.values) out.emplace_back(v);
  return out;
}

bool valid_to_write(const LoadedWorkspace& lw, Kind kind, const std::string& path, const std::string& text, Io& io) {
  auto found = check_new_record(lw.ws, lw.ctx, kind, path, text);
  std::erase_if(found, [](const Diagnostic& d) { return d.severity == Severity::warning; });
  if (found.empty()) return true;
  print_diagnostics(found, io);
  fail(io, fmt::format("the {} would not be valid; nothing was written", spec_of(kind).name));
  return false;
}

int write_new_record(const LoadedWorkspace& lw, const std::string& path, const std::string& text,
                     const std::string& exists_message, Io& io) {
  const auto file = lw.ws.root / path;
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (auto err = write_file_atomic(file, text, WriteMode::create_new); !err.empty())
    return fail(io, std::filesystem::exists(file) ? exists_message : err);
  return 0;
}

void print_diagnostics(const Diagnostics& list, Io& io) {
  for (const auto& d : list)
    io.err << fmt::format("brm: {}:{}:{}: {}: {} [{}]\n", d.path, d.pos.line, d.pos.column, severity_name(d.severity),
                          d.message, d.rule);
}

}  // namespace brm
