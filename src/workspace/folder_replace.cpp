#include "brm/workspace/folder_replace.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "brm/util/i18n.hpp"
#include "brm/util/parallel.hpp"
#include "brm/workspace/file_lock.hpp"
#include "sys_io.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view manifest_header =
    "# brm site 2: the files generated here, each as: inputs size mtime-ns path. Other files in the folder are kept.";

/// What the manifest says of one generated file: what it was made from, and the size
/// and time it had when written, by which it is told from a file changed since.
struct Made {
  std::uint64_t inputs = 0;
  std::int64_t size = -1, mtime_ns = -1;
  friend bool operator==(const Made&, const Made&) = default;
};

std::int64_t mtime_ns(const struct stat& st) {
  return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

Made made_of(std::uint64_t inputs, const struct stat& st) { return {inputs, st.st_size, mtime_ns(st)}; }

/// An exclusive flock(2) on the folder that holds the site, so that two runs do not
/// build the same staging folder at once. The kernel releases it if the run dies.
class ParentLock {
 public:
  explicit ParentLock(const fs::path& parent) : fd_(::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}
  ~ParentLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  ParentLock(const ParentLock&) = delete;
  ParentLock& operator=(const ParentLock&) = delete;

  std::string acquire(const fs::path& parent) {
    if (fd_ < 0) return errno_text("open", parent);
    const auto until = std::chrono::steady_clock::now() + default_lock_wait;
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      if (errno != EWOULDBLOCK && errno != EINTR) return errno_text("lock", parent);
      if (std::chrono::steady_clock::now() > until)
        return trf("another run is writing a site in {}; nothing was changed", parent.string());
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return "";
  }

 private:
  int fd_;
};

/// A path a generated file may have: relative, inside the folder, not the manifest.
bool allowed_path(const std::string& path, std::string_view manifest) {
  if (path.empty() || path.front() == '/' || path == manifest) return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    const auto part = std::string_view(path).substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

std::optional<std::string> slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return std::move(s).str();
}

using Manifest = std::map<std::string, Made, std::less<>>;

/// The files the last replace generated; nullopt when `dir` holds no manifest. A line
/// that does not parse still names a generated file, one never taken as unchanged.
std::optional<Manifest> read_manifest(const fs::path& dir, std::string_view manifest) {
  const auto text = slurp(dir / manifest);
  if (!text) return std::nullopt;
  Manifest files;
  std::istringstream lines(*text);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line.front() == '#') continue;
    Made m;
    std::istringstream fields(line);
    std::string path;
    if (!(fields >> std::hex >> m.inputs >> std::dec >> m.size >> m.mtime_ns) || !(fields >> std::ws) ||
        !std::getline(fields, path))
      m = {}, path = line;
    if (allowed_path(path, manifest)) files.emplace(std::move(path), m);
  }
  return files;
}

/// A new file with `bytes` and `mode` (the umask applies to a new file's default); its
/// status as written goes to `st` when given.
std::string create(const fs::path& p, std::string_view bytes, std::optional<mode_t> mode, struct stat* st = nullptr) {
  const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode.value_or(0666));
  if (fd < 0) return errno_text("create", p);
  bool ok = write_all(fd, bytes);
  if (ok && mode) ok = ::fchmod(fd, *mode) == 0;
  if (ok && st) ok = ::fstat(fd, st) == 0;
  const int saved = errno;
  ::close(fd);
  errno = saved;
  return ok ? "" : errno_text("write", p);
}

/// The old file in the new folder as it is: a hard link, else a copy with its mode and
/// times (a file system without hard links), which `copied` then says.
std::string keep(const fs::path& old, const fs::path& now, const struct stat& st, bool& copied) {
  copied = false;
  if (::link(old.c_str(), now.c_str()) == 0) return "";
  copied = true;
  const auto bytes = slurp(old);
  if (!bytes) return errno_text("read", old);
  if (auto e = create(now, *bytes, st.st_mode & 07777); !e.empty()) return e;
  const struct timespec times[2] = {st.st_atim, st.st_mtim};
  return ::utimensat(AT_FDCWD, now.c_str(), times, 0) == 0 ? "" : errno_text("set the times of", now);
}

/// Builds the new folder next to the old one.
class Builder {
 public:
  Builder(fs::path old_dir, fs::path new_dir, std::string_view manifest, const Manifest& before, std::size_t count)
      : old_(std::move(old_dir)), new_(std::move(new_dir)), manifest_(manifest), before_(before), made_(count) {}

  /// Puts file `i` of the plan in the new folder: the old one when the manifest says it
  /// was made from the same inputs and it is as written, or when its bytes are the same.
  void put(const FolderPlan& plan, std::size_t i) {
    auto path = plan.path(i);
    if (!allowed_path(path, manifest_))
      return fail(fmt::format("cannot write '{}': not a path inside the folder", path));
    if (!claim(path)) return fail(fmt::format("'{}' was generated twice", path));
    const auto now = new_ / path, old = old_ / path;
    if (auto e = make_parent(now); !e.empty()) return fail(e);
    const auto inputs = plan.inputs ? plan.inputs(i) : 0;
    struct stat st {};
    const bool had = ::lstat(old.c_str(), &st) == 0 && S_ISREG(st.st_mode);
    if (had && inputs && as_written(path, made_of(inputs, st))) return keep_old(old, now, st, inputs, i, path);
    const auto bytes = plan.bytes(i);
    ++remade;
    if (had && static_cast<std::size_t>(st.st_size) == bytes.size() && slurp(old) == bytes)
      return keep_old(old, now, st, inputs, i, path);
    struct stat written_st {};
    if (auto e = create(now, bytes, had ? std::optional<mode_t>(st.st_mode & 07777) : std::nullopt, &written_st);
        !e.empty())
      return fail(e);
    made_[i] = {std::move(path), made_of(inputs, written_st)};
    ++written;
    std::lock_guard lock(mutex_);
    written_paths.push_back(now);
  }

  /// Carries over whatever the old folder holds that was not generated, and counts
  /// the generated files not generated again.
  void carry_over() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(old_, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      const auto rel = it->path().lexically_relative(old_).generic_string();
      if (it->is_directory() && !it->is_symlink()) {
        folder(it->path(), new_ / rel);
        continue;
      }
      if (rel == manifest_) continue;
      if (before_.count(rel)) {
        removed += !paths_.count(rel);
        continue;
      }
      if (paths_.count(rel))
        return fail(
            trf("{} was not written by brm site and is in the way of a page; move it away", it->path().string()));
      carry(it->path(), new_ / rel);
    }
    if (ec) fail(fmt::format("cannot list {}: {}", old_.string(), ec.message()));
  }

  void write_manifest() {
    std::vector<const std::pair<std::string, Made>*> sorted;
    for (const auto& m : made_) sorted.push_back(&m);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
    std::string text = std::string(manifest_header) + '\n';
    for (const auto* m : sorted)
      text += fmt::format("{:016x} {} {} {}\n", m->second.inputs, m->second.size, m->second.mtime_ns, m->first);
    if (auto e = create(new_ / manifest_, text, std::nullopt); !e.empty()) fail(e);
    written_paths.push_back(new_ / manifest_);
  }

  std::string error() const {
    std::lock_guard lock(mutex_);
    return error_;
  }
  std::size_t files() const { return paths_.size(); }

  std::atomic<std::size_t> written{0}, unchanged{0}, remade{0};
  std::size_t removed = 0, kept = 0;
  std::vector<fs::path> written_paths;

 private:
  bool as_written(const std::string& path, const Made& now) const {
    const auto it = before_.find(path);
    return it != before_.end() && it->second == now;
  }

  void keep_old(const fs::path& old, const fs::path& now, const struct stat& st, std::uint64_t inputs, std::size_t i,
                std::string& path) {
    if (auto e = kept_as_is(old, now, st); !e.empty()) return fail(e);
    made_[i] = {std::move(path), made_of(inputs, st)};
    ++unchanged;
  }

  /// keep(), noting a copy among the files to sync.
  std::string kept_as_is(const fs::path& old, const fs::path& now, const struct stat& st) {
    bool copied = false;
    auto e = keep(old, now, st, copied);
    if (copied) {
      std::lock_guard lock(mutex_);
      written_paths.push_back(now);
    }
    return e;
  }

  /// A folder of the old one in the new one (a folder of someone's, empty or not, or
  /// one of the generated files' folders), with its mode.
  void folder(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::create_directories(to, ec);
    struct stat st {};
    if (!ec && ::stat(from.c_str(), &st) == 0) ::chmod(to.c_str(), st.st_mode & 07777);
    if (ec) fail(fmt::format("cannot create {}: {}", to.string(), ec.message()));
  }

  bool claim(const std::string& path) {
    std::lock_guard lock(mutex_);
    return paths_.insert(path).second;
  }

  std::string make_parent(const fs::path& p) {
    std::lock_guard lock(mutex_);
    std::error_code ec;
    fs::create_directories(p.parent_path(), ec);
    return ec ? fmt::format("cannot create {}: {}", p.parent_path().string(), ec.message()) : "";
  }

  void carry(const fs::path& from, const fs::path& to) {
    if (auto e = make_parent(to); !e.empty()) return fail(e);
    struct stat st {};
    if (::lstat(from.c_str(), &st) != 0) return fail(errno_text("read", from));
    std::error_code ec;
    if (S_ISLNK(st.st_mode))
      fs::copy_symlink(from, to, ec);
    else if (auto e = kept_as_is(from, to, st); !e.empty())
      return fail(e);
    if (ec) return fail(fmt::format("cannot copy {}: {}", from.string(), ec.message()));
    ++kept;
  }

  void fail(std::string message) {
    std::lock_guard lock(mutex_);
    if (error_.empty()) error_ = std::move(message);
  }

  fs::path old_, new_;
  std::string_view manifest_;
  const Manifest& before_;
  mutable std::mutex mutex_;
  std::set<std::string> paths_;
  std::vector<std::pair<std::string, Made>> made_;  // per file of the plan
  std::string error_;
};

/// Puts `staging` in the place of `dir` in one step (exchanging the two when `dir`
/// exists), then removes the old one.
/// Where the old folder is moved while the new one is renamed into its place, on a file
/// system that cannot exchange two folders in one step.
fs::path aside_folder(const fs::path& dir) {
  return dir.parent_path() / fmt::format(".{}.brm-old", dir.filename().string());
}

std::string swap_in(const fs::path& staging, const fs::path& dir, bool exists) {
  if (!exists) return ::rename(staging.c_str(), dir.c_str()) == 0 ? "" : errno_text("rename into", dir);
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, dir.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno == EBUSY)
      return trf(
          "cannot replace {}: it is a mount point (or in use as one); write the site into a folder "
          "inside it",
          dir.string());
    if (errno != EINVAL && errno != ENOSYS) return errno_text("exchange", dir);
    // A file system without the exchange: two renames, with a moment without `dir`.
    const auto aside = aside_folder(dir);
    if (::rename(dir.c_str(), aside.c_str()) != 0) return errno_text("move aside", dir);
    if (::rename(staging.c_str(), dir.c_str()) != 0) {
      const auto e = errno_text("rename into", dir);
      ::rename(aside.c_str(), dir.c_str());
      return e;
    }
    std::error_code ec;
    fs::remove_all(aside, ec);
    return "";
  }
  std::error_code ec;
  fs::remove_all(staging, ec);  // the old folder now
  return "";
}

void sync_path(const fs::path& p, int flags) {
  const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC | flags);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

/// The new folder on disk before it is put in place, so that a crash cannot leave a
/// site of empty files. A hard link to an old file needs only its entry: when few
/// files were written, those and the folders are synced one by one; when many were,
/// the whole file system at once, which costs less than thousands of syncs.
void sync_new(const fs::path& root, const std::vector<fs::path>& written) {
  if (written.size() > 64) {
    const int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) ::syncfs(fd), ::close(fd);
    return;
  }
  for (const auto& f : written) sync_path(f, 0);
  sync_path(root, O_DIRECTORY);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_directory() && !it->is_symlink()) sync_path(it->path(), O_DIRECTORY);
}

/// The folder meant, absolute, without a trailing '/' (`public/`, `.` and `..` name a
/// folder by its parent and name like any other); a link to a folder means the folder it
/// leads to.
fs::path resolved(const fs::path& dir) {
  std::error_code ec;
  auto p = fs::absolute(dir, ec).lexically_normal();
  if (p.filename().empty() && p.has_relative_path()) p = p.parent_path();
  if (fs::is_symlink(fs::symlink_status(p, ec))) {
    const auto target = fs::canonical(p, ec);
    if (!ec) return target;
  }
  return p;
}

/// Whether `dir` may be replaced: missing, an empty folder, or one with a manifest.
std::string refusal(const fs::path& shown, const fs::path& dir, bool exists, const std::optional<Manifest>& before,
                    std::string_view manifest) {
  if (!exists || before) return "";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return trf("{} is not a folder; nothing was changed", shown.string());
  if (fs::is_empty(dir, ec)) return "";
  return trf(
      "{} is not empty and was not written by brm site (it has no {} file); nothing was changed. Name a new "
      "or empty folder",
      shown.string(), manifest);
}

}  // namespace

fs::path staging_folder(const fs::path& dir) {
  const auto d = resolved(dir);
  return d.parent_path() / fmt::format(".{}.brm-new", d.filename().string());
}

std::variant<FolderChanges, std::string> replace_folder(const fs::path& shown, const FolderPlan& plan,
                                                        std::string_view manifest) {
  const auto dir = resolved(shown);
  if (!dir.has_relative_path()) return trf("{} is the root folder; name a folder for the site", shown.string());
  const auto parent = dir.parent_path();
  ParentLock lock(parent);
  if (auto e = lock.acquire(parent); !e.empty()) return e;
  std::error_code ec;
  // A run killed between the two renames of swap_in left the old folder aside: it is
  // put back, so that nothing in it is lost.
  if (!fs::exists(fs::symlink_status(dir, ec)) && fs::is_directory(aside_folder(dir), ec))
    ::rename(aside_folder(dir).c_str(), dir.c_str());
  const bool exists = fs::exists(fs::symlink_status(dir, ec));
  const auto before = exists ? read_manifest(dir, manifest) : std::nullopt;
  if (auto e = refusal(shown, dir, exists, before, manifest); !e.empty()) return e;
  const auto staging = staging_folder(dir);
  fs::remove_all(staging, ec);  // left by a run that was killed; the lock says none is running
  if (::mkdir(staging.c_str(), 0777) != 0) return errno_text("create", staging);
  // The new folder gets the old one's mode, and its owner where the system allows.
  struct stat st {};
  if (exists && ::stat(dir.c_str(), &st) == 0) {
    ::chmod(staging.c_str(), st.st_mode & 07777);
    if (::chown(staging.c_str(), st.st_uid, st.st_gid) != 0) errno = 0;
  }

  const auto generated = before.value_or(Manifest{});
  Builder b(dir, staging, manifest, generated, plan.count);
  parallel_for(
      plan.count,
      [&](std::size_t i, unsigned) {
        if (b.error().empty()) b.put(plan, i);
      },
      16);
  if (b.error().empty() && exists) b.carry_over();
  if (b.error().empty()) b.write_manifest();
  std::string error = b.error();
  if (error.empty()) {
    sync_new(staging, b.written_paths);
    error = swap_in(staging, dir, exists);
  }
  if (!error.empty()) {
    fs::remove_all(staging, ec);
    return error;
  }
  sync_path(parent, O_DIRECTORY);
  return FolderChanges{b.files(), b.written, b.unchanged, b.remade, b.removed, b.kept};
}

}  // namespace brm
