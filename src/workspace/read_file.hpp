#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "brm/model/diagnostic.hpp"

namespace brm {

/// Reads a whole regular file. Returns nullopt with a diagnostic under `rel` when it
/// cannot be read, is not a regular file, or is larger than `max_bytes` (not read then).
std::optional<std::string> read_file(const std::filesystem::path& file, const std::string& rel,
                                     std::size_t max_bytes, Diagnostics& out);

}  // namespace brm
