#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace brm {

// What the workspace layer's writers share (defined in atomic_write.cpp).

/// "cannot WHAT PATH: <strerror(errno)>".
std::string errno_text(std::string_view what, const std::filesystem::path& p);

/// Writes all of `bytes` to `fd`, across short writes and interruptions; false on an error.
bool write_all(int fd, std::string_view bytes);

}  // namespace brm
