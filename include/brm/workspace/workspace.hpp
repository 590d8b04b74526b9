#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "brm/model/diagnostic.hpp"
#include "brm/model/kinds.hpp"
#include "brm/workspace/file_source.hpp"
#include "brm/yaml/document.hpp"

namespace brm {

/// One file the workspace holds for a kind. A file that could not be read keeps its
/// place (and its id, taken from the file name) with an empty `doc`, so references
/// to it do not turn into a cascade of errors.
struct Record {
  Kind kind = Kind::config;
  std::string id;                     // the file name without extension
  std::string path;                   // relative to the workspace root, with '/'
  std::optional<yaml::Document> doc;  // empty when unreadable, or when the loader was told not to keep it
  bool parsed = false;                // read and parsed without a fatal problem
  /// A hash of the file's bytes as read (0 when unreadable): two states of a workspace
  /// read in one run tell changed files from unchanged ones without reading them again.
  std::size_t content_hash = 0;
};

/// Everything read from a workspace directory, before any checking.
struct Workspace {
  std::filesystem::path root;                // source->root()
  std::shared_ptr<const FileSource> source;  // where the files are read from
  Record config;                // brm.yaml
  std::vector<Record> records;  // every kind but config, ordered by kind then path
  Diagnostics diagnostics;      // problems met while reading
  std::size_t files_read = 0;   // brm.yaml and every record file

  /// The records of one kind, found by a binary search over the ordered list.
  std::span<const Record> of_kind(Kind k) const;
  /// The record read from `path` (relative to the root), or nullptr: a binary search
  /// among the records of the kind whose folder the path is in.
  const Record* at_path(std::string_view path) const;
};

}  // namespace brm
