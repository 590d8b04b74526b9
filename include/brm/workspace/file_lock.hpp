#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace brm {

/// An exclusive lock on one existing file for a read-modify-write.
///
/// The lock is flock(2) on the file itself (links followed), so a run that is killed holding it
/// leaves nothing behind: the kernel releases it. Writers replace the file by
/// renaming a new one over it, so a waiter that gets the lock checks that the name
/// still leads to the file it locked, and locks the new one if not.
///
/// Where the file system has no flock (some network mounts), the lock is a lock file
/// `<file>.lock` beside it, created exclusively as git creates `index.lock`, and
/// removed on release; one left by a killed run stays until it is deleted, and the
/// error message says so.
class FileLock {
 public:
  /// Waits up to `wait` for the lock on `file`. On failure returns nullopt and sets
  /// `error` to a message naming the file (and the lock file, where one is used).
  static std::optional<FileLock> acquire(const std::filesystem::path& file, std::chrono::milliseconds wait,
                                         std::string& error);

  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&&) = delete;
  FileLock(const FileLock&) = delete;
  ~FileLock();

  /// The lock file used for `file` where the file system has no flock.
  static std::filesystem::path path_for(const std::filesystem::path& file);

  /// The file's name still leads to the file that was locked. False once something
  /// that takes no lock (an editor saving) has put another file in its place.
  bool still_locks() const;

 private:
  FileLock(int fd, std::filesystem::path file, std::filesystem::path lock_file)
      : fd_(fd), file_(std::move(file)), lock_file_(std::move(lock_file)) {}

  int fd_ = -1;
  std::filesystem::path file_;       // the locked file, links followed
  std::filesystem::path lock_file_;  // empty unless the lock is a lock file
};

/// How long a command waits for another run to finish with a record: long enough for
/// a queue of concurrent updates, short enough that a stuck run is reported.
inline constexpr std::chrono::milliseconds default_lock_wait{10000};

/// Whether a lock file is held by a running process right now, where that can be
/// told (false for one left by a run that stopped).
bool lock_in_use(const std::filesystem::path& lock);

}  // namespace brm
