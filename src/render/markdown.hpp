#pragma once
#include <string>
#include <string_view>

namespace brm {

/// Text from the files as Markdown that shows it as written: every ASCII punctuation
/// character that could start emphasis, code, a link, an image, HTML, a heading or a
/// table cell is escaped with a backslash, control characters are shown as escapes
/// (visible()), and each line break becomes `line_break` (" " in a paragraph, "<br>" in
/// a table cell). The one escaper of every Markdown output (reports, review, lists).
std::string markdown_text(std::string_view text, std::string_view line_break);

/// The same for text that starts a line of its own (a paragraph): a leading "- ", "+ "
/// or "1. " is escaped too, so that it does not start a list; line breaks become spaces.
std::string markdown_line(std::string_view text);

}  // namespace brm
