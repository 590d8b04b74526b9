#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "brm/model/diagnostic.hpp"

namespace brm {

/// Reads a whole regular file into `bytes` (reusing its capacity). Returns false with a
/// diagnostic under `rel` when it cannot be read, is not a regular file, or is larger
/// than `max_bytes` (not read then).
/// `name` is opened relative to the folder `dir_fd`, which saves the kernel walking
/// the whole path for each of a hundred thousand files; `rel` names it in diagnostics.
bool read_file(int dir_fd, const char* name, const std::string& rel, std::size_t max_bytes, std::string& bytes,
               Diagnostics& out);

/// An open handle on a folder, closed when it goes out of scope.
class FolderHandle {
 public:
  explicit FolderHandle(const std::filesystem::path& dir);
  ~FolderHandle();
  FolderHandle(const FolderHandle&) = delete;
  FolderHandle& operator=(const FolderHandle&) = delete;
  int fd() const { return fd_; }
  /// The folder is on a file system where one read of a regular file returns all of
  /// it (up to the buffer's size): local disks and tmpfs, not NFS or FUSE.
  bool whole_reads() const { return whole_reads_; }

 private:
  int fd_;
  bool whole_reads_;
};

/// Reads a file that the folder listing showed to be a regular file (so no fstat is
/// needed to rule out FIFOs and devices) into a buffer kept by the calling thread:
/// with one read where the folder has whole_reads(), else until the end. Returns the
/// bytes, valid until the thread's next call, or nullopt with a diagnostic, which is
/// the same as read_file's (a link or FIFO put in the file's place since the listing
/// is not read).
std::optional<std::string_view> read_listed_file(const FolderHandle& folder, const char* name, const std::string& rel,
                                                 std::size_t max_bytes, Diagnostics& out);

/// A whole file read by its path, for a command that edits it; nullopt with `error`
/// set (naming the file) when it cannot be read or is larger than `max_bytes`.
std::optional<std::string> read_whole_file(const std::filesystem::path& file, std::size_t max_bytes,
                                           std::string& error);

}  // namespace brm
