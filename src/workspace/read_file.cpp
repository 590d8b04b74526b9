#include "brm/workspace/read_file.hpp"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <span>

#include <fmt/format.h>

#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

bool unreadable(const std::string& rel, std::string_view why, Diagnostics& out) {
  out.push_back({rel, {1, 1}, Severity::error, "unreadable", trf("cannot read the file: {}", why)});
  return false;
}

bool too_large(const std::string& rel, std::size_t size, std::size_t max_bytes, Diagnostics& out) {
  out.push_back({rel,
                 {1, 1},
                 Severity::error,
                 "file-too-large",
                 trf("the file is {} bytes; a record may be at most {} bytes", size, max_bytes)});
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

/// Whether a read of a regular file in the folder always returns everything up to the
/// end of the file or the buffer: true of the local disk file systems and tmpfs, not
/// promised by network or FUSE file systems, where a short read may come before the end.
bool reads_whole_files(int fd) {
  struct statfs fs {};
  if (fd < 0 || ::fstatfs(fd, &fs) != 0) return false;
  switch (static_cast<unsigned long>(fs.f_type)) {
    case EXT4_SUPER_MAGIC:  // also ext2 and ext3
    case XFS_SUPER_MAGIC:
    case BTRFS_SUPER_MAGIC:
    case F2FS_SUPER_MAGIC:
    case TMPFS_MAGIC:
    case OVERLAYFS_SUPER_MAGIC:
      return true;
    default:
      return false;
  }
}

/// Reads into `buf` until it is full or the file ends, or stops after the first read
/// when `one_read`; nullopt on an error, which errno names.
std::optional<std::size_t> read_into(int fd, std::span<char> buf, bool one_read) {
  std::size_t got = 0;
  for (;;) {
    const auto n = ::read(fd, buf.data() + got, buf.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    got += static_cast<std::size_t>(n);
    if (n == 0 || got == buf.size() || one_read) return got;
  }
}

}  // namespace

FolderHandle::FolderHandle(const std::filesystem::path& dir)
    : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)), whole_reads_(reads_whole_files(fd_)) {}

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
  if (!S_ISREG(st.st_mode)) return unreadable(rel, tr("it is not a regular file"), out);
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size > max_bytes) return too_large(rel, size, max_bytes, out);
  bytes.resize(size);
  const auto got = read_into(f.fd, {bytes.data(), size}, false);
  if (!got) return unreadable(rel, std::strerror(errno), out);
  bytes.resize(*got);  // less when the file shrank while we read it
  return true;
}

std::optional<std::string_view> read_listed_file(const FolderHandle& folder, const char* name, const std::string& rel,
                                                 std::size_t max_bytes, Diagnostics& out) {
  const auto buffer = thread_buffer(max_bytes);
  // O_NOFOLLOW: a link put in the file's place after the listing must not lead past
  // the checks the listing made on links.
  Fd f{::openat(folder.fd(), name, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)};
  if (f.fd < 0)
    return unreadable(
               rel,
               errno == ELOOP ? tr("it became a symbolic link while the workspace was read") : std::strerror(errno),
               out),
           std::nullopt;
  const auto read = read_into(f.fd, buffer, folder.whole_reads());
  if (!read) return unreadable(rel, std::strerror(errno), out), std::nullopt;
  const std::size_t got = *read;
  // Nothing read: an empty file, or something put in the file's place since the listing
  // (a FIFO reads as empty). Only this rare case pays for the fstat.
  struct stat st {};
  if (got == 0 && (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)))
    return unreadable(rel, tr("it is not a regular file"), out), std::nullopt;
  if (got <= max_bytes) return std::string_view(buffer.data(), got);
  // Too large: only now is the size worth a system call, for the message.
  const auto size = ::fstat(f.fd, &st) == 0 ? std::max(static_cast<std::size_t>(st.st_size), got) : got;
  return too_large(rel, size, max_bytes, out), std::nullopt;
}

std::optional<std::string> read_whole_file(const std::filesystem::path& file, std::size_t max_bytes,
                                           std::string& error) {
  std::string bytes;
  Diagnostics found;
  const FolderHandle dir(file.parent_path());
  if (read_file(dir.fd(), file.filename().c_str(), file.string(), max_bytes, bytes, found)) return bytes;
  error = found.empty() ? trf("cannot read {}", file.string()) : found.front().message;
  if (!found.empty()) error = fmt::format("{}: {}", file.string(), error);
  return std::nullopt;
}

}  // namespace brm
