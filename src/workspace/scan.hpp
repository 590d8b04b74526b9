#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "brm/model/diagnostic.hpp"
#include "brm/model/kinds.hpp"
#include "brm/workspace/file_source.hpp"

namespace brm {

/// Walks the workspace: files in kind folders become candidates; YAML files that no
/// kind claims and links leading outside the workspace are reported. Hidden files and
/// folders (.git, .github) are left alone. The kind folders are walked in parallel;
/// candidates come as one list per kind folder, the lists in kind order and each
/// ordered by path (so, joined, by kind then path); diagnostics come in the order
/// of a walk on one thread.
std::vector<std::vector<Candidate>> scan_workspace(const std::filesystem::path& root, Diagnostics& out);

/// A kind folder met at the top of the workspace, to be walked on its own.
struct KindFolder {
  std::filesystem::path dir;
  std::string rel;
  Kind kind;
  std::size_t diagnostics_before;  // how many diagnostics the walk of the root had made by then
};

/// Walks the root and the folders in it other than kind folders, which it returns.
std::vector<KindFolder> scan_root(const std::filesystem::path& root, Diagnostics& out);

/// Walks one kind folder; its candidates come ordered by path.
std::vector<Candidate> scan_kind_folder(const std::filesystem::path& root, const KindFolder& folder, Diagnostics& out);

bool is_yaml_name(std::string_view name);

// The walk's rules on single entries, shared by the folder walk and the git tree walk so
// that a revision is judged as its checkout would be.

/// A file met in the walk: a candidate when it sits in a kind folder with a YAML name,
/// otherwise reported (unclaimed-file) when it is YAML or in a kind folder.
void place_file(const std::string& name, const std::string& path, std::optional<Kind> folder_kind, bool regular,
                std::vector<Candidate>& found, Diagnostics& out);

/// Whether the name is what a stopped write leaves (its temporary or lock file).
bool is_leftover(const std::string& name);
/// Reports such a file (leftover-file) and returns true; false for any other name.
bool report_leftover(const std::string& name, const std::string& path, Diagnostics& out);

/// Reports a claimed link that leads outside the workspace (symlink-outside).
void report_link_outside(const std::string& path, Diagnostics& out);

/// True when `path` (a link, or a path through one) resolves to a place outside `root`.
bool leads_outside(const std::filesystem::path& root, const std::filesystem::path& path);

}  // namespace brm
