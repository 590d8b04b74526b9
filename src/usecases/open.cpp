#include "brm/usecases/open.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "brm/checks/suggest.hpp"
#include "brm/records/collector.hpp"
#include "brm/util/i18n.hpp"
#include "brm/util/parallel.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "brm/workspace/loader.hpp"

namespace brm {
namespace {

bool is_error(const Diagnostic& d) { return d.severity == Severity::error; }

/// brm.yaml checked on its own, before any record is read.
Failure invalid_settings(const OpenWorkspace& w) {
  Failure f;
  for (auto& d : check_config(w.ws, w.ctx))
    if (is_error(d)) f.diagnostics.push_back(std::move(d));
  if (!f.empty()) f.add(tr("brm.yaml is not valid, so its settings cannot be used; fix it first (see 'brm validate')"));
  return f;
}

/// Every record read once, checked (when asked) and collected while its file is in the
/// cache: on 100,000 files, keeping every document would be most of the memory.
void read_all(OpenWorkspace& w, const Needs& needs) {
  const bool check = needs.reads == Reads::checked;
  WorkspaceChecker checker(w.ctx, worker_count());
  RecordCollector collector(needs.records, w.ctx.settings.currency);
  LoadHooks hooks;
  hooks.listed = [&](const Workspace& listed) {
    if (check) checker.listed(listed);
    collector.listed(listed);
  };
  hooks.read = [&](const Record& r, unsigned worker) {
    if (check) checker.check_record(r, worker);
    collector.read(r);
  };
  if (check) hooks.keep = WorkspaceChecker::needs_document;
  load_records(w.ws, hooks);
  if (check) {
    auto found = checker.finish(w.ws);
    w.ws.diagnostics.insert(w.ws.diagnostics.end(), found.begin(), found.end());
  }
  // Reading without the checks keeps every record: a meeting agenda is a draft.
  w.records = collector.finish(w.ws, check ? w.ws.diagnostics : Diagnostics{});
}

/// The files of `kinds` that an error names: the records left out of the facts.
std::vector<std::string> left_out_of(const Workspace& ws, const std::set<Kind>& kinds) {
  std::set<std::string_view> broken;
  for (const auto& d : ws.diagnostics)
    if (is_error(d)) broken.insert(d.path);
  std::vector<std::string> out;
  for (const auto& r : ws.records)
    if (kinds.count(r.kind) && broken.count(r.path)) out.push_back(r.path);
  return out;
}

/// brm.yaml that could not be read at all (a link leading outside the workspace, not a
/// file, too large): no workspace is opened, whatever the command, so that no byte of a
/// file outside the workspace is used or shown and every source answers alike.
Failure unreadable_settings(const Workspace& ws) {
  Failure f;
  if (ws.config.content_hash != 0) return f;
  for (const auto& d : ws.diagnostics)
    if (d.path == ws.config.path && is_error(d)) f.diagnostics.push_back(d);
  if (!f.empty()) f.add(tr("brm.yaml cannot be read, so the workspace cannot be opened"));
  return f;
}

}  // namespace

Result<OpenWorkspace> open_workspace(std::shared_ptr<const FileSource> source, Date as_of, const Needs& needs) {
  OpenWorkspace w{load_workspace_config(std::move(source)), {}, {}, {}};
  if (auto f = unreadable_settings(w.ws); !f.empty()) return f;
  w.ctx = {read_settings(w.ws.config), as_of};
  if (needs.valid_settings)
    if (auto f = invalid_settings(w); !f.empty()) return f;
  if (needs.reads == Reads::settings) return w;
  read_all(w, needs);
  if (needs.reads == Reads::checked) w.left_out = left_out_of(w.ws, needs.records);
  return w;
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
  const auto hint = did_you_mean(id, ids);
  if (ids.empty()) return trf("no {} has the id '{}'{}; there are no {} yet", spec.name, id, hint, spec.folder);
  if (ids.size() <= 12)
    return trf("no {} has the id '{}'{}; the {} are {}", spec.name, id, hint, spec.folder, fmt::join(ids, ", "));
  return trf("no {} has the id '{}'{}; see the {} folder for the {} that exist", spec.name, id, hint, spec.folder,
             ids.size());
}

const Record* require_record(const Workspace& ws, Kind kind, std::string_view id, Failure& f) {
  if (const Record* r = find_record(ws, kind, id)) return r;
  // A file with that id that could not be read: say so, and why, not "no such id".
  for (const auto& r : ws.of_kind(kind)) {
    if (r.id != id || r.parsed) continue;
    for (const auto& d : ws.diagnostics)
      if (d.path == r.path && is_error(d)) f.diagnostics.push_back(d);
    f.add(trf("{} cannot be read, so the {} '{}' cannot be used; fix the file first (see 'brm validate')", r.path,
              spec_of(kind).name, id));
    return nullptr;
  }
  f.add(unknown_id_message(ws, kind, id));
  return nullptr;
}

void check_before_writing(const OpenWorkspace& w, Kind kind, const std::string& path, const std::string& text,
                          Failure& f) {
  auto found = check_new_record(w.ws, w.ctx, kind, path, text);
  std::erase_if(found, [](const Diagnostic& d) { return !is_error(d); });
  if (found.empty()) return;
  f.diagnostics.insert(f.diagnostics.end(), found.begin(), found.end());
  f.add(trf("the {} would not be valid; nothing was written", spec_of(kind).name));
}

std::string write_new_record(const OpenWorkspace& w, const std::string& path, const std::string& text,
                             const std::string& exists_message) {
  const auto file = w.ws.root / path;
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (auto err = write_file_atomic(file, text, WriteMode::create_new); !err.empty())
    return std::filesystem::exists(file) ? exists_message : err;
  return "";
}

}  // namespace brm
