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

/// Reads a file that the folder listing showed to be a regular file (so no fstat is
/// needed to rule out FIFOs and devices) with a single read into a buffer kept by the
/// calling thread; a short read of a regular file means its end was reached. Returns
/// the bytes, valid until the thread's next call, or nullopt with a diagnostic, which
/// is the same as read_file's.
std::optional<std::string_view> read_listed_file(int dir_fd, const char* name, const std::string& rel,
                                                 std::size_t max_bytes, Diagnostics& out);

/// An open handle on a folder, closed when it goes out of scope.
class FolderHandle {
 public:
  explicit FolderHandle(const std::filesystem::path& dir);
  ~FolderHandle();
  FolderHandle(const FolderHandle&) = delete;
  FolderHandle& operator=(const FolderHandle&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

}  // namespace brm
