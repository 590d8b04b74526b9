#pragma once
#include "brm/render/cli_doc.hpp"

namespace CLI {
class App;
}

namespace brm {

/// The command line as CLI11 defines it, for the manual pages and completions: every
/// visible command with its options, their values and the help's text and examples
/// (a footer's "Examples:" block, one command a line).
CliCommand describe(const CLI::App& root);

}  // namespace brm
