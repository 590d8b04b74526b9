#include "brm/workspace/loader.hpp"

#include <algorithm>
#include <atomic>
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

Record read_record(int root_fd, Kind kind, std::string id, std::string rel, Diagnostics& out) {
  Record r{kind, std::move(id), std::move(rel), std::nullopt};
  const yaml::Limits limits;
  static thread_local std::string bytes;
  if (read_file(root_fd, r.path, limits.max_bytes, bytes, out)) r.doc = yaml::read_document(bytes, r.path, out, limits);
  return r;
}

}  // namespace

Workspace load_workspace_config(const fs::path& root) {
  Workspace ws;
  ws.root = root;
  const FolderHandle folder(root);
  ws.config = read_record(folder.fd(), Kind::config, "brm", "brm.yaml", ws.diagnostics);
  ws.files_read = 1;
  return ws;
}

void load_records(Workspace& ws, const RecordHook& hook) {
  auto found = scan_workspace(ws.root, ws.diagnostics);
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.kind, a.path) < std::tie(b.kind, b.path);
  });
  const FolderHandle folder(ws.root);
  ws.records.resize(found.size());
  std::vector<Diagnostics> per_worker(worker_count());
  parallel_for(found.size(), [&](std::size_t i, unsigned w) {
    auto& c = found[i];
    ws.records[i] = read_record(folder.fd(), c.kind, std::move(c.id), std::move(c.path), per_worker[w]);
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
