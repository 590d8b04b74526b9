#pragma once
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "brm/checks/check.hpp"
#include "brm/model/date.hpp"
#include "brm/records/records.hpp"
#include "brm/usecases/result.hpp"
#include "brm/workspace/file_source.hpp"
#include "brm/workspace/workspace.hpp"

namespace brm {

/// How far a command reads the workspace (as ninja's Tool::when says when a tool runs):
/// each step does what the one before it does, and more.
enum class Reads {
  settings,   // brm.yaml only, checked on its own
  documents,  // every record file too, each kept as a document (the commands that write)
  checked,    // every rule over every record in the same pass; only the documents the
              // cross-record rules read stay in memory (validate, review, report, list)
};

/// What a command needs from the workspace.
struct Needs {
  Reads reads = Reads::checked;
  /// The kinds whose typed records are built while each file is read. With `checked`,
  /// a record that fails validation is left out (and named in `left_out`); with
  /// `documents` every record counts.
  std::set<Kind> records;
  /// Refuse an invalid brm.yaml, with its diagnostics: a command must not work with
  /// settings that validate would refuse. Validate itself reports them instead.
  bool valid_settings = true;
};

/// A workspace opened for a command: what was read, the settings and as-of date, and
/// the typed records asked for.
struct OpenWorkspace {
  Workspace ws;
  CheckContext ctx;
  Records records;
  /// The files of the kinds in Needs::records left out because they fail validation.
  std::vector<std::string> left_out;
};

/// Reads the workspace from `source` as `needs` says, as of `as_of`.
Result<OpenWorkspace> open_workspace(std::shared_ptr<const FileSource> source, Date as_of, const Needs& needs);

/// A readable record of `kind` with that id, or nullptr.
const Record* find_record(const Workspace& ws, Kind kind, std::string_view id);

/// "no customer has the id 'x' (did you mean 'y'?); the customers are a, b, c"
std::string unknown_id_message(const Workspace& ws, Kind kind, std::string_view id);

/// The record of `kind` with that id, or nullptr after adding to `f` that there is none,
/// or that its file cannot be read (with the file's errors, where and why).
const Record* require_record(const Workspace& ws, Kind kind, std::string_view id, Failure& f);

/// Checks a record about to be written against every rule; its errors go to `f`,
/// followed by "the <kind> would not be valid; nothing was written".
void check_before_writing(const OpenWorkspace& w, Kind kind, const std::string& path, const std::string& text,
                          Failure& f);

/// Writes a new record file (never over an existing one): empty, or why not, with
/// `exists_message` when the file is already there.
std::string write_new_record(const OpenWorkspace& w, const std::string& path, const std::string& text,
                             const std::string& exists_message);

}  // namespace brm
