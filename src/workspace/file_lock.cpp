#include "brm/workspace/file_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <thread>
#include <utility>

#include <fmt/format.h>

namespace brm {
namespace fs = std::filesystem;

namespace {

enum class Try { held, busy, retry, failed };

struct Attempt {
  Try result = Try::failed;
  int fd = -1;
  bool took_over = false;
};

// The lock file is still the one at `path`: a holder removes it before it releases
// the flock, so a waiter that then gets the flock holds a file nobody else will open.
bool still_linked(int fd, const fs::path& path) {
  struct stat open_file {}, on_disk {};
  return ::fstat(fd, &open_file) == 0 && ::lstat(path.c_str(), &on_disk) == 0 && open_file.st_ino == on_disk.st_ino &&
         open_file.st_dev == on_disk.st_dev;
}

void write_owner(int fd) {
  const auto text = fmt::format("{}\n", ::getpid());
  if (::ftruncate(fd, 0) == 0) [[maybe_unused]] auto n = ::pwrite(fd, text.data(), text.size(), 0);
}

Attempt try_lock(const fs::path& path) {
  bool created = true;
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
  if (fd < 0 && errno == EEXIST) {
    created = false;
    fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 && errno == ENOENT) return {Try::retry};  // released meanwhile
  }
  if (fd < 0) return {Try::failed};
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int why = errno;
    // No flock here: the lock file alone is the lock, held by whoever created it.
    const bool no_flock = why != EWOULDBLOCK && why != EINTR;
    if (no_flock && created) return write_owner(fd), Attempt{Try::held, fd, false};
    ::close(fd);
    return {Try::busy};
  }
  if (!still_linked(fd, path)) return ::close(fd), Attempt{Try::retry};
  write_owner(fd);
  return {Try::held, fd, !created};
}

std::string holder_of(const fs::path& lock) {
  char buf[32] = {};
  const int fd = ::open(lock.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return {};
  const auto n = ::read(fd, buf, sizeof buf - 1);
  ::close(fd);
  std::string pid(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.empty() ? std::string() : fmt::format(" (process {})", pid);
}

}  // namespace

fs::path FileLock::path_for(const fs::path& file) { return fs::path(file.string() + ".lock"); }

std::optional<FileLock> FileLock::acquire(const fs::path& file, std::chrono::milliseconds wait, std::string& error) {
  const auto lock = path_for(file);
  const auto deadline = std::chrono::steady_clock::now() + wait;
  static thread_local std::minstd_rand jitter{std::random_device{}()};
  while (true) {
    const auto a = try_lock(lock);
    if (a.result == Try::held) return FileLock(lock, a.fd, a.took_over);
    if (a.result == Try::failed) {
      error = fmt::format("cannot create the lock file {}: {}", lock.string(), std::strerror(errno));
      return std::nullopt;
    }
    if (a.result == Try::busy && std::chrono::steady_clock::now() >= deadline) {
      error = fmt::format(
          "{} is being changed by another brm run{}; waited {} s. Try again when it has finished. If no brm "
          "is running (a run stopped on a file system without file locks), delete {}",
          file.string(), holder_of(lock), wait.count() / 1000, lock.string());
      return std::nullopt;
    }
    // Waiters back off by a few random milliseconds, so they do not wake in step.
    if (a.result == Try::busy) std::this_thread::sleep_for(std::chrono::milliseconds(2 + jitter() % 8));
  }
}

FileLock::FileLock(FileLock&& other) noexcept
    : path_(std::move(other.path_)), fd_(std::exchange(other.fd_, -1)), took_over_(other.took_over_) {}

FileLock::~FileLock() {
  if (fd_ < 0) return;
  // Unlink before closing: whoever gets the flock next sees the file is gone and
  // starts again on a new one, so two runs never both hold a lock file.
  ::unlink(path_.c_str());
  ::close(fd_);
}

bool lock_in_use(const fs::path& lock) {
  const int fd = ::open(lock.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return false;
  const bool busy = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);
  return busy;
}

}  // namespace brm
