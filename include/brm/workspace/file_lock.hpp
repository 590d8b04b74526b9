#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace brm {

/// An exclusive lock on one file for a read-modify-write, as git locks its index: a
/// lock file `<file>.lock` beside it, removed when the lock is released.
///
/// The lock file is also held with flock(2), so a run that is killed releases it: the
/// next run finds the file unheld, takes it over (took_over()) and removes it when it
/// is done. Where the file system has no flock (some network mounts), the lock file
/// alone is the lock, and one left by a killed run stays until it is deleted by hand;
/// the error message says so.
class FileLock {
 public:
  /// Waits up to `wait` for the lock on `file`. On failure returns nullopt and sets
  /// `error` to a message naming the file, the lock file and the process holding it.
  static std::optional<FileLock> acquire(const std::filesystem::path& file, std::chrono::milliseconds wait,
                                         std::string& error);

  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&&) = delete;
  FileLock(const FileLock&) = delete;
  ~FileLock();

  /// The lock file of `file`.
  static std::filesystem::path path_for(const std::filesystem::path& file);
  /// A lock file was there, left by a run that stopped without releasing it.
  bool took_over() const { return took_over_; }

 private:
  FileLock(std::filesystem::path path, int fd, bool took_over) : path_(std::move(path)), fd_(fd), took_over_(took_over) {}

  std::filesystem::path path_;
  int fd_ = -1;
  bool took_over_ = false;
};

/// How long a command waits for another run to finish with a record: long enough for
/// a queue of concurrent updates, short enough that a stuck run is reported.
inline constexpr std::chrono::milliseconds default_lock_wait{10000};

/// Whether the lock file `lock` is held by a running process right now (false for a
/// lock file left by a run that stopped, where flock can tell).
bool lock_in_use(const std::filesystem::path& lock);

}  // namespace brm
