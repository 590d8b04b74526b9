#pragma once
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "brm/workspace/file_lock.hpp"

namespace brm {

/// What became of a read-modify-write.
struct UpdateResult {
  enum Status { written, declined, failed } status = failed;
  std::string error;  // set when failed
};

/// Turns the bytes of a file into its new bytes, or nullopt to write nothing (having
/// said why).
using Change = std::function<std::optional<std::string>(std::string_view current)>;

/// Reads `file` while holding its lock (FileLock), hands its bytes to `change`, and
/// writes the result back in place with write_file_atomic. Concurrent updates through
/// this function queue on the lock, each reading what the one before wrote, so none
/// is lost. Fails, writing nothing, when the file changed on disk between the read and
/// the write (a person's editor saving it meanwhile, which takes no lock).
/// Messages name the file as `shown_as` (the path relative to the workspace), or as
/// `file` when that is empty.
UpdateResult update_file(const std::filesystem::path& file, std::size_t max_bytes, const Change& change,
                         const std::string& shown_as = {}, std::chrono::milliseconds wait = default_lock_wait);

}  // namespace brm
