#include "brm/workspace/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <span>

#include <fmt/format.h>

namespace brm {
namespace {

struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

bool unreadable(const std::string& rel, std::string_view why, Diagnostics& out) {
  out.push_back({rel, {1, 1}, Severity::error, "unreadable", fmt::format("cannot read the file: {}", why)});
  return false;
}

bool too_large(const std::string& rel, std::size_t size, std::size_t max_bytes, Diagnostics& out) {
  out.push_back({rel,
                 {1, 1},
                 Severity::error,
                 "file-too-large",
                 fmt::format("the file is {} bytes; a record may be at most {} bytes", size, max_bytes)});
  return false;
}

/// Room for the largest file allowed plus one byte, so that one read tells a file
/// that is too large from one that fits. Allocated once per thread and never
/// cleared: only the bytes a read fills are ever touched.
std::span<char> thread_buffer(std::size_t max_bytes) {
  static thread_local std::unique_ptr<char[]> buffer;
  static thread_local std::size_t size = 0;
  if (size != max_bytes + 1) {
    size = max_bytes + 1;
    buffer = std::make_unique_for_overwrite<char[]>(size);
  }
  return {buffer.get(), size};
}

}  // namespace

FolderHandle::FolderHandle(const std::filesystem::path& dir)
    : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}

FolderHandle::~FolderHandle() {
  if (fd_ >= 0) ::close(fd_);
}

bool read_file(int dir_fd, const char* name, const std::string& rel, std::size_t max_bytes, std::string& bytes,
               Diagnostics& out) {
  // O_NONBLOCK so that a FIFO placed in the workspace cannot make us wait forever.
  Fd f{::openat(dir_fd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (f.fd < 0) return unreadable(rel, std::strerror(errno), out);
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) return unreadable(rel, std::strerror(errno), out);
  if (!S_ISREG(st.st_mode)) return unreadable(rel, "it is not a regular file", out);
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size > max_bytes) return too_large(rel, size, max_bytes, out);
  bytes.resize(size);
  std::size_t got = 0;
  while (got < size) {
    const auto n = ::read(f.fd, bytes.data() + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return unreadable(rel, std::strerror(errno), out);
    if (n == 0) break;  // the file shrank while we read it
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  return true;
}

std::optional<std::string_view> read_listed_file(int dir_fd, const char* name, const std::string& rel,
                                                 std::size_t max_bytes, Diagnostics& out) {
  const auto buffer = thread_buffer(max_bytes);
  Fd f{::openat(dir_fd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (f.fd < 0) return unreadable(rel, std::strerror(errno), out), std::nullopt;
  ssize_t n;
  while ((n = ::read(f.fd, buffer.data(), buffer.size())) < 0 && errno == EINTR) {
  }
  if (n < 0) return unreadable(rel, std::strerror(errno), out), std::nullopt;
  const auto got = static_cast<std::size_t>(n);
  if (got <= max_bytes) return std::string_view(buffer.data(), got);
  // Too large: only now is the size worth a system call, for the message.
  struct stat st {};
  const auto size = ::fstat(f.fd, &st) == 0 ? std::max(static_cast<std::size_t>(st.st_size), got) : got;
  return too_large(rel, size, max_bytes, out), std::nullopt;
}

}  // namespace brm
