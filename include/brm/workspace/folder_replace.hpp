#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <variant>

namespace brm {

// A folder of generated files (a static site) replaced as a whole. The new folder is
// built beside the old one, `.NAME.brm-new`, and the two are exchanged in one rename,
// so that a reader (a web server, rsync, a browser) sees the old folder or the new one,
// never a mix, and a run that fails or is killed leaves the old one as it was.
//
// A file whose bytes are the same as before is not written again: the new folder gets
// a hard link to the old file, which keeps its inode, mode and modification time, so
// that rsync, a CI cache and a web server's caching see nothing changed. A file that
// changed keeps the old file's mode. The folder's manifest lists the files it was
// given; what else is in the folder (CNAME, .nojekyll, a README) was put there by
// someone else and is carried over untouched. A file of the manifest that is not given
// again is removed.

/// The files a folder is to hold. `inputs(i)` is a fingerprint of everything file `i`
/// is made from (0: not known): when the manifest says the file in the folder was made
/// from the same inputs, and it still has the size and time it was written with, it is
/// kept without making it again. Otherwise `bytes(i)` makes it, and it is kept anyway
/// when its bytes are the same. The three are called in parallel.
struct FolderPlan {
  std::size_t count = 0;
  std::function<std::string(std::size_t)> path;  // inside the folder, '/' between folders
  std::function<std::uint64_t(std::size_t)> inputs;
  std::function<std::string(std::size_t)> bytes;
};

/// What a replace did.
struct FolderChanges {
  std::size_t files = 0;      // given
  std::size_t written = 0;    // new or changed
  std::size_t unchanged = 0;  // the same bytes: the old file kept
  std::size_t made = 0;       // whose bytes were made (new, or to compare); the rest were known to be the same
  std::size_t removed = 0;    // in the old manifest, not given again
  std::size_t kept = 0;       // not generated: carried over
};

/// Replaces `dir` with the files of `plan`, holding an exclusive lock on the folder that
/// holds `dir` meanwhile. `manifest` names
/// the file listing what was generated. A `dir` that is neither missing, nor empty, nor
/// has a manifest is refused: it was not generated, and nothing in it may be lost.
/// Returns what changed, or why nothing did.
std::variant<FolderChanges, std::string> replace_folder(const std::filesystem::path& dir, const FolderPlan& plan,
                                                        std::string_view manifest);

/// The folder a replace of `dir` builds beside it.
std::filesystem::path staging_folder(const std::filesystem::path& dir);

}  // namespace brm
