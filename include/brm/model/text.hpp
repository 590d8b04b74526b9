#pragma once
#include <optional>
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

/// Whether a line feed may be part of a text value.
enum class TextLines { one, many };

/// Text as it may be shown in a terminal, a log or a CI annotation: every control
/// character but tab (C0, DEL, C1) and the line and paragraph separators are written as
/// escapes (\n, \r, \x1b, \u0085, \u2028), so that no value from a file can start a new
/// line, move the cursor or colour the terminal; and the two syntaxes of GitHub's
/// workflow commands are broken the same way (see neutralise_commands).
std::string visible(std::string_view text);

/// Text drawn from a record as a document holds it (HTML, Markdown, CSV, workbook
/// properties, calendars): the same escapes as visible(), but for line feeds, which stay
/// where `lines` allows them (a description); none of these formats can carry a control
/// character as itself, and a terminal that shows the file must not obey one.
std::string printable(std::string_view text, TextLines lines);

/// Breaks what a CI runner would take for a command in text drawn from a record, with
/// the escapes above: `##[` anywhere (the runner's older syntax, found anywhere in a
/// line) becomes `#\x23[`, and `::` at the start of a line, after spaces (the newer one),
/// becomes `\x3a:`. visible() and printable() apply it; JSON uses its own escapes.
std::string neutralise_commands(std::string text);

/// The one rule for text a person gives on the command line (a summary, a note, a
/// name): what is accepted is stored so that it reads back exactly. Returns why
/// `text` is refused, or an empty string: it must be valid UTF-8 and hold no control
/// characters but tabs and (for TextLines::many) line feeds; carriage returns, NEL,
/// the line and paragraph separators (U+2028, U+2029), a byte order mark (U+FEFF) and
/// U+FFFE/U+FFFF are refused too, because YAML readers take them for line breaks or
/// reject them.
std::string check_text_value(std::string_view text, TextLines lines);

/// The first character check_text_value refuses: its code point and place (counted in
/// characters from 1). Text that is not UTF-8 is not looked at (the reader refuses it).
struct RefusedChar {
  char32_t code_point = 0;
  std::size_t at = 0;
};
std::optional<RefusedChar> first_refused(std::string_view text, TextLines lines);

/// The number of characters (code points) of UTF-8 text.
std::size_t char_count(std::string_view text);

/// A short base-36 fingerprint of `text` (FNV-1a, 64 bits), `length` characters.
std::string fingerprint(std::string_view text, std::size_t length);

}  // namespace brm
