#include "brm/workspace/atomic_write.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <random>

#include <fmt/format.h>

#include "sys_io.hpp"

namespace brm {
namespace fs = std::filesystem;

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

namespace {

// An open folder, closed at the end of the scope.
struct Dir {
  int fd;
  explicit Dir(const fs::path& dir) : fd(::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}
  ~Dir() {
    if (fd >= 0) ::close(fd);
  }
};

// Temporary names carry the writer's process id, so that a later writer can tell one
// left by a run that was killed (its process is gone) from one still being written.
std::string temp_prefix(const std::string& name) { return "." + name + ".tmp-"; }

std::string temp_name(const std::string& name) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  return fmt::format("{}{}-{:08x}", temp_prefix(name), ::getpid(), rng() & 0xffffffffu);
}

// Follows symbolic links to the file they lead to: writing through `-o link.html`
// replaces what the link points at and keeps the link.
fs::path resolve_links(fs::path file) {
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(file, ec))) return file;
    const auto target = fs::read_symlink(file, ec);
    if (ec) return file;
    file = target.is_absolute() ? target : file.parent_path() / target;
  }
  return file;
}

// Opens an unnamed file in the folder (O_TMPFILE): a run killed while writing it
// leaves nothing behind. `named` is set when the file system cannot, and a named
// temporary file was made instead.
int open_temp(const Dir& dir, const std::string& name, std::string& named) {
  const int fd = ::openat(dir.fd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)) return fd;
  named = temp_name(name);
  return ::openat(dir.fd, named.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
}

// Gives an unnamed file the name `as` in the folder; fails with EEXIST when it exists.
bool link_temp(int fd, const Dir& dir, const std::string& as) {
  const auto proc = fmt::format("/proc/self/fd/{}", fd);
  return ::linkat(AT_FDCWD, proc.c_str(), dir.fd, as.c_str(), AT_SYMLINK_FOLLOW) == 0;
}

// Moves `from` to `to` without ever replacing an existing `to`.
bool move_no_replace(const Dir& dir, const std::string& from, const std::string& to) {
  if (::renameat2(dir.fd, from.c_str(), dir.fd, to.c_str(), RENAME_NOREPLACE) == 0) return true;
  if (errno != EINVAL && errno != ENOSYS) return false;
  // Filesystems without RENAME_NOREPLACE: link() also refuses an existing target.
  if (::linkat(dir.fd, from.c_str(), dir.fd, to.c_str(), 0) != 0) return false;
  ::unlinkat(dir.fd, from.c_str(), 0);
  return true;
}

// The file being replaced keeps its owner where allowed (or at least its group), then
// its permissions: chown after chmod would clear set-user and set-group bits.
void keep_mode(int fd, const struct stat& old) {
  if ((old.st_uid != ::geteuid() || old.st_gid != ::getegid()) && ::fchown(fd, old.st_uid, old.st_gid) != 0)
    [[maybe_unused]] const int ignored = ::fchown(fd, static_cast<uid_t>(-1), old.st_gid);
  ::fchmod(fd, old.st_mode & 07777);
}

struct Target {
  fs::path file;
  bool exists = false;
  struct stat st {};
};

std::string check_target(Target& t, WriteMode mode) {
  if (::stat(t.file.c_str(), &t.st) != 0) {
    if (errno != ENOENT) return errno_text("write", t.file);
    return {};
  }
  t.exists = true;
  if (mode == WriteMode::create_new) return {};
  if (!S_ISREG(t.st.st_mode)) return fmt::format("{} is not a regular file; nothing was written", t.file.string());
  // No write permission for anyone counts even for root, who could write it anyway.
  if ((t.st.st_mode & 0222) == 0 || ::faccessat(AT_FDCWD, t.file.c_str(), W_OK, AT_EACCESS) != 0)
    return fmt::format("{} is read-only; nothing was written (make it writable first if it should change)",
                       t.file.string());
  return {};
}

std::string publish(int fd, const Dir& dir, const Target& t, const std::string& named, WriteMode mode) {
  const auto name = t.file.filename().string();
  if (mode == WriteMode::create_new) {
    const bool ok = named.empty() ? link_temp(fd, dir, name) : move_no_replace(dir, named, name);
    if (ok) return {};
    return errno == EEXIST ? fmt::format("{} already exists; it was left as it was", t.file.string())
                           : errno_text("write", t.file);
  }
  // rename() is the only way to replace a file in one step, and it needs a name:
  // the unnamed file gets one just before the rename.
  auto temp = named;
  if (temp.empty()) {
    temp = temp_name(name);
    if (!link_temp(fd, dir, temp)) return errno_text("write", t.file);
  }
  if (::renameat(dir.fd, temp.c_str(), dir.fd, name.c_str()) == 0) return {};
  const int why = errno;
  ::unlinkat(dir.fd, temp.c_str(), 0);
  errno = why;
  return errno_text("write", t.file);
}

}  // namespace

std::string write_file_atomic(const fs::path& file, std::string_view bytes, WriteMode mode,
                              const std::function<std::string()>& last_check) {
  Target t{mode == WriteMode::replace ? resolve_links(file) : file};
  if (auto err = check_target(t, mode); !err.empty()) return err;
  const Dir dir(t.file.parent_path());
  if (dir.fd < 0) return errno_text("open the folder of", t.file);
  if (mode == WriteMode::replace) sweep_stale_temps(t.file);
  std::string named;
  const int fd = open_temp(dir, t.file.filename().string(), named);
  if (fd < 0) return errno_text("create a temporary file next to", t.file);
  if (t.exists && mode == WriteMode::replace) keep_mode(fd, t.st);
  const bool written = write_all(fd, bytes) && ::fsync(fd) == 0;
  std::string err = written ? std::string() : errno_text("write", t.file);
  if (err.empty() && last_check) err = last_check();
  if (err.empty()) err = publish(fd, dir, t, named, mode);
  const int saved = errno;
  ::close(fd);
  // A named temporary file that was not put in place goes (an unnamed one goes anyway).
  if (!err.empty() && !named.empty()) ::unlinkat(dir.fd, named.c_str(), 0);
  if (!err.empty()) return errno = saved, err;
  ::fsync(dir.fd);
  return {};
}

namespace {

// The writer of a temporary file `.NAME.tmp-PID-XXXXXXXX`, from its name; 0 when the
// name carries none (older names, or not a temporary file at all).
pid_t writer_of(std::string_view name) {
  const auto at = name.rfind(".tmp-");
  if (!name.starts_with('.') || at == std::string_view::npos || at < 2) return 0;
  const auto rest = name.substr(at + 5);
  pid_t pid = 0;
  const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
  if (ec != std::errc{} || pid <= 0 || end == rest.data() + rest.size() || *end != '-') return 0;
  const auto tail = rest.substr(static_cast<std::size_t>(end - rest.data()) + 1);
  return tail.size() == 8 && tail.find_first_not_of("0123456789abcdef") == std::string_view::npos ? pid : 0;
}

bool is_gone(pid_t pid) { return ::kill(pid, 0) != 0 && errno == ESRCH; }

}  // namespace

std::size_t sweep_stale_temps(const fs::path& file) {
  const auto prefix = temp_prefix(file.filename().string());
  DIR* d = ::opendir(file.parent_path().empty() ? "." : file.parent_path().c_str());
  if (!d) return 0;
  std::size_t removed = 0;
  while (const dirent* e = ::readdir(d)) {
    const std::string_view name = e->d_name;
    if (!name.starts_with(prefix)) continue;
    // A process that is gone left it; one that still runs may be writing it now.
    if (const auto pid = writer_of(name); pid && is_gone(pid) && ::unlinkat(::dirfd(d), e->d_name, 0) == 0) ++removed;
  }
  ::closedir(d);
  return removed;
}

bool is_leftover_temp(std::string_view name) {
  const auto at = name.rfind(".tmp-");
  if (!name.starts_with('.') || at == std::string_view::npos || at < 2) return false;
  if (const auto pid = writer_of(name)) return is_gone(pid);
  // Earlier versions of brm named them `.NAME.tmp-` and 16 hexadecimal digits.
  const auto rest = name.substr(at + 5);
  return rest.size() == 16 && rest.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

}  // namespace brm
