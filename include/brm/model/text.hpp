#pragma once
#include <string>
#include <string_view>

namespace brm {

/// A readable id fragment: lowercase ASCII letters and digits joined by '-', with
/// common accented letters folded (Å -> a, ö -> o, ß -> ss), cut at a word boundary
/// to at most `max` characters.
std::string slugify(std::string_view text, std::size_t max);

/// A short base-36 fingerprint of `text` (FNV-1a, 64 bits), `length` characters.
std::string fingerprint(std::string_view text, std::size_t length);

}  // namespace brm
