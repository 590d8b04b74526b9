#include <climits>
#include <cstdlib>
#include <system_error>

#include <fmt/format.h>

#include "brm/workspace/loader.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

/// Past PATH_MAX the kernel refuses every path brm would open (ENAMETOOLONG, or EBADF for
/// a folder it could not open): said once, plainly, instead of as a missing brm.yaml.
bool too_long(const fs::path& dir, std::string& err) {
  if (dir.native().size() + sizeof("/brm.yaml") <= PATH_MAX) return false;
  err = fmt::format(
      "the workspace folder's path is {} bytes long; brm works in folders whose path is shorter than {} "
      "bytes (move the workspace, or use a shorter path to it)",
      dir.native().size(), PATH_MAX - sizeof("/brm.yaml") + 1);
  return true;
}

/// The folder as an absolute path without links; as given (made absolute) when that
/// fails, as it does past PATH_MAX, where an empty path would name the current folder.
fs::path resolved(const fs::path& dir) {
  std::error_code ec;
  const auto abs = fs::absolute(dir, ec);
  const auto canonical = fs::weakly_canonical(abs, ec);
  return ec || canonical.empty() ? abs : canonical;
}

bool has_config(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "brm.yaml", ec);
}

std::optional<fs::path> named_workspace(const std::string& dir, const char* source, std::string& err) {
  std::error_code ec;
  const auto abs = resolved(dir);
  if (too_long(abs, err)) return std::nullopt;
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
  for (auto dir = resolved(start);; dir = dir.parent_path()) {
    if (has_config(dir)) return too_long(dir, err) ? std::nullopt : std::optional<fs::path>(dir);
    if (dir == dir.parent_path()) break;
  }
  if (too_long(resolved(start), err)) return std::nullopt;  // its brm.yaml could not even be looked for
  err = fmt::format(
      "no workspace found: neither '{}' nor any folder above it holds brm.yaml "
      "(use -C DIR, set BRM_WORKSPACE, or create one with 'brm init')",
      start.string());
  return std::nullopt;
}

}  // namespace brm
