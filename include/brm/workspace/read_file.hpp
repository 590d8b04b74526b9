#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

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

 private:
  int fd_;
};

}  // namespace brm
