#pragma once
#include <string_view>

namespace brm {

/// The style sheet every HTML report carries inline: readable on screen, and on
/// paper (A4, table headers repeated on each page, no row split across pages, tables
/// too wide for a portrait page on landscape pages: render/html_paper.hpp).
std::string_view html_style();

}  // namespace brm
