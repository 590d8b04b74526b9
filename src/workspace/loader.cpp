#include "brm/workspace/loader.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

#include "brm/yaml/reader.hpp"
#include "read_file.hpp"
#include "scan.hpp"

namespace brm {
namespace fs = std::filesystem;

unsigned worker_count() { return std::max(1u, std::thread::hardware_concurrency()); }

void parallel_for(std::size_t n, const std::function<void(std::size_t, unsigned)>& fn) {
  // Small jobs stay on one thread: starting threads costs more than it saves.
  const auto workers = static_cast<unsigned>(std::min<std::size_t>(worker_count(), std::max<std::size_t>(1, n / 64)));
  std::atomic<std::size_t> next{0};
  auto work = [&](unsigned w) {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) fn(i, w);
  };
  std::vector<std::jthread> threads;
  for (unsigned w = 1; w < workers; ++w) threads.emplace_back(work, w);
  work(0);
}

namespace {

// `dir_fd` is the folder the file is in and `name` its path from there.
Record read_record(int dir_fd, std::size_t name_at, Kind kind, std::string id, std::string rel, Diagnostics& out) {
  Record r{kind, std::move(id), std::move(rel), std::nullopt};
  const yaml::Limits limits;
  static thread_local std::string bytes;
  if (read_file(dir_fd, r.path.c_str() + name_at, r.path, limits.max_bytes, bytes, out)) r.doc = yaml::read_document(bytes, r.path, out, limits);
  return r;
}

}  // namespace

Workspace load_workspace_config(const fs::path& root) {
  Workspace ws;
  ws.root = root;
  const FolderHandle folder(root);
  ws.config = read_record(folder.fd(), 0, Kind::config, "brm", "brm.yaml", ws.diagnostics);
  ws.files_read = 1;
  return ws;
}

void load_records(Workspace& ws, const RecordHook& hook) {
  auto found = scan_workspace(ws.root, ws.diagnostics);
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.kind, a.path) < std::tie(b.kind, b.path);
  });
  // Opening "x.yaml" in an open kind folder spares the kernel a path lookup per file.
  std::vector<std::unique_ptr<FolderHandle>> folders;
  for (const auto& k : kind_specs())
    folders.push_back(std::make_unique<FolderHandle>(ws.root / (k.folder.empty() ? "." : k.folder)));
  ws.records.resize(found.size());
  std::vector<Diagnostics> per_worker(worker_count());
  parallel_for(found.size(), [&](std::size_t i, unsigned w) {
    auto& c = found[i];
    const auto& spec = spec_of(c.kind);
    const int fd = folders[static_cast<std::size_t>(c.kind)]->fd();
    ws.records[i] = read_record(fd, spec.folder.size() + 1, c.kind, std::move(c.id), std::move(c.path), per_worker[w]);
    if (hook) hook(ws.records[i], w);
  });
  for (auto& d : per_worker) ws.diagnostics.insert(ws.diagnostics.end(), d.begin(), d.end());
  ws.files_read = found.size() + 1;
}

Workspace load_workspace(const fs::path& root) {
  Workspace ws = load_workspace_config(root);
  load_records(ws);
  return ws;
}

}  // namespace brm
