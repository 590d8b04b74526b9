#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "brm/util/error.hpp"
#include "brm/workspace/file_source.hpp"

namespace brm {

/// The workspace folder `dir` as it was in the git revision `rev` (anything `git
/// rev-parse` takes: HEAD~2, main, a tag, an object id), read from the repository's
/// object database without a checkout: the repository is found from `dir` upwards, and
/// `dir` may be a sub-folder of it. The files are judged by the folder walk's rules, so a
/// revision reads as its checkout would. On no repository, an unknown revision or a
/// folder missing at `rev`, returns nullptr and says why in `error`.
std::unique_ptr<FileSource> git_source(const std::filesystem::path& dir, const std::string& rev, Error& error);

/// Which state of the repository to read: a revision, or the index (what is staged for
/// the next commit, as a pre-commit hook sees it).
struct GitState {
  std::string rev = "HEAD";
  bool staged = false;
};
std::unique_ptr<FileSource> git_source(const std::filesystem::path& dir, const GitState& state, Error& error);

}  // namespace brm
