#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "brm/model/diagnostic.hpp"

namespace brm {

/// Reads a whole regular file into `bytes` (reusing its capacity). Returns false with a
/// diagnostic under `rel` when it cannot be read, is not a regular file, or is larger
/// than `max_bytes` (not read then).
bool read_file(const std::filesystem::path& file, const std::string& rel, std::size_t max_bytes,
               std::string& bytes, Diagnostics& out);

}  // namespace brm
