#include "brm/workspace/loader.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

#include "brm/util/parallel.hpp"
#include "brm/workspace/read_file.hpp"
#include "brm/yaml/reader.hpp"
#include "scan.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

// `folder` is the folder the file is in and `name` its path from there; `regular` says
// the listing showed a regular file.
void read_record(const FolderHandle& folder, const char* name, Record& r, yaml::Keep keep, Diagnostics& out,
                 bool regular = false) {
  const yaml::Limits limits;
  static thread_local std::string copy;
  std::optional<std::string_view> bytes;
  if (regular)
    bytes = read_listed_file(folder, name, r.path, limits.max_bytes, out);
  else if (read_file(folder.fd(), name, r.path, limits.max_bytes, copy, out))
    bytes = copy;
  if (bytes) r.doc = yaml::read_document(*bytes, r.path, out, limits, keep);
  r.parsed = r.doc.has_value();
}

}  // namespace

Workspace load_workspace_config(const fs::path& root) {
  Workspace ws;
  ws.root = root;
  const FolderHandle folder(root);
  ws.config = {Kind::config, "brm", "brm.yaml", std::nullopt};
  read_record(folder, "brm.yaml", ws.config, yaml::Keep::copy, ws.diagnostics);
  ws.files_read = 1;
  return ws;
}

void load_records(Workspace& ws, const LoadHooks& hooks) {
  auto found = scan_workspace(ws.root, ws.diagnostics);  // by kind folder, each ordered by path
  std::size_t total = 0;
  for (const auto& list : found) total += list.size();
  ws.records.reserve(total);
  std::vector<char> regular;
  regular.reserve(total);
  for (auto& list : found)
    for (auto& c : list) {
      ws.records.push_back({c.kind, std::move(c.id), std::move(c.path), std::nullopt});
      regular.push_back(c.regular);
    }
  ws.files_read = ws.records.size() + 1;
  if (hooks.listed) hooks.listed(ws);

  // Opening "x.yaml" in an open kind folder spares the kernel a path lookup per file.
  std::vector<std::unique_ptr<FolderHandle>> folders;
  for (const auto& k : kind_specs())
    folders.push_back(std::make_unique<FolderHandle>(ws.root / (k.folder.empty() ? "." : k.folder)));
  std::vector<Diagnostics> per_worker(worker_count());
  parallel_for(ws.records.size(), [&](std::size_t i, unsigned w) {
    Record& r = ws.records[i];
    const auto kind = static_cast<std::size_t>(r.kind);
    const bool keep = !hooks.keep || hooks.keep(r.kind);
    // Parse into scratch space when the hook comes first or the document is dropped;
    // copy out only what is kept.
    const auto mode = hooks.read || !keep ? yaml::Keep::view : yaml::Keep::copy;
    read_record(*folders[kind], r.path.c_str() + kind_specs()[kind].folder.size() + 1, r, mode, per_worker[w],
                regular[i]);
    if (hooks.read) hooks.read(r, w);
    if (mode == yaml::Keep::view && r.doc) {
      if (keep)
        r.doc = r.doc->copy();
      else
        r.doc.reset();
    }
  });
  for (auto& d : per_worker) ws.diagnostics.insert(ws.diagnostics.end(), d.begin(), d.end());
}

Workspace load_workspace(const fs::path& root) {
  Workspace ws = load_workspace_config(root);
  load_records(ws);
  return ws;
}

}  // namespace brm
