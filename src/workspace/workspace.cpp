#include "brm/workspace/workspace.hpp"

#include <algorithm>

namespace brm {

std::span<const Record> Workspace::of_kind(Kind k) const {
  const auto lo =
      std::lower_bound(records.begin(), records.end(), k, [](const Record& r, Kind v) { return r.kind < v; });
  const auto hi = std::upper_bound(lo, records.end(), k, [](Kind v, const Record& r) { return v < r.kind; });
  return {lo, hi};
}

}  // namespace brm
