#pragma once
#include <cstddef>
#include <string_view>

#include "brm/render/table.hpp"

namespace brm {

// How a table goes on A4 paper. The HTML reports are printed as often as they are
// read on screen, and a browser cuts off whatever is wider than the page. A browser
// cannot choose the page's orientation from the table it is about to print, so the
// renderer estimates each table's narrowest width from its cells and chooses.

/// The widest run, in characters, that a cell keeps on one line on paper; a longer
/// unbroken run (an id, an e-mail address, a URL) may break anywhere there.
inline constexpr std::size_t long_run = 24;

enum class PaperFit {
  portrait,   // fits the width of an A4 page
  landscape,  // needs the page turned, with smaller type
  dense,      // too wide even then: smallest type, and any text cell may break anywhere
};

/// The longest run of `text` a browser keeps on one line: all of it in a cell that
/// does not wrap (a number, a single word), else its longest word.
std::size_t unbroken_width(std::string_view text, bool wraps);

/// Whether a cell of a text column wraps on screen: only when it holds a space.
bool wraps(std::string_view text);

PaperFit paper_fit(const Table& table);

}  // namespace brm
