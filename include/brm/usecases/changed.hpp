#pragma once
#include <memory>
#include <set>
#include <string>

#include "brm/model/date.hpp"
#include "brm/model/diagnostic.hpp"
#include "brm/usecases/result.hpp"
#include "brm/workspace/file_source.hpp"

namespace brm {

/// The diagnostics a change is responsible for: `after` (the staged content, or the
/// working tree) is checked whole, as the rules need (references, hierarchy, signers),
/// and only its diagnostics in the files that differ from `before` (HEAD, or a
/// revision), and those in unchanged files that `before` did not have (a reference to
/// a customer the change removed), are kept.
struct ChangeCheck {
  Diagnostics found;
  std::set<std::string> changed;  // the files that differ, by path in the workspace
  std::size_t files = 0;          // files the kept diagnostics speak of, changed files included
};

/// `before` may be null: everything in `after` is new (the first commit). Fails when
/// either side's brm.yaml cannot be read.
Result<ChangeCheck> check_changes(std::shared_ptr<const FileSource> before, std::shared_ptr<const FileSource> after,
                                  Date as_of);

}  // namespace brm
