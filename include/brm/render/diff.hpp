#pragma once
#include <ostream>

#include "brm/compute/diff.hpp"

namespace brm {

/// What changed, for a terminal.
void render_diff_text(const DiffReport& d, std::ostream& out);
/// The same as Markdown, fit for a pull-request comment or $GITHUB_STEP_SUMMARY.
void render_diff_markdown(const DiffReport& d, std::ostream& out);
void render_diff_json(const DiffReport& d, std::ostream& out);

}  // namespace brm
