#include "brm/workspace/loader.hpp"

#include <algorithm>
#include <memory>

#include "brm/util/parallel.hpp"
#include "brm/workspace/file_source.hpp"
#include "brm/yaml/reader.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

void parse_into(std::optional<std::string_view> bytes, Record& r, yaml::Keep keep, Diagnostics& out) {
  if (bytes) r.doc = yaml::read_document(*bytes, r.path, out, yaml::Limits{}, keep);
  r.parsed = r.doc.has_value();
}

}  // namespace

Workspace load_workspace_config(std::shared_ptr<const FileSource> source) {
  Workspace ws;
  ws.root = source->root();
  ws.source = std::move(source);
  ws.config = {Kind::config, "brm", "brm.yaml", std::nullopt};
  const auto bytes = ws.source->read_config(yaml::Limits{}.max_bytes, ws.diagnostics);
  if (bytes) ws.config.content_hash = std::hash<std::string_view>{}(*bytes);
  parse_into(bytes, ws.config, yaml::Keep::copy, ws.diagnostics);
  ws.files_read = 1;
  return ws;
}

Workspace load_workspace_config(const fs::path& root) { return load_workspace_config(directory_source(root)); }

void load_records(Workspace& ws, const LoadHooks& hooks) {
  auto found = ws.source->list(ws.diagnostics);  // by kind folder, each ordered by path
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

  const yaml::Limits limits;
  std::vector<Diagnostics> per_worker(worker_count());
  parallel_for(ws.records.size(), [&](std::size_t i, unsigned w) {
    Record& r = ws.records[i];
    const bool keep = !hooks.keep || hooks.keep(r.kind);
    // Parse into scratch space when the hook comes first or the document is dropped;
    // copy out only what is kept.
    const auto mode = hooks.read || !keep ? yaml::Keep::view : yaml::Keep::copy;
    const auto bytes = ws.source->read(r.kind, r.path, regular[i], limits.max_bytes, per_worker[w]);
    if (bytes) r.content_hash = std::hash<std::string_view>{}(*bytes);
    parse_into(bytes, r, mode, per_worker[w]);
    if (hooks.read) hooks.read(r, w);
    if (mode == yaml::Keep::view && r.doc) {
      if (keep)
        r.doc = yaml::own(*r.doc);
      else
        r.doc.reset();
    }
  });
  for (auto& d : per_worker) ws.diagnostics.insert(ws.diagnostics.end(), d.begin(), d.end());
}

}  // namespace brm
