#include "brm/workspace/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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
  if (size > max_bytes) {
    out.push_back({rel,
                   {1, 1},
                   Severity::error,
                   "file-too-large",
                   fmt::format("the file is {} bytes; a record may be at most {} bytes", size, max_bytes)});
    return false;
  }
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

}  // namespace brm
