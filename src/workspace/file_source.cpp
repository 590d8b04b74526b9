#include "brm/workspace/file_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <fmt/format.h>

#include "brm/workspace/read_file.hpp"
#include "scan.hpp"

namespace brm {
namespace {

bool is_link(int dir_fd, const char* name) {
  struct stat st {};
  return ::fstatat(dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
}

class DirectorySource final : public FileSource {
 public:
  explicit DirectorySource(std::filesystem::path root) : root_(std::move(root)), top_(root_) {
    // Opening "x.yaml" in an open kind folder spares the kernel a path lookup per file.
    for (const auto& k : kind_specs())
      folders_.push_back(std::make_unique<FolderHandle>(root_ / (k.folder.empty() ? "." : k.folder)));
  }

  std::filesystem::path root() const override { return root_; }

  std::optional<std::string_view> read_config(std::size_t max_bytes, Diagnostics& out) const override {
    // The settings obey the rule of every record: a link may lead within the workspace only.
    if (is_link(top_.fd(), "brm.yaml") && leads_outside(root_, root_ / "brm.yaml")) return report_link_outside("brm.yaml", out), std::nullopt;
    static thread_local std::string copy;
    if (!read_file(top_.fd(), "brm.yaml", "brm.yaml", max_bytes, copy, out)) return std::nullopt;
    return copy;
  }

  std::vector<std::vector<Candidate>> list(Diagnostics& out) const override { return scan_workspace(root_, out); }

  std::optional<std::string> read_any(const std::string& path, std::size_t max_bytes) const override {
    std::string bytes;
    Diagnostics ignored;
    if (leads_outside(root_, root_ / path) || !read_file(top_.fd(), path.c_str(), path, max_bytes, bytes, ignored))
      return std::nullopt;
    return bytes;
  }

  std::optional<std::string_view> read(Kind kind, const std::string& path, bool regular, std::size_t max_bytes,
                                       Diagnostics& out) const override {
    const auto k = static_cast<std::size_t>(kind);
    const FolderHandle& folder = *folders_[k];
    const char* name = path.c_str() + kind_specs()[k].folder.size() + 1;
    if (regular) return read_listed_file(folder, name, path, max_bytes, out);
    static thread_local std::string copy;
    if (!read_file(folder.fd(), name, path, max_bytes, copy, out)) return std::nullopt;
    return copy;
  }

 private:
  std::filesystem::path root_;
  FolderHandle top_;
  std::vector<std::unique_ptr<FolderHandle>> folders_;
};

class MemorySource final : public FileSource {
 public:
  explicit MemorySource(std::map<std::string, std::string> files) : files_(std::move(files)) {}

  std::filesystem::path root() const override { return "<memory>"; }

  std::optional<std::string_view> read_config(std::size_t max_bytes, Diagnostics& out) const override {
    return get("brm.yaml", max_bytes, out);
  }

  std::vector<std::vector<Candidate>> list(Diagnostics&) const override {
    std::vector<std::vector<Candidate>> lists(kind_count);
    for (const auto& [path, bytes] : files_) {  // a map: ordered by path
      const auto slash = path.find('/');
      if (slash == std::string::npos || path.find('/', slash + 1) != std::string::npos) continue;
      const auto kind = kind_in_folder(path.substr(0, slash));
      const auto name = path.substr(slash + 1);
      if (!kind || !is_yaml_name(name)) continue;
      lists[static_cast<std::size_t>(*kind)].push_back({*kind, name.substr(0, name.rfind('.')), path, true});
    }
    std::erase_if(lists, [](const auto& l) { return l.empty(); });
    return lists;
  }

  std::optional<std::string_view> read(Kind, const std::string& path, bool, std::size_t max_bytes,
                                       Diagnostics& out) const override {
    return get(path, max_bytes, out);
  }

  std::optional<std::string> read_any(const std::string& path, std::size_t max_bytes) const override {
    Diagnostics ignored;
    const auto bytes = get(path, max_bytes, ignored);
    return bytes ? std::optional<std::string>(*bytes) : std::nullopt;
  }

 private:
  std::optional<std::string_view> get(const std::string& path, std::size_t max_bytes, Diagnostics& out) const {
    const auto it = files_.find(path);
    if (it == files_.end()) {
      out.push_back({path, {1, 1}, Severity::error, "unreadable", "cannot read the file: No such file or directory"});
      return std::nullopt;
    }
    if (it->second.size() > max_bytes) {
      out.push_back({path, {1, 1}, Severity::error, "file-too-large",
                     fmt::format("the file is {} bytes; a record may be at most {} bytes", it->second.size(),
                                 max_bytes)});
      return std::nullopt;
    }
    return it->second;
  }

  std::map<std::string, std::string> files_;
};

}  // namespace

std::unique_ptr<FileSource> directory_source(const std::filesystem::path& root) {
  return std::make_unique<DirectorySource>(root);
}

std::unique_ptr<FileSource> memory_source(std::map<std::string, std::string> files) {
  return std::make_unique<MemorySource>(std::move(files));
}

}  // namespace brm
