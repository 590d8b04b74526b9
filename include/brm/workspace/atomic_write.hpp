#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace brm {

enum class WriteMode {
  create_new,  // fail if the file exists, even when another process creates it meanwhile
  replace,     // replace the file in one step
};

/// Writes `bytes` to a temporary file in the same folder, flushes it to disk, then
/// moves it into place, so that readers see the old file or the new one, never a
/// torn one. Returns an empty string on success, else what went wrong.
std::string write_file_atomic(const std::filesystem::path& file, std::string_view bytes, WriteMode mode);

}  // namespace brm
