#include "brm/workspace/workspace.hpp"

#include <algorithm>
#include <string_view>

namespace brm {

std::span<const Record> Workspace::of_kind(Kind k) const {
  const auto lo =
      std::lower_bound(records.begin(), records.end(), k, [](const Record& r, Kind v) { return r.kind < v; });
  const auto hi = std::upper_bound(lo, records.end(), k, [](Kind v, const Record& r) { return v < r.kind; });
  return {lo, hi};
}

const Record* Workspace::at_path(std::string_view path) const {
  const auto kind = kind_in_folder(path.substr(0, path.find('/')));
  if (!kind) return nullptr;
  const auto list = of_kind(*kind);
  const auto it =
      std::lower_bound(list.begin(), list.end(), path, [](const Record& r, std::string_view p) { return r.path < p; });
  return it != list.end() && it->path == path ? &*it : nullptr;
}

}  // namespace brm
