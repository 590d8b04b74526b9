#include "scan.hpp"

#include <fmt/format.h>

#include <system_error>

namespace brm {
namespace fs = std::filesystem;

bool is_yaml_name(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

namespace {

std::string stem_of(std::string_view name) {
  return std::string(name.substr(0, name.rfind('.')));
}

class Scanner {
 public:
  Scanner(const fs::path& root, Diagnostics& out) : root_(root), out_(out) {}

  std::vector<Candidate> run() {
    walk(root_, "", std::nullopt);
    return std::move(found_);
  }

 private:
  // `folder_kind` is set while inside a kind folder's top level; deeper folders belong to no kind.
  void walk(const fs::path& dir, const std::string& rel, std::optional<Kind> folder_kind) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      const auto name = it->path().filename().string();
      if (name.empty() || name[0] == '.') continue;
      const auto path = rel.empty() ? name : rel + "/" + name;
      const bool is_dir = it->is_directory(ec);
      if (it->is_symlink(ec) && leads_outside(it->path())) {
        if (is_dir ? kind_in_folder(name).has_value() || folder_kind.has_value() : is_yaml_name(name) || folder_kind)
          out_.push_back({path, {1, 1}, Severity::error, "symlink-outside",
                          "this symbolic link leads outside the workspace; it is not read"});
        continue;
      }
      if (is_dir) {
        if (it->is_symlink(ec)) continue;  // links inside the workspace are not walked twice
        walk(it->path(), path, rel.empty() ? kind_in_folder(name) : std::nullopt);
        continue;
      }
      if (rel.empty() && name == "brm.yaml") continue;
      file(name, path, folder_kind);
    }
  }

  void file(const std::string& name, const std::string& path, std::optional<Kind> folder_kind) {
    if (folder_kind && is_yaml_name(name)) {
      found_.push_back({*folder_kind, stem_of(name), path});
    } else if (folder_kind) {
      out_.push_back({path, {1, 1}, Severity::warning, "unclaimed-file",
                      fmt::format("'{}' is not a YAML file, so no record is read from it; the "
                                  "{} folder holds only .yaml files",
                                  name, spec_of(*folder_kind).folder)});
    } else if (is_yaml_name(name)) {
      out_.push_back({path, {1, 1}, Severity::warning, "unclaimed-file",
                      "this YAML file is outside the kind folders (services, customers, agreements, "
                      "meetings, complaints, surveys, improvements), so no record is read from it"});
    }
  }

  bool leads_outside(const fs::path& link) const {
    std::error_code ec;
    const auto target = fs::weakly_canonical(link, ec);
    if (ec) return false;  // a dangling link is reported when it cannot be read
    const auto rel = target.lexically_relative(root_);
    return rel.empty() || *rel.begin() == "..";
  }

  fs::path root_;
  Diagnostics& out_;
  std::vector<Candidate> found_;
};

}  // namespace

std::vector<Candidate> scan_workspace(const fs::path& root, Diagnostics& out) {
  return Scanner(root, out).run();
}

}  // namespace brm
