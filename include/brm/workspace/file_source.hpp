#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brm/model/diagnostic.hpp"
#include "brm/model/kinds.hpp"

namespace brm {

/// A file that belongs to a kind, as a source lists it.
struct Candidate {
  Kind kind;
  std::string id;
  std::string path;      // relative to the root, with '/'
  bool regular = false;  // a directory listing showed a regular file (not a link or anything else)
};

/// Where a workspace's files come from: a folder on disk, an in-memory tree in tests,
/// a git revision later. The loader lists and reads only through this, so the checks,
/// the read model and every command work the same whatever the source.
class FileSource {
 public:
  virtual ~FileSource() = default;
  /// The workspace folder, for messages and for the commands that write; a source that
  /// is not a folder names where it comes from.
  virtual std::filesystem::path root() const = 0;
  /// brm.yaml's bytes, valid until the calling thread's next read; nullopt with a
  /// diagnostic when it cannot be read.
  virtual std::optional<std::string_view> read_config(std::size_t max_bytes, Diagnostics& out) const = 0;
  /// Every record file: one list per kind folder, the lists in kind order, each ordered
  /// by path. What the walk finds wrong (files no kind claims, say) goes to `out`.
  virtual std::vector<std::vector<Candidate>> list(Diagnostics& out) const = 0;
  /// A listed file's bytes (its kind, path and whether the listing showed a regular
  /// file), valid until the calling thread's next read; nullopt with a diagnostic when it
  /// cannot be read. Safe to call from several threads at once.
  virtual std::optional<std::string_view> read(Kind kind, const std::string& path, bool regular,
                                               std::size_t max_bytes, Diagnostics& out) const = 0;
  /// Any file of the workspace by its path (brm.yaml, a record, a file no kind claims),
  /// for the source lines shown under diagnostics; nullopt when it cannot be read.
  virtual std::optional<std::string> read_any(const std::string& path, std::size_t max_bytes) const = 0;
};

/// A workspace folder on disk: listed with readdir on all cores, files opened relative
/// to their kind folder and read with one read where the file system allows.
std::unique_ptr<FileSource> directory_source(const std::filesystem::path& root);

/// Files held in memory, by path relative to the root ("customers/x.yaml"): for tests.
/// Only files directly in a kind folder with a .yaml or .yml name are listed; the rules
/// about other files (links, leftovers, stray YAML) belong to the folder walk.
std::unique_ptr<FileSource> memory_source(std::map<std::string, std::string> files);

}  // namespace brm
