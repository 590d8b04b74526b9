#pragma once
#include <string>
#include <vector>

namespace brm {

/// What a value on the command line is, for completion: one of a fixed set, the id of
/// a record of a kind (completed from the workspace's files), a path, a git revision.
enum class ValueKind { text, choice, record_id, file, dir, revision };

/// One option or positional argument, as `--help` shows it.
struct CliOption {
  std::vector<std::string> shorts;  // "-f"
  std::vector<std::string> longs;   // "--format"
  std::string positional;           // the argument's name when it is positional
  std::string value;                // the value's name ("FORMAT"); empty for a flag
  std::string description;
  ValueKind kind = ValueKind::text;
  std::vector<std::string> choices;  // with ValueKind::choice
  std::string folder;                // with ValueKind::record_id: the kind's folder
  bool required = false;
  bool repeats = false;
};

/// A command of the command line, with its subcommands: the one definition that `--help`,
/// the manual pages and the shell completions are all made from.
struct CliCommand {
  std::vector<std::string> path;  // {} for brm, {"complaint", "update"}
  std::string summary;            // one line
  std::string text;               // the help's footer, without its examples
  std::vector<std::string> examples;
  std::vector<CliOption> options;  // options first, then positionals in order
  std::vector<CliCommand> subcommands;
  std::string name() const;       // "brm complaint update"
  std::string page_name() const;  // "brm-complaint-update"
};

/// What a manual page says besides the command: the release it documents.
struct ManInfo {
  std::string version;  // "0.1.0"
  std::string date;     // the release's date, YYYY-MM-DD
  struct Folder {
    std::string path;  // "customers/"
    std::string text;  // what its files hold
  };
  std::vector<Folder> kind_folders;  // for FILES
};

/// Every command with a page of its own, the root first (depth first).
std::vector<const CliCommand*> man_pages(const CliCommand& root);

/// The roff source of a command's manual page, brm(1) for the root.
std::string man_page(const CliCommand& root, const CliCommand& page, const ManInfo& info);

/// Completion scripts; record ids are completed by calling `brm __complete-ids FOLDER`.
std::string bash_completion(const CliCommand& root);
std::string zsh_completion(const CliCommand& root);
std::string fish_completion(const CliCommand& root);

}  // namespace brm
