#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "brm/workspace/file_source.hpp"

namespace brm {

/// Source lines for excerpts under diagnostics. Reads each file once, and only
/// what the loader would read: a regular file inside the workspace, at most 1 MiB,
/// valid UTF-8 without NUL bytes; anything else has no excerpt.
class SourceLines {
 public:
  explicit SourceLines(std::filesystem::path root);
  /// Lines read through a source instead (a git revision): the files as the checks read them.
  explicit SourceLines(std::shared_ptr<const FileSource> source);
  /// The line (without its newline), cut to 200 characters, or nullopt.
  std::optional<std::string> operator()(const std::string& path, std::uint32_t line);

 private:
  std::filesystem::path root_;
  std::shared_ptr<const FileSource> source_;
  std::map<std::string, std::vector<std::string>> files_;
};

}  // namespace brm
