#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "brm/model/diagnostic.hpp"
#include "brm/model/kinds.hpp"

namespace brm {

/// A file that belongs to a kind, found by walking the workspace.
struct Candidate {
  Kind kind;
  std::string id;
  std::string path;      // relative to the root
  bool regular = false;  // listed as a regular file (not a link or anything else)
};

/// Walks the workspace: files in kind folders become candidates; YAML files that no
/// kind claims and links leading outside the workspace are reported. Hidden files and
/// folders (.git, .github) are left alone.
std::vector<Candidate> scan_workspace(const std::filesystem::path& root, Diagnostics& out);

bool is_yaml_name(std::string_view name);

/// True when `path` (a link, or a path through one) resolves to a place outside `root`.
bool leads_outside(const std::filesystem::path& root, const std::filesystem::path& path);

}  // namespace brm
