#include "brm/workspace/git_source.hpp"

#include <git2.h>

#include <fmt/format.h>

#include <mutex>
#include <unordered_map>

#include "brm/workspace/atomic_write.hpp"
#include "scan.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

std::string git_message() {
  const git_error* e = git_error_last();
  return e && e->message ? e->message : "unknown libgit2 error";
}

/// libgit2 is set up once per process and never shut down: its objects may be freed
/// from any thread until exit.
void init_libgit2() {
  static std::once_flag once;
  std::call_once(once, [] { git_libgit2_init(); });
}

template <class T, void (*Free)(T*)>
struct Owned {
  T* p = nullptr;
  Owned() = default;
  Owned(const Owned&) = delete;
  Owned& operator=(const Owned&) = delete;
  ~Owned() {
    if (p) Free(p);
  }
};
using Repo = Owned<git_repository, git_repository_free>;
using Object = Owned<git_object, git_object_free>;
using Tree = Owned<git_tree, git_tree_free>;
using TreeEntry = Owned<git_tree_entry, git_tree_entry_free>;

/// A file of the revision: its blob and whether git stores it as a symbolic link.
struct Entry {
  git_oid id;
  bool link = false;
};

/// Lexically joins a link's folder and its target; nullopt when the result leaves the
/// workspace (an absolute target, or one with more `..` than folders).
std::optional<std::string> inside(const std::string& link_path, std::string_view target) {
  if (target.empty() || target.front() == '/') return std::nullopt;
  const auto folder = fs::path(link_path).parent_path();
  const auto joined = (folder / std::string(target)).lexically_normal();
  if (joined.empty() || *joined.begin() == "..") return std::nullopt;
  auto text = joined.generic_string();
  if (text.ends_with('/')) text.pop_back();
  return text;
}

/// The objects one thread reads through: libgit2 objects are not to be shared between
/// threads, so each thread opens the object database once and keeps the last blob it
/// read alive until its next read (the FileSource contract).
struct ThreadReader {
  const void* owner = nullptr;
  git_odb* odb = nullptr;
  git_odb_object* last = nullptr;
  ~ThreadReader() { reset(); }
  void reset() {
    if (last) git_odb_object_free(last);
    if (odb) git_odb_free(odb);
    last = nullptr, odb = nullptr, owner = nullptr;
  }
};

class GitSource final : public FileSource {
 public:
  GitSource(fs::path dir, std::string rev) : dir_(std::move(dir)), rev_(std::move(rev)) {}

  /// Opens the repository, resolves the revision and finds the workspace's tree in it.
  std::string open() {
    init_libgit2();
    std::error_code ec;
    const auto dir = fs::weakly_canonical(fs::absolute(dir_, ec), ec);
    if (git_repository_open_ext(&repo_.p, dir.c_str(), 0, nullptr) != 0)
      return fmt::format("{} is not in a git repository, so there is no revision '{}' to read", dir_.string(), rev_);
    const char* workdir = git_repository_workdir(repo_.p);
    if (!workdir) return fmt::format("the repository of {} has no working tree to place the workspace in", dir_.string());
    const auto rel = dir.lexically_relative(fs::weakly_canonical(workdir, ec));
    prefix_ = rel == "." ? "" : rel.generic_string();
    objects_ = (fs::path(git_repository_path(repo_.p)) / "objects").string();
    Object commit;
    if (git_revparse_single(&commit.p, repo_.p, rev_.c_str()) != 0)
      return fmt::format("'{}' is not a revision of the repository at {}", rev_, workdir);
    if (git_object_peel(reinterpret_cast<git_object**>(&root_.p), commit.p, GIT_OBJECT_TREE) != 0)
      return fmt::format("'{}' names no commit or tree: {}", rev_, git_message());
    if (!prefix_.empty()) {
      TreeEntry e;
      if (git_tree_entry_bypath(&e.p, root_.p, prefix_.c_str()) != 0 || git_tree_entry_type(e.p) != GIT_OBJECT_TREE)
        return fmt::format("the workspace folder '{}' does not exist at '{}'", prefix_, rev_);
      Tree sub;
      if (git_tree_lookup(&sub.p, repo_.p, git_tree_entry_id(e.p)) != 0) return git_message();
      std::swap(root_.p, sub.p);
    }
    return "";
  }

  fs::path root() const override { return dir_; }

  std::optional<std::string_view> read_config(std::size_t max_bytes, Diagnostics& out) const override {
    const auto* e = git_tree_entry_byname(root_.p, "brm.yaml");
    if (!e) return unreadable("brm.yaml", "No such file or directory", out);
    return read_blob(*git_tree_entry_id(e), "brm.yaml", max_bytes, out);
  }

  std::vector<std::vector<Candidate>> list(Diagnostics& out) const override {
    std::vector<std::vector<Candidate>> lists(kind_count);
    walk(root_.p, "", std::nullopt, lists, out);
    for (auto& l : lists)
      std::sort(l.begin(), l.end(), [](const Candidate& a, const Candidate& b) { return a.path < b.path; });
    std::erase_if(lists, [](const auto& l) { return l.empty(); });
    return lists;
  }

  std::optional<std::string_view> read(Kind, const std::string& path, bool, std::size_t max_bytes,
                                       Diagnostics& out) const override {
    std::string at = path;
    for (int hops = 0; hops < 40; ++hops) {  // links within the workspace, as the kernel follows them
      const auto it = entries_.find(at);
      if (it == entries_.end()) return lookup_and_read(at, path, max_bytes, out, hops);
      if (!it->second.link) return read_blob(it->second.id, path, max_bytes, out);
      const auto target = link_target(it->second.id);
      const auto next = target ? inside(at, *target) : std::nullopt;
      if (!next) return unreadable(path, "No such file or directory", out);
      at = *next;
    }
    return unreadable(path, "Too many levels of symbolic links", out);
  }

  std::optional<std::string> read_any(const std::string& path, std::size_t max_bytes) const override {
    Diagnostics ignored;
    const auto bytes = lookup_and_read(path, path, max_bytes, ignored, 0);
    return bytes ? std::optional<std::string>(*bytes) : std::nullopt;
  }

 private:
  static std::nullopt_t unreadable(const std::string& path, std::string_view why, Diagnostics& out) {
    out.push_back({path, {1, 1}, Severity::error, "unreadable", fmt::format("cannot read the file: {}", why)});
    return std::nullopt;
  }

  /// A path the listing did not record (a link's target): found in the tree.
  std::optional<std::string_view> lookup_and_read(const std::string& at, const std::string& path, std::size_t max_bytes,
                                                  Diagnostics& out, int hops) const {
    TreeEntry e;
    if (git_tree_entry_bypath(&e.p, root_.p, at.c_str()) != 0) return unreadable(path, "No such file or directory", out);
    const auto mode = git_tree_entry_filemode(e.p);
    if (mode == GIT_FILEMODE_TREE) return unreadable(path, "Is a directory", out);
    if (mode != GIT_FILEMODE_LINK) return read_blob(*git_tree_entry_id(e.p), path, max_bytes, out);
    const auto target = link_target(*git_tree_entry_id(e.p));
    const auto next = target ? inside(at, *target) : std::nullopt;
    if (!next || hops >= 39) return unreadable(path, "No such file or directory", out);
    return lookup_and_read(*next, path, max_bytes, out, hops + 1);
  }

  std::optional<std::string> link_target(const git_oid& id) const {
    Diagnostics ignored;
    const auto bytes = read_blob(id, "", 4096, ignored);
    return bytes ? std::optional<std::string>(std::string(*bytes)) : std::nullopt;
  }

  std::optional<std::string_view> read_blob(const git_oid& id, const std::string& path, std::size_t max_bytes,
                                            Diagnostics& out) const {
    static thread_local ThreadReader t;
    if (t.owner != this) {
      t.reset();
      if (git_odb_open(&t.odb, objects_.c_str()) != 0) return unreadable(path, git_message(), out);
      t.owner = this;
    }
    if (t.last) git_odb_object_free(t.last), t.last = nullptr;
    if (git_odb_read(&t.last, t.odb, &id) != 0) return unreadable(path, git_message(), out);
    const auto size = git_odb_object_size(t.last);
    if (size > max_bytes) {
      out.push_back({path, {1, 1}, Severity::error, "file-too-large",
                     fmt::format("the file is {} bytes; a record may be at most {} bytes", size, max_bytes)});
      return std::nullopt;
    }
    return std::string_view(static_cast<const char*>(git_odb_object_data(t.last)), size);
  }

  /// The folder walk's rules (scan.cpp) on the revision's tree: hidden entries are left
  /// alone, kind folders give candidates, other YAML files and leftovers are reported.
  void walk(const git_tree* tree, const std::string& rel, std::optional<Kind> folder_kind,
            std::vector<std::vector<Candidate>>& lists, Diagnostics& out) const {
    for (std::size_t i = 0, n = git_tree_entrycount(tree); i < n; ++i) {
      const git_tree_entry* e = git_tree_entry_byindex(tree, i);
      const std::string name = git_tree_entry_name(e);
      if (name.front() == '.' && !is_leftover_temp(name)) continue;
      const auto path = rel.empty() ? name : rel + "/" + name;
      const auto mode = git_tree_entry_filemode(e);
      if (mode == GIT_FILEMODE_COMMIT) continue;  // a submodule: an empty folder in a checkout
      if (mode == GIT_FILEMODE_TREE) {
        const auto kind = rel.empty() ? kind_in_folder(name) : std::nullopt;
        Tree sub;
        if (git_tree_lookup(&sub.p, repo_.p, git_tree_entry_id(e)) != 0) {
          out.push_back({path, {1, 1}, Severity::error, "unreadable", fmt::format("cannot read the folder: {}", git_message())});
          continue;
        }
        walk(sub.p, path, kind, lists, out);
      } else if (mode == GIT_FILEMODE_LINK) {
        link(*git_tree_entry_id(e), name, path, folder_kind, lists, out);
      } else if (report_leftover(name, path, out)) {
        continue;
      } else if (!(rel.empty() && name == "brm.yaml")) {
        add(name, path, folder_kind, true, *git_tree_entry_id(e), false, lists, out);
      }
    }
  }

  void link(const git_oid& id, const std::string& name, const std::string& path, std::optional<Kind> folder_kind,
            std::vector<std::vector<Candidate>>& lists, Diagnostics& out) const {
    const auto target = link_target(id);
    const auto resolved = target ? inside(path, *target) : std::nullopt;
    bool is_dir = false;
    if (resolved) {
      TreeEntry e;
      is_dir = git_tree_entry_bypath(&e.p, root_.p, resolved->c_str()) == 0 &&
               git_tree_entry_filemode(e.p) == GIT_FILEMODE_TREE;
    }
    const bool claimed = is_dir ? kind_in_folder(name).has_value() || folder_kind : is_yaml_name(name) || folder_kind;
    if (!resolved) {
      if (claimed) report_link_outside(path, out);
      return;
    }
    if (!is_dir) add(name, path, folder_kind, false, id, true, lists, out);
  }

  void add(const std::string& name, const std::string& path, std::optional<Kind> folder_kind, bool regular,
           const git_oid& id, bool is_link, std::vector<std::vector<Candidate>>& lists, Diagnostics& out) const {
    std::vector<Candidate> found;
    place_file(name, path, folder_kind, regular, found, out);
    for (auto& c : found) {
      entries_[c.path] = {id, is_link};
      lists[static_cast<std::size_t>(c.kind)].push_back(std::move(c));
    }
  }

  fs::path dir_;
  std::string rev_;
  Repo repo_;
  Tree root_;
  std::string prefix_, objects_;
  mutable std::unordered_map<std::string, Entry> entries_;  // filled by list(), read by read()
};

}  // namespace

std::unique_ptr<FileSource> git_source(const fs::path& dir, const std::string& rev, std::string& error) {
  auto source = std::make_unique<GitSource>(dir, rev);
  error = source->open();
  if (!error.empty()) return nullptr;
  return source;
}

}  // namespace brm
