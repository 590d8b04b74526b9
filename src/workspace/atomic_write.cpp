#include "brm/workspace/atomic_write.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include <fmt/format.h>

namespace brm {
namespace fs = std::filesystem;

namespace {

std::string errno_text(std::string_view what, const fs::path& p) {
  return fmt::format("cannot {} {}: {}", what, p.string(), std::strerror(errno));
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const auto n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

fs::path temp_name(const fs::path& file) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  return file.parent_path() / fmt::format(".{}.tmp-{:016x}", file.filename().string(), rng());
}

void sync_folder(const fs::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) ::fsync(fd), ::close(fd);
}

// Moves `from` to `to` without ever replacing an existing `to`.
bool move_no_replace(const fs::path& from, const fs::path& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
  if (errno != EINVAL && errno != ENOSYS) return false;
  // Filesystems without RENAME_NOREPLACE: link() also refuses an existing target.
  if (::link(from.c_str(), to.c_str()) != 0) return false;
  ::unlink(from.c_str());
  return true;
}

}  // namespace

std::string write_file_atomic(const fs::path& file, std::string_view bytes, WriteMode mode) {
  const auto temp = temp_name(file);
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return errno_text("create a temporary file next to", file);
  const bool written = write_all(fd, bytes) && ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!written) {
    ::unlink(temp.c_str());
    errno = saved;
    return errno_text("write", temp);
  }
  const bool moved =
      mode == WriteMode::replace ? ::rename(temp.c_str(), file.c_str()) == 0 : move_no_replace(temp, file);
  if (!moved) {
    const int why = errno;
    ::unlink(temp.c_str());
    errno = why;
    return why == EEXIST ? fmt::format("{} already exists; it was left as it was", file.string())
                         : errno_text("write", file);
  }
  sync_folder(file.parent_path());
  return {};
}

}  // namespace brm
