#pragma once
#include <filesystem>
#include <string>

#include "brm/usecases/result.hpp"

namespace brm {

/// What `brm init` is asked to create.
struct InitInput {
  std::filesystem::path root;  // the folder to become a workspace (created when missing)
  std::string organization;    // one line of text
  std::string currency;        // an ISO 4217 code
};

/// Creates a workspace in `in.root`: brm.yaml with the policy's defaults, written only
/// where none exists, then one folder per kind of record. Refuses a folder that is a
/// workspace or lies inside one, and names every problem of the input at once.
Result<std::filesystem::path> init_workspace(const InitInput& in);

}  // namespace brm
