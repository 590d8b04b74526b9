#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "brm/model/diagnostic.hpp"
#include "brm/yaml/document.hpp"

namespace brm::yaml {

/// Limits that keep hostile input from costing time or memory.
struct Limits {
  std::size_t max_bytes = std::size_t{1024} * 1024;
  unsigned max_depth = 64;
};

enum class Keep {
  copy,  // the document owns its storage
  view,  // a view into this thread's scratch space, valid until its next read_document
};

/// Parses one file's bytes. Every problem is appended to `out` under `path`; the
/// result is empty when nothing trustworthy could be read (the caller still knows
/// the file exists). Never throws on bad input.
std::optional<Document> read_document(std::string_view bytes, const std::string& path, Diagnostics& out,
                                      const Limits& limits = {}, Keep keep = Keep::copy);

/// A document that owns its storage, from a view that read_document returned on this
/// thread: a large one takes over this thread's scratch space (the next file starts
/// afresh), rather than being held twice; any other is copied.
Document own(const Document& view);

}  // namespace brm::yaml
