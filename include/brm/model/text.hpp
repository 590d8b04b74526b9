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
/// Whether one_line(text) would equal `text` (most ids, names and numbers).
bool is_one_line(std::string_view text);

/// Text as it may be shown in a terminal, a log or a CI annotation: every control
/// character but tab (C0, DEL, C1) and the line and paragraph separators are written as
/// escapes (\n, \r, \x1b, \u0085, \u2028), so that no value from a file can start a new
/// line (and with it a workflow command), move the cursor or colour the terminal.
std::string visible(std::string_view text);

/// Whether a line feed may be part of a text value.
enum class TextLines { one, many };

/// The one rule for text a person gives on the command line (a summary, a note, a
/// name): what is accepted is stored so that it reads back exactly. Returns why
/// `text` is refused, or an empty string: it must be valid UTF-8 and hold no control
/// characters but tabs and (for TextLines::many) line feeds; carriage returns, NEL,
/// the line and paragraph separators (U+2028, U+2029), a byte order mark (U+FEFF) and
/// U+FFFE/U+FFFF are refused too, because YAML readers take them for line breaks or
/// reject them.
std::string check_text_value(std::string_view text, TextLines lines);

/// A short base-36 fingerprint of `text` (FNV-1a, 64 bits), `length` characters.
std::string fingerprint(std::string_view text, std::size_t length);

}  // namespace brm
