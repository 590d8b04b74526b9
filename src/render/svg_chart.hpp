#pragma once
#include <string>

#include "brm/render/report_doc.hpp"

namespace brm {

/// The chart as an inline SVG element: bars or lines over its labels, with axes,
/// grid lines and a legend. Plain shapes and text only (no scripts, no fonts to
/// fetch), sized by its viewBox so it scales on screen and on paper.
std::string svg_chart(const Chart& c);

}  // namespace brm
