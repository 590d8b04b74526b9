#include "brm/workspace/git_source.hpp"

#include <git2.h>

#include <fmt/format.h>

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <vector>

#include "brm/util/i18n.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "scan.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

std::string git_message() {
  const git_error* e = git_error_last();
  return e && e->message ? e->message : tr("unknown libgit2 error");
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
using Index = Owned<git_index, git_index_free>;
using Odb = Owned<git_odb, git_odb_free>;

/// The most bytes one folder's tree object may hold: a folder of 100,000 records takes
/// about 5 MB, and a tree is read whole.
constexpr std::size_t max_tree_bytes = std::size_t{64} << 20;

/// A file of the revision (or of the index): its blob and how git stores it.
struct Entry {
  git_oid id;
  git_filemode_t mode = GIT_FILEMODE_BLOB;
};

/// The workspace's files in git, by path relative to the workspace, and its folders.
struct Files {
  std::map<std::string, Entry> files;
  std::set<std::string> folders;

  /// Adds a path relative to the repository if it lies in the workspace `prefix`.
  void add(std::string_view repo_path, const std::string& prefix, Entry e) {
    if (!prefix.empty()) {
      if (!repo_path.starts_with(prefix) || repo_path.size() <= prefix.size() || repo_path[prefix.size()] != '/')
        return;
      repo_path.remove_prefix(prefix.size() + 1);
    }
    const std::string path(repo_path);
    for (auto slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
      folders.insert(path.substr(0, slash));
    files[path] = e;
  }
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

bool hidden_folder(const std::string& path) {
  for (std::size_t start = 0, slash; (slash = path.find('/', start)) != std::string::npos; start = slash + 1)
    if (path[start] == '.') return true;
  return false;
}

/// The objects one thread reads through: libgit2 objects are not to be shared between
/// threads, so each thread opens the object database once per source (brm diff and
/// validate --staged read two sources by turns) and keeps the last blob it read alive
/// until its next read (the FileSource contract).
struct ThreadReader {
  std::vector<std::pair<std::uint64_t, git_odb*>> odbs;  // by source serial
  git_odb_object* last = nullptr;
  ~ThreadReader() {
    if (last) git_odb_object_free(last);
    for (auto& [owner, odb] : odbs) git_odb_free(odb);
  }
  /// The source's object database for this thread, opened on first use; nullptr on failure.
  git_odb* odb_of(std::uint64_t owner, const std::string& objects) {
    for (auto& [o, odb] : odbs)
      if (o == owner) return odb;
    git_odb* odb = nullptr;
    if (git_odb_open(&odb, objects.c_str()) != 0) return nullptr;
    odbs.emplace_back(owner, odb);
    return odb;
  }
};

class GitSource final : public FileSource {
 public:
  GitSource(fs::path dir, GitState state) : dir_(std::move(dir)), state_(std::move(state)) {}
  GitSource(const GitSource&) = delete;
  GitSource& operator=(const GitSource&) = delete;

  /// Each source's own number: a thread's open object databases are found by it (an
  /// address could be reused by a later source of another repository).
  static std::uint64_t next_serial() {
    static std::atomic<std::uint64_t> n{0};
    return ++n;
  }

  /// Opens the repository and gathers the workspace's files from the revision or index.
  /// The error of opening the repository and reading its tree; an empty message when none.
  Error open() {
    init_libgit2();
    std::error_code ec;
    const auto dir = fs::weakly_canonical(fs::absolute(dir_, ec), ec);
    if (git_repository_open_ext(&repo_.p, dir.c_str(), 0, nullptr) != 0)
      return {ErrorCode::not_a_repository,
              state_.staged ? trf("{} is not in a git repository, so there is no index to read", dir_.string())
                            : trf("{} is not in a git repository, so there is no revision '{}' to read", dir_.string(),
                                  state_.rev)};
    const char* workdir = git_repository_workdir(repo_.p);
    if (!workdir)
      return {ErrorCode::failed,
              trf("the repository of {} has no working tree to place the workspace in", dir_.string())};
    const auto rel = dir.lexically_relative(fs::weakly_canonical(workdir, ec));
    prefix_ = rel == "." ? "" : rel.generic_string();
    objects_ = (fs::path(git_repository_path(repo_.p)) / "objects").string();
    if (const auto error = state_.staged ? from_index() : from_revision(workdir); !error.empty()) {
      // HEAD of a repository with no commit yet is not a mistake of the user's: every
      // file is new (validate --staged before the first commit).
      const bool unborn = !state_.staged && state_.rev == "HEAD" && git_repository_head_unborn(repo_.p) == 1;
      return {unborn ? ErrorCode::unborn_head : state_.staged ? ErrorCode::failed : ErrorCode::not_a_revision, error};
    }
    if (!prefix_.empty() && files_.files.empty())
      return {ErrorCode::failed, state_.staged
                                     ? trf("the workspace folder '{}' has no file in git's index", prefix_)
                                     : trf("the workspace folder '{}' does not exist at '{}'", prefix_, state_.rev)};
    return {};
  }

  fs::path root() const override { return dir_; }

  std::optional<std::string_view> read_config(std::size_t max_bytes, Diagnostics& out) const override {
    return read(Kind::config, "brm.yaml", true, max_bytes, out);
  }

  std::vector<std::vector<Candidate>> list(Diagnostics& out) const override {
    std::vector<std::vector<Candidate>> lists(kind_count);
    for (const auto& [path, e] : files_.files) judge(path, e, lists, out);
    std::erase_if(lists, [](const auto& l) { return l.empty(); });
    return lists;
  }

  std::optional<std::string_view> read(Kind, const std::string& path, bool, std::size_t max_bytes,
                                       Diagnostics& out) const override {
    std::string at = path;
    for (int hops = 0; hops < 40; ++hops) {  // links within the workspace, as the kernel follows them
      const auto it = files_.files.find(at);
      if (it == files_.files.end())
        return unreadable(path, files_.folders.count(at) ? "Is a directory" : "No such file or directory", out);
      if (it->second.mode != GIT_FILEMODE_LINK) return read_blob(it->second.id, path, max_bytes, out);
      const auto target = link_target(it->second.id);
      const auto next = target ? inside(at, *target) : std::nullopt;
      if (!next) return report_link_outside(path, out), std::nullopt;
      at = *next;
    }
    return unreadable(path, "Too many levels of symbolic links", out);
  }

  std::optional<std::string> read_any(const std::string& path, std::size_t max_bytes) const override {
    Diagnostics ignored;
    const auto bytes = read(Kind::config, path, true, max_bytes, ignored);
    return bytes ? std::optional<std::string>(*bytes) : std::nullopt;
  }

 private:
  std::string from_revision(const char* workdir) {
    Object commit;
    if (git_revparse_single(&commit.p, repo_.p, state_.rev.c_str()) != 0)
      return trf("'{}' is not a revision of the repository at {}", state_.rev, workdir);
    Tree tree;
    if (git_object_peel(reinterpret_cast<git_object**>(&tree.p), commit.p, GIT_OBJECT_TREE) != 0)
      return trf("'{}' names no commit or tree: {}", state_.rev, git_message());
    Odb odb;
    if (git_repository_odb(&odb.p, repo_.p) != 0) return git_message();
    // Down to the workspace's folder, then only its trees: the rest of the repository
    // is never read.
    git_oid at = *git_tree_id(tree.p);
    for (const auto& part : fs::path(prefix_)) {
      Tree t;
      if (const auto error = lookup_tree(odb.p, at, part.string(), t); !error.empty()) return error;
      const git_tree_entry* e = git_tree_entry_byname(t.p, part.c_str());
      if (!e || git_tree_entry_type(e) != GIT_OBJECT_TREE) return "";  // open() says the folder does not exist
      at = *git_tree_entry_id(e);
    }
    return walk_trees(odb.p, at);
  }

  /// Every file under the tree `top`, by path relative to it. A stack, not recursion: a
  /// revision can nest folders deeper than a thread's stack.
  std::string walk_trees(git_odb* odb, const git_oid& top) {
    std::vector<std::pair<git_oid, std::string>> todo{{top, ""}};
    while (!todo.empty()) {
      auto [id, folder] = std::move(todo.back());
      todo.pop_back();
      Tree t;
      if (const auto error = lookup_tree(odb, id, folder.empty() ? "." : folder, t); !error.empty()) return error;
      for (std::size_t i = 0, n = git_tree_entrycount(t.p); i < n; ++i) {
        const git_tree_entry* e = git_tree_entry_byindex(t.p, i);
        auto path = folder.empty() ? std::string(git_tree_entry_name(e)) : folder + "/" + git_tree_entry_name(e);
        const auto mode = git_tree_entry_filemode(e);
        if (mode == GIT_FILEMODE_TREE)
          todo.emplace_back(*git_tree_entry_id(e), std::move(path));
        else
          files_.add(path, "", {*git_tree_entry_id(e), mode});
      }
    }
    return "";
  }

  /// A tree whose size its object's header gives first: one folder listing more than
  /// max_tree_bytes of entries is refused before libgit2 parses it.
  std::string lookup_tree(git_odb* odb, const git_oid& id, const std::string& folder, Tree& t) const {
    std::size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    if (git_odb_read_header(&size, &type, odb, &id) != 0) return git_message();
    if (size > max_tree_bytes)
      return trf("the folder '{}' at '{}' lists {} bytes of entries in git; brm reads folders of at most {} bytes",
                 folder, state_.rev, size, max_tree_bytes);
    if (git_tree_lookup(&t.p, repo_.p, &id) != 0) return git_message();
    return "";
  }

  std::string from_index() {
    Index index;
    if (git_repository_index(&index.p, repo_.p) != 0) return trf("cannot read git's index: {}", git_message());
    for (std::size_t i = 0, n = git_index_entrycount(index.p); i < n; ++i) {
      const git_index_entry* e = git_index_get_byindex(index.p, i);
      if (git_index_entry_stage(e) != 0) continue;  // a conflict's sides: the file is not staged yet
      files_.add(e->path, prefix_, {e->id, static_cast<git_filemode_t>(e->mode)});
    }
    return "";
  }

  static std::nullopt_t unreadable(const std::string& path, std::string_view why, Diagnostics& out) {
    out.push_back({path, {1, 1}, Severity::error, "unreadable", trf("cannot read the file: {}", why)});
    return std::nullopt;
  }

  std::optional<std::string> link_target(const git_oid& id) const {
    Diagnostics ignored;
    const auto bytes = read_blob(id, "", 4096, ignored);
    return bytes ? std::optional<std::string>(std::string(*bytes)) : std::nullopt;
  }

  std::optional<std::string_view> read_blob(const git_oid& id, const std::string& path, std::size_t max_bytes,
                                            Diagnostics& out) const {
    static thread_local ThreadReader t;
    git_odb* odb = t.odb_of(serial_, objects_);
    if (!odb) return unreadable(path, git_message(), out);
    if (t.last) git_odb_object_free(t.last), t.last = nullptr;
    // The size from the object's header, before its bytes: a blob of a gigabyte packs
    // into a few megabytes, and reading it whole would cost the gigabyte.
    std::size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    if (git_odb_read_header(&size, &type, odb, &id) != 0) return unreadable(path, git_message(), out);
    if (type != GIT_OBJECT_BLOB) return unreadable(path, tr("it is not a regular file"), out);
    if (size > max_bytes) {
      out.push_back({path,
                     {1, 1},
                     Severity::error,
                     "file-too-large",
                     trf("the file is {} bytes; a record may be at most {} bytes", size, max_bytes)});
      return std::nullopt;
    }
    if (git_odb_read(&t.last, odb, &id) != 0) return unreadable(path, git_message(), out);
    return std::string_view(static_cast<const char*>(git_odb_object_data(t.last)), git_odb_object_size(t.last));
  }

  /// One file by the folder walk's rules (scan.cpp): hidden files and folders are left
  /// alone; a YAML file directly in a kind folder is a candidate; other YAML files,
  /// files in kind folders and leftovers of stopped writes are reported.
  void judge(const std::string& path, const Entry& e, std::vector<std::vector<Candidate>>& lists,
             Diagnostics& out) const {
    const auto slash = path.rfind('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (hidden_folder(path) || (name.front() == '.' && !is_leftover_temp(name))) return;
    const auto top = path.find('/');
    const bool at_top = top == std::string::npos;
    const auto folder_kind = !at_top && top == slash ? kind_in_folder(path.substr(0, top)) : std::nullopt;
    if (e.mode == GIT_FILEMODE_COMMIT) return submodule(path, (at_top && kind_in_folder(name)) || folder_kind, out);
    if (e.mode == GIT_FILEMODE_LINK) return link(e, name, path, folder_kind, lists, out);
    if (report_leftover(name, path, out) || (at_top && name == "brm.yaml")) return;
    add(name, path, folder_kind, true, lists, out);
  }

  /// A submodule is a folder of its own in a checkout, but its files are in another
  /// repository: said where records would be expected, left alone elsewhere.
  static void submodule(const std::string& path, bool claimed, Diagnostics& out) {
    if (!claimed) return;
    out.push_back({path,
                   {1, 1},
                   Severity::warning,
                   "unclaimed-file",
                   tr("this is a git submodule, whose files are in another repository, so no record is read from it "
                      "in a git revision")});
  }

  void link(const Entry& e, const std::string& name, const std::string& path, std::optional<Kind> folder_kind,
            std::vector<std::vector<Candidate>>& lists, Diagnostics& out) const {
    const auto target = link_target(e.id);
    const auto resolved = target ? inside(path, *target) : std::nullopt;
    const bool is_dir = resolved && (resolved->empty() || files_.folders.count(*resolved));
    const bool claimed = is_dir ? kind_in_folder(name).has_value() || folder_kind : is_yaml_name(name) || folder_kind;
    if (!resolved) {
      if (claimed) report_link_outside(path, out);
      return;
    }
    if (!is_dir) add(name, path, folder_kind, false, lists, out);
  }

  static void add(const std::string& name, const std::string& path, std::optional<Kind> folder_kind, bool regular,
                  std::vector<std::vector<Candidate>>& lists, Diagnostics& out) {
    std::vector<Candidate> found;
    place_file(name, path, folder_kind, regular, found, out);
    for (auto& c : found) lists[static_cast<std::size_t>(c.kind)].push_back(std::move(c));
  }

  std::uint64_t serial_ = next_serial();
  fs::path dir_;
  GitState state_;
  Repo repo_;
  std::string prefix_, objects_;
  Files files_;
};

}  // namespace

std::unique_ptr<FileSource> git_source(const fs::path& dir, const GitState& state, Error& error) {
  auto source = std::make_unique<GitSource>(dir, state);
  error = source->open();
  if (!error.message.empty()) return nullptr;
  return source;
}

std::unique_ptr<FileSource> git_source(const fs::path& dir, const std::string& rev, Error& error) {
  return git_source(dir, GitState{rev, false}, error);
}

}  // namespace brm
