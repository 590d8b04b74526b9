#include "id_table.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace brm {

// Eight bytes at a time, each mixed in with a multiply and a shift: the table only
// needs an even spread, not security, and a byte at a time was most of the index's cost.
std::uint64_t IdTable::hash_of(std::string_view id) {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
  auto mix = [](std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * k;
    return h ^ (h >> 32);
  };
  std::uint64_t h = id.size() * k, w;
  std::size_t i = 0;
  for (; i + 8 <= id.size(); i += 8) std::memcpy(&w, id.data() + i, 8), h = mix(h, w);
  w = 0;
  if (i < id.size()) std::memcpy(&w, id.data() + i, id.size() - i);  // an empty id may have no data at all
  return mix(h, w);
}

void IdTable::reserve(std::size_t n) {
  const auto want = std::bit_ceil(std::max<std::size_t>(16, 2 * n));
  if (want <= slots_.size()) return;
  std::vector<Slot> old(want);
  old.swap(slots_);
  size_ = 0;
  for (const auto& s : old)
    if (s.record) slots_[slot_of(s.record->id, s.hash)] = s, ++size_;
}

void IdTable::grow() { reserve(slots_.size()); }

// Linear probing from the hash: the id's slot, or the free slot where it would go.
std::size_t IdTable::slot_of(std::string_view id, std::uint64_t hash) const {
  const auto mask = slots_.size() - 1;
  for (auto i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.record || (s.hash == hash && s.record->id == id)) return i;
  }
}

const Record* IdTable::insert(const Record* r) {
  if (2 * (size_ + 1) > slots_.size()) grow();
  const auto hash = hash_of(r->id);
  Slot& s = slots_[slot_of(r->id, hash)];
  if (s.record) return s.record;
  s = {r, hash};
  ++size_;
  return nullptr;
}

const Record* IdTable::find(std::string_view id) const {
  if (slots_.empty()) return nullptr;
  return slots_[slot_of(id, hash_of(id))].record;
}

}  // namespace brm
