#include "brm/workspace/locked_update.hpp"

#include <fmt/format.h>

#include "brm/workspace/atomic_write.hpp"
#include "brm/workspace/read_file.hpp"

namespace brm {
namespace fs = std::filesystem;


UpdateResult update_file(const fs::path& file, std::size_t max_bytes, const Change& change,
                         std::chrono::milliseconds wait) {
  UpdateResult r;
  auto lock = FileLock::acquire(file, wait, r.error);
  if (!lock) return r;
  r.took_over = lock->took_over();
  const auto before = read_whole_file(file, max_bytes, r.error);
  if (!before) return r;
  const auto after = change(*before);
  if (!after) return r.status = UpdateResult::declined, r;
  // brm's own writers wait for the lock; an editor does not, so look once more.
  const auto now = read_whole_file(file, max_bytes, r.error);
  if (!now) return r;
  if (*now != *before) {
    r.error = fmt::format("{} changed while it was being updated; nothing was written", file.string());
    return r;
  }
  r.error = write_file_atomic(file, *after, WriteMode::replace);
  if (r.error.empty()) r.status = UpdateResult::written;
  return r;
}

}  // namespace brm
