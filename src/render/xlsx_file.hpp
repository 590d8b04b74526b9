#pragma once
#include <string>

namespace brm {

/// A file that libxlsxwriter, which writes only to a file name, can write a workbook
/// into and brm can read back, leaving nothing on disk: an anonymous memory file
/// reached through /proc/self/fd, or where that is missing a temporary file in the
/// system's temporary folder, removed when this goes. The workbook's bytes then go
/// where brm's output goes, written atomically like every other output.
class XlsxScratchFile {
 public:
  XlsxScratchFile();
  ~XlsxScratchFile();
  XlsxScratchFile(const XlsxScratchFile&) = delete;
  XlsxScratchFile& operator=(const XlsxScratchFile&) = delete;

  /// The name to write to; empty when no file could be made.
  const std::string& path() const { return path_; }
  /// Puts everything written to the file into `bytes`; false when it cannot be read.
  bool read_all(std::string& bytes) const;

 private:
  int fd_ = -1;
  bool named_ = false;  // a file in the temporary folder, to remove
  std::string path_;
};

}  // namespace brm
