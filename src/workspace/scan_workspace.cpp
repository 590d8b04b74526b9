#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "brm/workspace/loader.hpp"
#include "scan.hpp"
#include "brm/util/parallel.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

struct FolderScan {
  Diagnostics out;
  std::vector<Candidate> found;
};

// A folder's size on disk grows with its entries: walking the largest first keeps
// both threads busy to the end (the meetings folder alone holds half the files).
std::vector<std::size_t> largest_first(const std::vector<KindFolder>& folders) {
  std::vector<std::pair<off_t, std::size_t>> sized;
  for (std::size_t i = 0; i < folders.size(); ++i) {
    struct stat st {};
    sized.emplace_back(::stat(folders[i].dir.c_str(), &st) == 0 ? st.st_size : 0, i);
  }
  std::sort(sized.begin(), sized.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::size_t> order;
  for (const auto& s : sized) order.push_back(s.second);
  return order;
}

std::vector<FolderScan> scan_folders(const fs::path& root, const std::vector<KindFolder>& folders) {
  std::vector<FolderScan> scans(folders.size());
  const auto order = largest_first(folders);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < order.size();) {
      auto& s = scans[order[i]];
      s.found = scan_kind_folder(root, folders[order[i]], s.out);
    }
  };
  std::vector<std::jthread> helpers;
  for (unsigned w = 1; w < std::min<std::size_t>(worker_count(), folders.size()); ++w) helpers.emplace_back(work);
  work();
  return scans;
}

}  // namespace

std::vector<std::vector<Candidate>> scan_workspace(const fs::path& root, Diagnostics& out) {
  Diagnostics top;
  const auto folders = scan_root(root, top);
  auto scans = scan_folders(root, folders);

  // Each kind folder's diagnostics go where a walk on one thread would have put them.
  std::size_t from = 0;
  for (std::size_t i = 0; i < folders.size(); ++i) {
    const auto until = folders[i].diagnostics_before;
    out.insert(out.end(), top.begin() + static_cast<std::ptrdiff_t>(from),
               top.begin() + static_cast<std::ptrdiff_t>(until));
    out.insert(out.end(), scans[i].out.begin(), scans[i].out.end());
    from = until;
  }
  out.insert(out.end(), top.begin() + static_cast<std::ptrdiff_t>(from), top.end());

  // One folder per kind, each already ordered by path: in kind order they are ordered by (kind, path).
  std::vector<std::size_t> by_kind(folders.size());
  for (std::size_t i = 0; i < by_kind.size(); ++i) by_kind[i] = i;
  std::sort(by_kind.begin(), by_kind.end(), [&](auto a, auto b) { return folders[a].kind < folders[b].kind; });
  std::vector<std::vector<Candidate>> found;
  for (const auto i : by_kind) found.push_back(std::move(scans[i].found));
  return found;
}

}  // namespace brm
