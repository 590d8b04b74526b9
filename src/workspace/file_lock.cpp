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

enum class Try { held, busy, retry, no_flock, failed };

struct Attempt {
  Try result = Try::failed;
  int fd = -1;
};

// The name still leads to the file that was locked: a writer that held the lock
// before renamed a new file over it, and that new file is the one to lock.
bool still_there(int fd, const fs::path& path) {
  struct stat open_file {}, on_disk {};
  return ::fstat(fd, &open_file) == 0 && ::stat(path.c_str(), &on_disk) == 0 && open_file.st_ino == on_disk.st_ino &&
         open_file.st_dev == on_disk.st_dev;
}

Attempt try_flock(const fs::path& file) {
  // NFS grants an exclusive flock only on a file open for writing.
  int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0 && (errno == EACCES || errno == EROFS)) fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return {Try::failed};
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int why = errno;
    ::close(fd);
    if (why == EWOULDBLOCK || why == EINTR) return {Try::busy};
    errno = why;
    const bool missing = why == ENOLCK || why == EOPNOTSUPP || why == EINVAL || why == EBADF;
    return {missing ? Try::no_flock : Try::failed};
  }
  if (!still_there(fd, file)) return ::close(fd), Attempt{Try::retry};
  return {Try::held, fd};
}

// git's way, for file systems without flock: whoever creates the lock file holds it.
std::string host_name() {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  return host;
}

// The lock file says who holds it, for the message a waiter gives.
Attempt try_lock_file(const fs::path& lock) {
  const int fd = ::open(lock.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
  if (fd >= 0) {
    const auto owner = fmt::format("{} {}\n", ::getpid(), host_name());
    [[maybe_unused]] const auto n = ::write(fd, owner.data(), owner.size());
    return {Try::held, fd};
  }
  return {errno == EEXIST ? Try::busy : Try::failed};
}

// "process 4711 on host-a", from a lock file's first line, or "" when unreadable.
std::string holder_of(const fs::path& lock) {
  char buf[300] = {};
  const int fd = ::open(lock.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return {};
  const auto n = ::read(fd, buf, sizeof buf - 1);
  ::close(fd);
  const std::string_view text(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
  const auto line = text.substr(0, text.find('\n'));
  const auto space = line.find(' ');
  if (line.empty() || space == std::string_view::npos) return {};
  return fmt::format("process {} on {}", line.substr(0, space), line.substr(space + 1));
}

std::string busy_message(const fs::path& file, const fs::path& lock_file, std::chrono::milliseconds wait) {
  const auto waited = wait.count() % 1000 ? fmt::format("{} ms", wait.count()) : fmt::format("{} s", wait.count() / 1000);
  auto msg = fmt::format("{} is being changed by another brm run; waited {}. Try again when it has finished",
                         file.string(), waited);
  if (lock_file.empty()) return msg;
  const auto holder = holder_of(lock_file);
  return msg + fmt::format(". The lock is {}{}; if {} is not running (a run that was stopped left it), delete it",
                           lock_file.string(), holder.empty() ? "" : ", held by " + holder,
                           holder.empty() ? "brm" : "that process");
}

}  // namespace

fs::path FileLock::path_for(const fs::path& file) { return fs::path(file.string() + ".lock"); }

std::optional<FileLock> FileLock::acquire(const fs::path& path, std::chrono::milliseconds wait, std::string& error) {
  // Two names of one record (a link and its target) must meet at one lock.
  std::error_code ec;
  auto file = fs::weakly_canonical(path, ec);
  if (ec) file = path;
  const auto deadline = std::chrono::steady_clock::now() + wait;
  static thread_local std::minstd_rand jitter{std::random_device{}()};
  fs::path lock_file;  // set once flock turns out to be missing here
  while (true) {
    auto a = lock_file.empty() ? try_flock(file) : try_lock_file(lock_file);
    if (a.result == Try::no_flock) {
      lock_file = path_for(file);
      continue;
    }
    if (a.result == Try::held) return FileLock(a.fd, file, lock_file);
    if (a.result == Try::failed) {
      error = fmt::format("cannot lock {}: {}", (lock_file.empty() ? path : lock_file).string(), std::strerror(errno));
      return std::nullopt;
    }
    if (a.result == Try::busy && std::chrono::steady_clock::now() >= deadline) {
      error = busy_message(path, lock_file, wait);
      return std::nullopt;
    }
    // Waiters back off by a few random milliseconds, so they do not wake in step.
    if (a.result == Try::busy) std::this_thread::sleep_for(std::chrono::milliseconds(1 + jitter() % 5));
  }
}

FileLock::FileLock(FileLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), file_(std::move(other.file_)), lock_file_(std::move(other.lock_file_)) {}

bool FileLock::still_locks() const { return !lock_file_.empty() || still_there(fd_, file_); }

FileLock::~FileLock() {
  if (fd_ < 0) return;
  if (!lock_file_.empty()) ::unlink(lock_file_.c_str());
  ::close(fd_);  // releases the flock
}

bool lock_in_use(const fs::path& lock) {
  const int fd = ::open(lock.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return false;
  const bool busy = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);
  return busy;
}

}  // namespace brm
