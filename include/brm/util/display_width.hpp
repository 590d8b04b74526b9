#pragma once
#include <cstddef>
#include <string_view>

namespace brm {

/// The display width of UTF-8 text in a terminal (wide East Asian letters count two).
std::size_t display_width(std::string_view text);

}  // namespace brm
