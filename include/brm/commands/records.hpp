#pragma once
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "brm/records/collector.hpp"
#include "brm/checks/check.hpp"
#include "brm/commands/command.hpp"
#include "brm/records/records.hpp"
#include "brm/workspace/loader.hpp"
#include "brm/workspace/workspace.hpp"

namespace brm {

/// A whole workspace loaded for a command that reads or writes records, with its
/// settings and the as-of date.
struct LoadedWorkspace {
  Workspace ws;
  CheckContext ctx;
};

/// Finds and loads the workspace and resolves --as-of; prints why not and returns
/// nullopt on failure (exit status 2), also when brm.yaml has errors.
std::optional<LoadedWorkspace> load_for_command(const GlobalOptions& g, const std::optional<std::string>& as_of,
                                                Io& io);

/// Loads the workspace at `root` as of `as_of`, checking every record as it is read.
/// `extra` hooks run beside the checks (to take facts from each file while it is in the
/// cache); its `keep`, when set, chooses which documents stay in memory.
LoadedWorkspace load_checked_at(const std::filesystem::path& root, Date as_of, const LoadHooks& extra = {});

/// A workspace loaded and checked as `load_checked` does, and the facts of its records.
struct CheckedFacts {
  LoadedWorkspace lw;
  Records data;  // the records of the kinds asked for that pass validation
};

/// Finds the workspace and loads it as of `as_of`, taking the facts of the records of
/// `kinds` from each file while it is checked: only the documents the checks need stay
/// in memory. Prints why not and returns nullopt on failure (exit status 2), also when
/// brm.yaml has errors (printed first).
std::optional<CheckedFacts> load_facts(const GlobalOptions& g, Date as_of, const std::set<Kind>& kinds, Io& io);

/// Names on standard error, once each, the records of `kinds` that fail validation
/// and so are left out of the facts: "<path> has errors and is left out of the <what>".
/// A report or review with broken records still says something useful, and says
/// what it could not use; records of kinds it never reads are not mentioned.
void warn_left_out(const LoadedWorkspace& lw, const std::set<Kind>& kinds, std::string_view what, Io& io);

/// A readable record of `kind` with that id, or nullptr.
const Record* find_record(const Workspace& ws, Kind kind, std::string_view id);

/// "no customer has the id 'x' (did you mean 'y'?); the customers are a, b, c"
std::string unknown_id_message(const Workspace& ws, Kind kind, std::string_view id);

/// The allowed values of an enumeration field, from the record-kind description.
std::vector<std::string> enum_values(Kind kind, std::string_view field);

/// Checks a record about to be written against every rule; prints its errors and
/// "the <kind> would not be valid; nothing was written" and returns false when it has any.
bool valid_to_write(const LoadedWorkspace& lw, Kind kind, const std::string& path, const std::string& text, Io& io);

/// Writes a new record file (never over an existing one). Returns 0, or 2 after
/// printing `exists_message` when the file is already there, or the I/O error.
int write_new_record(const LoadedWorkspace& lw, const std::string& path, const std::string& text,
                     const std::string& exists_message, Io& io);

/// Prints every diagnostic to standard error as `brm: path:line:col: severity: message [rule]`.
void print_diagnostics(const Diagnostics& list, Io& io);

}  // namespace brm
