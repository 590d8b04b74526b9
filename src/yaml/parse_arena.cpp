#include "parse_arena.hpp"

#include <yaml.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace brm::yaml {
namespace {

// Big enough for every token of a typical record many times over; a file that needs
// more gets the rest from malloc, which yaml_free tells apart by address.
constexpr std::size_t arena_bytes = std::size_t{256} * 1024;
// Each block starts with its size (for yaml_realloc) and keeps malloc's alignment.
constexpr std::size_t header = alignof(std::max_align_t);

// Trivially destructible, so that the calls below reach it without a thread-local
// initialisation check; `owner` frees the block when the thread ends.
struct Arena {
  std::byte* block = nullptr;
  std::size_t used = 0;
  bool active = false;
  bool spilled = false;  // an allocation did not fit while active

  bool owns(const void* p) const {
    return reinterpret_cast<std::uintptr_t>(p) - reinterpret_cast<std::uintptr_t>(block) < arena_bytes;
  }

  void* allocate(std::size_t size) {
    const auto need = header + (size + header - 1) / header * header;
    if (!active) return nullptr;
    if (size > arena_bytes || need > arena_bytes - used) return spilled = true, nullptr;
    std::byte* p = block + used;
    used += need;
    std::memcpy(p, &size, sizeof size);
    return p + header;
  }

  static std::size_t size_of(const void* p) {
    std::size_t size;
    std::memcpy(&size, static_cast<const std::byte*>(p) - header, sizeof size);
    return size;
  }
};

thread_local Arena arena;
thread_local std::unique_ptr<std::byte[]> owner;

void give_block() {
  if (arena.block) return;
  owner = std::make_unique_for_overwrite<std::byte[]>(arena_bytes);
  arena.block = owner.get();
}

/// Whether libyaml's allocations reach the functions below. They do when libyaml calls
/// them through the dynamic linker (Debian's build does); a libyaml that calls its own
/// would never use the arena, and the reader must then free every event itself.
/// Tried once, with a parser set up while the arena is active on this thread.
bool libyaml_uses_arena() {
  give_block();
  arena.used = 0;
  arena.active = true;
  yaml_parser_t parser;
  const bool ok = yaml_parser_initialize(&parser) != 0;
  const bool used = arena.used > 0;
  arena.active = false;  // frees of arena blocks do nothing from here on
  arena.used = 0;
  if (ok) yaml_parser_delete(&parser);
  return used;
}

}  // namespace

bool plain_libyaml() {
#ifdef BRM_PLAIN_LIBYAML
  return true;
#else
  static const bool plain = [] {
    const char* value = std::getenv("BRM_PARSE_ARENA");
    return value && std::strcmp(value, "off") == 0;
  }();
  return plain;
#endif
}

ArenaScope::ArenaScope() {
  // Both read once, before this thread's arena is active.
  static const bool in_use = !plain_libyaml() && libyaml_uses_arena();
  replaced_ = in_use;
  if (!in_use) return;  // the arena stays inactive and spilled() is true
  give_block();
  arena.used = 0;
  arena.active = true;
  arena.spilled = false;
}

bool ArenaScope::spilled() const { return arena.spilled || !replaced_; }

ArenaScope::~ArenaScope() { arena.active = false; }

}  // namespace brm::yaml

#ifndef BRM_PLAIN_LIBYAML
using brm::yaml::arena;

// libyaml's allocation functions (declared in its private yaml_private.h), replaced.
extern "C" {

void* yaml_malloc(size_t size) {
  if (void* p = arena.allocate(size)) return p;
  return std::malloc(size ? size : 1);
}

void* yaml_realloc(void* ptr, size_t size) {
  if (!ptr) return yaml_malloc(size);
  if (!arena.owns(ptr)) return std::realloc(ptr, size ? size : 1);
  void* moved = yaml_malloc(size);
  if (moved) std::memcpy(moved, ptr, std::min(size, brm::yaml::Arena::size_of(ptr)));
  return moved;
}

void yaml_free(void* ptr) {
  if (ptr && !arena.owns(ptr)) std::free(ptr);
}

yaml_char_t* yaml_strdup(const yaml_char_t* str) {
  if (!str) return nullptr;
  const auto size = std::strlen(reinterpret_cast<const char*>(str)) + 1;
  auto* copy = static_cast<yaml_char_t*>(yaml_malloc(size));
  if (copy) std::memcpy(copy, str, size);
  return copy;
}
}
#endif  // BRM_PLAIN_LIBYAML
