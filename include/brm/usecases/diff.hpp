#pragma once
#include <memory>
#include <string>
#include <vector>

#include "brm/compute/diff.hpp"
#include "brm/usecases/result.hpp"
#include "brm/workspace/file_source.hpp"

namespace brm {

/// Reads both sides whole (every record, checked) and compares them.
Result<DiffReport> diff_workspaces(std::shared_ptr<const FileSource> before, std::shared_ptr<const FileSource> after,
                                   std::string before_name, std::string after_name, Date as_of);

}  // namespace brm
