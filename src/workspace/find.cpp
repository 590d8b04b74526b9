#include <cstdlib>
#include <system_error>

#include <fmt/format.h>

#include "brm/workspace/loader.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

bool has_config(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "brm.yaml", ec);
}

std::optional<fs::path> named_workspace(const std::string& dir, const char* source, std::string& err) {
  std::error_code ec;
  const auto abs = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  if (has_config(abs)) return abs;
  err = fmt::format("'{}' (from {}) is not a workspace: it holds no brm.yaml; create one with 'brm init'", dir, source);
  return std::nullopt;
}

}  // namespace

std::optional<fs::path> find_workspace(const std::optional<std::string>& explicit_dir, const fs::path& start,
                                       std::string& err) {
  if (explicit_dir) return named_workspace(*explicit_dir, "-C/--workspace", err);
  if (const char* env = std::getenv("BRM_WORKSPACE"); env && *env) return named_workspace(env, "BRM_WORKSPACE", err);
  std::error_code ec;
  for (auto dir = fs::weakly_canonical(fs::absolute(start, ec), ec);; dir = dir.parent_path()) {
    if (has_config(dir)) return dir;
    if (dir == dir.parent_path()) break;
  }
  err = fmt::format(
      "no workspace found: neither '{}' nor any folder above it holds brm.yaml "
      "(use -C DIR, set BRM_WORKSPACE, or create one with 'brm init')",
      start.string());
  return std::nullopt;
}

}  // namespace brm
