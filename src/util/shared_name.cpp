#include "brm/util/shared_name.hpp"

#include <mutex>
#include <string>
#include <unordered_set>

namespace brm {
namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// Every name shared so far. A node-based set: a string, once in it, never moves, so
/// views of its characters stay valid as the set grows.
struct Pool {
  std::mutex lock;
  std::unordered_set<std::string, Hash, std::equal_to<>> names;
};

Pool& pool() {
  static Pool* p = new Pool;  // never destroyed: views may be used until exit
  return *p;
}

}  // namespace

std::string_view shared_name(std::string_view text) {
  // Each thread remembers the names it has seen, so that the lock is taken only once
  // per name and thread rather than once per use.
  thread_local std::unordered_set<std::string_view> seen;
  if (auto it = seen.find(text); it != seen.end()) return *it;
  auto& p = pool();
  std::lock_guard guard(p.lock);
  auto it = p.names.find(text);
  if (it == p.names.end()) it = p.names.emplace(text).first;
  const std::string_view shared = *it;
  seen.insert(shared);
  return shared;
}

}  // namespace brm
