#pragma once
#include <string>
#include <string_view>

namespace brm {

/// A readable id fragment: lowercase ASCII letters and digits joined by '-', with
/// common accented letters folded (Å -> a, ö -> o, ß -> ss), cut at a word boundary
/// to at most `max` characters.
std::string slugify(std::string_view text, std::size_t max);

/// `text` on one line: runs of spaces, tabs and line breaks become one space, and the
/// ends are trimmed, so a stray line break in a record does not break a table or agenda.
std::string one_line(std::string_view text);

/// A short base-36 fingerprint of `text` (FNV-1a, 64 bits), `length` characters.
std::string fingerprint(std::string_view text, std::size_t length);

}  // namespace brm
