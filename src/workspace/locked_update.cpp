#include "brm/workspace/locked_update.hpp"

#include <fmt/format.h>

#include "brm/workspace/atomic_write.hpp"
#include "brm/workspace/read_file.hpp"

namespace brm {
namespace fs = std::filesystem;

static UpdateResult update_file_as_is(const fs::path& file, std::size_t max_bytes, const Change& change,
                               std::chrono::milliseconds wait);


namespace {

// Every path in `message` as the user knows it.
std::string shown(std::string message, const std::string& path, const std::string& as) {
  if (as.empty()) return message;
  for (auto at = message.find(path); at != std::string::npos; at = message.find(path, at + as.size()))
    message.replace(at, path.size(), as);
  return message;
}

}  // namespace

UpdateResult update_file(const fs::path& file, std::size_t max_bytes, const Change& change,
                         const std::string& shown_as, std::chrono::milliseconds wait) {
  auto r = update_file_as_is(file, max_bytes, change, wait);
  r.error = shown(std::move(r.error), file.string(), shown_as);
  return r;
}

static UpdateResult update_file_as_is(const fs::path& file, std::size_t max_bytes, const Change& change,
                               std::chrono::milliseconds wait) {
  UpdateResult r;
  auto lock = FileLock::acquire(file, wait, r.error);
  if (!lock) return r;
  const auto before = read_whole_file(file, max_bytes, r.error);
  if (!before) return r;
  const auto after = change(*before);
  if (!after) return r.status = UpdateResult::declined, r;
  // brm's own writers wait for the lock; an editor does not, so look once more when
  // the new bytes are on disk, just before they replace the file.
  const auto unchanged = [&]() -> std::string {
    std::string error;
    const auto now = read_whole_file(file, max_bytes, error);
    if (!now) return error;
    if (*now == *before && lock->still_locks()) return {};
    return fmt::format("{} changed while it was being updated; nothing was written", file.string());
  };
  r.error = write_file_atomic(file, *after, WriteMode::replace, unchanged);
  if (r.error.empty()) r.status = UpdateResult::written;
  return r;
}

}  // namespace brm
