#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "brm/workspace/workspace.hpp"

namespace brm {

/// The records of one kind by id: an open-addressing hash table in one block.
/// A large workspace indexes a hundred thousand ids on one thread before any file
/// is read; a node-based map allocated (and at the end freed) one node per id.
class IdTable {
 public:
  /// Room for `n` ids without growing.
  void reserve(std::size_t n);
  /// Adds `r` under its id unless that is taken; returns the record that already had it, or nullptr.
  const Record* insert(const Record* r);
  static std::uint64_t hash_of(std::string_view id);
  const Record* find(std::string_view id) const;
  std::size_t size() const { return size_; }

  template <class F>
  void for_each_id(F f) const {
    for (const auto& s : slots_)
      if (s.record) f(std::string_view(s.record->id));
  }

 private:
  // 16 bytes, so that the table of the largest kind stays small enough for the cache;
  // the id is the record's own.
  struct Slot {
    const Record* record = nullptr;  // nullptr: the slot is free
    std::uint64_t hash = 0;
  };
  std::size_t slot_of(std::string_view id, std::uint64_t hash) const;
  void grow();

  std::vector<Slot> slots_;  // a power of two in size, kept at most half full
  std::size_t size_ = 0;
};

}  // namespace brm
