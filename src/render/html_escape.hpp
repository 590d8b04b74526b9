#pragma once
#include <string>
#include <string_view>

namespace brm {

/// Text from the records made safe inside HTML and SVG, in content and in quoted attributes.
std::string html_escape(std::string_view text);

}  // namespace brm
