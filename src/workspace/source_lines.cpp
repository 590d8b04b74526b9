#include "brm/workspace/source_lines.hpp"

#include <utf8proc.h>

#include "brm/workspace/read_file.hpp"
#include "brm/yaml/reader.hpp"
#include "scan.hpp"

namespace brm {
namespace {

// Only text that is safe to echo to a terminal: valid UTF-8 without control characters.
bool printable_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0 || (cp < 0x20 && cp != '\t' && cp != '\r' && cp != '\n') || cp == 0x7f) return false;
    i += static_cast<std::size_t>(n);
  }
  return true;
}

std::vector<std::string> split_lines(std::string_view bytes) {
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < bytes.size();) {
    auto stop = bytes.find('\n', start);
    if (stop == std::string_view::npos) stop = bytes.size();
    auto line = bytes.substr(start, stop - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.emplace_back(line);
    start = stop + 1;
  }
  return lines;
}

// Cuts at a character boundary so that a long line does not flood the terminal.
std::string shorten(std::string line) {
  constexpr std::size_t limit = 200;
  if (line.size() <= limit) return line;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  return line.substr(0, cut) + " ...";
}

}  // namespace

SourceLines::SourceLines(std::filesystem::path root) : root_(std::move(root)) {}

SourceLines::SourceLines(std::shared_ptr<const FileSource> source)
    : root_(source->root()), source_(std::move(source)) {}


std::optional<std::string> SourceLines::operator()(const std::string& path, std::uint32_t line) {
  auto it = files_.find(path);
  if (it == files_.end()) {
    std::vector<std::string> lines;
    std::string bytes;
    Diagnostics ignored;
    if (source_) {
      if (auto read = source_->read_any(path, yaml::Limits{}.max_bytes); read && printable_utf8(*read)) lines = split_lines(*read);
    } else {
      const FolderHandle root(root_);
      if (!leads_outside(root_, root_ / path) &&
          read_file(root.fd(), path.c_str(), path, yaml::Limits{}.max_bytes, bytes, ignored) && printable_utf8(bytes))
        lines = split_lines(bytes);
    }
    it = files_.emplace(path, std::move(lines)).first;
  }
  if (line == 0 || line > it->second.size()) return std::nullopt;
  return shorten(it->second[line - 1]);
}

}  // namespace brm
