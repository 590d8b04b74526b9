#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brm/commands/command.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"

// The edge between the commands and the use cases: opening the workspace the command
// line names, and printing what a use case returns, once.
namespace brm {

/// Finds the workspace (-C, BRM_WORKSPACE, or upwards from here), resolves --as-of and
/// opens it as `needs` says: the folder, or with `at` its tree in that git revision.
/// Prints why not and returns nullopt (exit status 2).
std::optional<OpenWorkspace> open_for_command(const GlobalOptions& g, const std::optional<std::string>& as_of,
                                              const Needs& needs, Io& io,
                                              const std::optional<std::string>& at = std::nullopt);

/// The files of the workspace at `root`: the folder itself, or with `at` the folder as it
/// was in that git revision. Prints why not and returns nullptr.
std::shared_ptr<const FileSource> source_for(const std::filesystem::path& root, const std::optional<std::string>& at,
                                             Io& io);

/// Prints a failure to standard error: each diagnostic as
/// `brm: path:line:col: severity: message [rule]`, then each error as
/// `brm: error: message`. Returns 2, the exit status of a refusal.
int print_failure(const Failure& f, Io& io);

/// Prints every diagnostic to standard error as `brm: path:line:col: severity: message [rule]`.
void print_diagnostics(const Diagnostics& list, Io& io);

/// Prints `brm: warning: <message>` for each.
void print_warnings(const std::vector<std::string>& warnings, Io& io);

/// Names on standard error, once each, the records left out of the `what` (review,
/// report, list) because they fail validation: a report with broken records still
/// says something useful, and says what it could not use.
void warn_left_out(const OpenWorkspace& w, std::string_view what, Io& io);

}  // namespace brm
