#pragma once
#include <string>
#include <string_view>

#include "brm/model/diagnostic.hpp"

namespace brm::yaml {

/// Checks that must pass before a YAML parser sees the bytes: no NUL byte, valid
/// UTF-8, no git merge-conflict markers. Returns false (with diagnostics) on failure.
bool check_bytes(std::string_view bytes, const std::string& path, Diagnostics& out);

}  // namespace brm::yaml
