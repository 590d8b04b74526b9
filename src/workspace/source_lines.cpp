#include "brm/workspace/source_lines.hpp"

#include "read_file.hpp"
#include "scan.hpp"

namespace brm {
namespace {

bool printable_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\n')) return false;
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

std::optional<std::string> SourceLines::operator()(const std::string& path, std::uint32_t line) {
  auto it = files_.find(path);
  if (it == files_.end()) {
    std::vector<std::string> lines;
    std::string bytes;
    Diagnostics ignored;
    const FolderHandle root(root_);
    if (!leads_outside(root_, root_ / path) && read_file(root.fd(), path.c_str(), path, 1024 * 1024, bytes, ignored) &&
        printable_utf8(bytes))
      lines = split_lines(bytes);
    it = files_.emplace(path, std::move(lines)).first;
  }
  if (line == 0 || line > it->second.size()) return std::nullopt;
  return shorten(it->second[line - 1]);
}

}  // namespace brm
