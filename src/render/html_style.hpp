#pragma once
#include <string_view>

namespace brm {

/// The style sheet every HTML report carries inline: readable on screen, and on
/// paper (A4, table headers repeated on each page, no row split across pages).
std::string_view html_style();

}  // namespace brm
