#include "scan.hpp"

#include "brm/util/i18n.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "brm/workspace/file_lock.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace brm {
namespace fs = std::filesystem;

bool is_yaml_name(std::string_view name) { return name.ends_with(".yaml") || name.ends_with(".yml"); }

bool leads_outside(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  const auto target = fs::weakly_canonical(path, ec);
  if (ec) return false;  // a dangling link is reported when it cannot be read
  const auto rel = target.lexically_relative(fs::weakly_canonical(fs::absolute(root, ec), ec));
  return rel.empty() || *rel.begin() == "..";
}

namespace {

std::string stem_of(std::string_view name) { return std::string(name.substr(0, name.rfind('.'))); }

void unclaimed(const std::string& path, std::string message, Diagnostics& out) {
  out.push_back({path, {1, 1}, Severity::warning, "unclaimed-file", std::move(message)});
}

bool in_kind_subfolder(const std::string& path) { return kind_in_folder(path.substr(0, path.find('/'))).has_value(); }

/// What a write that was stopped leaves, in words: its temporary file, or its lock file
/// when the file system could not release it (git would commit either with `add -A`).
std::optional<std::string> leftover_message(const std::string& name) {
  if (is_leftover_temp(name)) {
    const auto of = name.substr(1, name.rfind(".tmp-") - 1);
    return trf("a temporary file left by a brm run that stopped while writing '{}'; delete it", of);
  }
  if (name.ends_with(".lock") && is_yaml_name(name.substr(0, name.size() - 5))) {
    const auto of = name.substr(0, name.size() - 5);
    return trf(
        "a lock file that a brm run takes where the file system has no flock, for changing '{}'; unless a "
        "brm run is changing it right now, a run that was stopped left it: delete it",
        of);
  }
  return std::nullopt;
}

}  // namespace

bool is_leftover(const std::string& name) { return leftover_message(name).has_value(); }

bool report_leftover(const std::string& name, const std::string& path, Diagnostics& out) {
  auto message = leftover_message(name);
  if (!message) return false;
  out.push_back({path, {1, 1}, Severity::warning, "leftover-file", std::move(*message)});
  return true;
}

void report_link_outside(const std::string& path, Diagnostics& out) {
  out.push_back({path,
                 {1, 1},
                 Severity::error,
                 "symlink-outside",
                 tr("this symbolic link leads outside the workspace; it is not read")});
}

void place_file(const std::string& name, const std::string& path, std::optional<Kind> folder_kind, bool regular,
                std::vector<Candidate>& found, Diagnostics& out) {
  if (folder_kind && is_yaml_name(name)) return found.push_back({*folder_kind, stem_of(name), path, regular});
  if (folder_kind)
    return unclaimed(path,
                     trf("'{}' is not a YAML file, so no record is read from it; the {} folder "
                         "holds only .yaml (or .yml) files",
                         name, spec_of(*folder_kind).folder),
                     out);
  if (!is_yaml_name(name)) return;
  if (in_kind_subfolder(path))
    return unclaimed(path,
                     tr("this YAML file is in a subfolder of a kind folder, so no record is read from it; "
                        "records sit directly in the kind folder"),
                     out);
  unclaimed(path,
            tr("this YAML file is outside the kind folders (services, customers, agreements, meetings, "
               "complaints, surveys, improvements, deliveries), so no record is read from it"),
            out);
}

namespace {

enum class EntryType { file, folder, link, other };

/// Lists a folder with readdir, whose d_type spares a stat per entry; a large
/// workspace has a hundred thousand entries and std::filesystem costs several
/// allocations for each.
class Listing {
 public:
  explicit Listing(const fs::path& dir) : dir_(::opendir(dir.c_str())) {}
  bool ok() const { return dir_ != nullptr; }
  ~Listing() {
    if (dir_) ::closedir(dir_);
  }
  Listing(const Listing&) = delete;
  Listing& operator=(const Listing&) = delete;

  /// The next entry that is not hidden (but for temporary files left by a killed
  /// write, which are reported), or false at the end.
  bool next(std::string_view& name, EntryType& type) {
    while (dir_) {
      const dirent* e = ::readdir(dir_);
      if (!e) return false;
      if (e->d_name[0] == '.' && !is_leftover_temp(e->d_name)) continue;
      name = e->d_name;
      type = type_of(*e);
      return true;
    }
    return false;
  }

 private:
  EntryType type_of(const dirent& e) const {
    unsigned char t = e.d_type;
    if (t == DT_UNKNOWN) {  // some filesystems do not fill d_type
      struct stat st {};
      if (::fstatat(::dirfd(dir_), e.d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) return EntryType::other;
      t = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : S_ISLNK(st.st_mode) ? DT_LNK : DT_FIFO;
    }
    if (t == DT_DIR) return EntryType::folder;
    if (t == DT_LNK) return EntryType::link;
    return t == DT_REG ? EntryType::file : EntryType::other;
  }

  DIR* dir_;
};

class Scanner {
 public:
  Scanner(const fs::path& root, Diagnostics& out) : root_(root), out_(out) {}

  /// Walks the root and every folder in it except the kind folders, which are only noted.
  std::vector<KindFolder> root() {
    defer_kind_folders_ = true;
    walk(root_, "", std::nullopt);
    return std::move(kind_folders_);
  }

  std::vector<Candidate> kind_folder(const KindFolder& f) {
    walk(f.dir, f.rel, f.kind);
    std::sort(found_.begin(), found_.end(), [](const Candidate& a, const Candidate& b) { return a.path < b.path; });
    return std::move(found_);
  }

 private:
  // `folder_kind` is set while inside a kind folder's top level; deeper folders belong to no kind.
  void walk(const fs::path& dir, const std::string& rel, std::optional<Kind> folder_kind) {
    Listing listing(dir);
    if (!listing.ok()) {
      out_.push_back({rel.empty() ? "." : rel,
                      {1, 1},
                      Severity::error,
                      "unreadable",
                      trf("cannot read the folder: {}", std::strerror(errno))});
      return;
    }
    std::string_view entry;
    EntryType type;
    while (listing.next(entry, type)) {
      const std::string name(entry);
      const auto path = rel.empty() ? name : rel + "/" + name;
      if (type == EntryType::link) {
        link(dir / name, name, path, folder_kind);
      } else if (type == EntryType::folder) {
        const auto kind = rel.empty() ? kind_in_folder(name) : std::nullopt;
        if (kind && defer_kind_folders_)
          kind_folders_.push_back({dir / name, path, *kind, out_.size()});
        else
          walk(dir / name, path, kind);
      } else if (leftover(dir, name, path)) {
        continue;
      } else if (!(rel.empty() && name == "brm.yaml")) {
        file(name, path, folder_kind, type == EntryType::file);
      }
    }
  }

  // Links inside the workspace are read as files; linked folders are not walked twice.
  void link(const fs::path& full, const std::string& name, const std::string& path, std::optional<Kind> folder_kind) {
    std::error_code ec;
    const bool is_dir = fs::is_directory(full, ec);
    const bool claimed = is_dir ? kind_in_folder(name).has_value() || folder_kind : is_yaml_name(name) || folder_kind;
    if (leads_outside(root_, full)) {
      if (claimed) report_link_outside(path, out_);
      return;
    }
    if (!is_dir) file(name, path, folder_kind, false);
  }

  void file(const std::string& name, const std::string& path, std::optional<Kind> folder_kind, bool regular) {
    place_file(name, path, folder_kind, regular, found_, out_);
  }

  // What a write that was stopped leaves; a lock file that a run holds right now is not.
  bool leftover(const fs::path& dir, const std::string& name, const std::string& path) {
    if (name.ends_with(".lock") && !is_leftover_temp(name) && lock_in_use(dir / name)) return is_leftover(name);
    return report_leftover(name, path, out_);
  }

  fs::path root_;
  Diagnostics& out_;
  std::vector<Candidate> found_;
  bool defer_kind_folders_ = false;
  std::vector<KindFolder> kind_folders_;
};

}  // namespace

std::vector<KindFolder> scan_root(const fs::path& root, Diagnostics& out) { return Scanner(root, out).root(); }

std::vector<Candidate> scan_kind_folder(const fs::path& root, const KindFolder& folder, Diagnostics& out) {
  return Scanner(root, out).kind_folder(folder);
}

}  // namespace brm
