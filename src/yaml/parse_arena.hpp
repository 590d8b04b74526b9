#pragma once

namespace brm::yaml {

/// Whether libyaml runs as shipped: no arena, a new parser for every file. Always so in
/// a build with -DBRM_PARSE_SPEEDUPS=OFF; otherwise when the environment says
/// BRM_PARSE_ARENA=off, the switch the sanitizer run uses to test both paths with one
/// build (ASan cannot see a read past a block inside the arena, or a leak in it).
bool plain_libyaml();

/// While one is alive on a thread, the small blocks libyaml allocates on that thread
/// (the text of every token, scratch strings of the scanner, the values of events)
/// come from a per-thread arena that each new scope empties again, instead of from
/// malloc and free: about 150 of each per record file, a tenth of a validate run.
///
/// This works because libyaml allocates only through yaml_malloc, yaml_realloc,
/// yaml_free and yaml_strdup, and calls them through the PLT, so the definitions in
/// parse_arena.cpp take their place. Outside a scope they do what libyaml's own do.
/// Nothing libyaml allocated inside a scope may be used after it ends; the reader
/// copies what it keeps into its Document before the next file.
class ArenaScope {
 public:
  ArenaScope();
  ~ArenaScope();
  ArenaScope(const ArenaScope&) = delete;
  ArenaScope& operator=(const ArenaScope&) = delete;

  /// Whether some allocation in this scope may have come from malloc: it did not fit
  /// the arena, or libyaml does not allocate through the replaced functions at all.
  bool spilled() const;

 private:
  bool replaced_ = false;
};

}  // namespace brm::yaml
