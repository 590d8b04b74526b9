#include "xlsx_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <unistd.h>

#include <filesystem>

namespace brm {

XlsxScratchFile::XlsxScratchFile() {
  fd_ = memfd_create("brm-workbook", MFD_CLOEXEC);
  if (fd_ >= 0) {
    path_ = fmt::format("/proc/self/fd/{}", fd_);
    if (access(path_.c_str(), W_OK) == 0) return;
    close(fd_);
  }
  std::error_code ec;
  auto name = (std::filesystem::temp_directory_path(ec) / "brm-workbook-XXXXXX").string();
  if (ec) name = "/tmp/brm-workbook-XXXXXX";
  fd_ = mkostemp(name.data(), O_CLOEXEC);
  path_ = fd_ >= 0 ? name : std::string();
  named_ = fd_ >= 0;
}

XlsxScratchFile::~XlsxScratchFile() {
  if (named_) unlink(path_.c_str());
  if (fd_ >= 0) close(fd_);
}

bool XlsxScratchFile::read_all(std::string& bytes) const {
  bytes.clear();
  char buffer[65536];
  for (off_t at = 0;;) {
    const auto n = pread(fd_, buffer, sizeof buffer, at);
    if (n < 0) return false;
    if (n == 0) return true;
    bytes.append(buffer, static_cast<std::size_t>(n));
    at += n;
  }
}

}  // namespace brm
