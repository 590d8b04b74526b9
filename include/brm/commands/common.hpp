#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "brm/commands/command.hpp"
#include "brm/model/date.hpp"
#include "brm/model/text.hpp"
#include "brm/usecases/result.hpp"

namespace CLI {
class App;
class Option;
}

namespace brm {

/// Adds --delimiter (",", ";" or "tab") to a command that reads CSV.
void add_delimiter_option(CLI::App& app, std::optional<std::string>& into);

/// The delimiter --delimiter names; nullopt when not given (the file's header decides).
std::optional<char> delimiter_of(const std::optional<std::string>& option);

/// Adds --as-of to a command; the value is checked when the command runs.
void add_as_of_option(CLI::App& app, std::optional<std::string>& into);
/// --at REV: read the workspace as it was in a git revision (commands that only read).
CLI::Option* add_at_option(CLI::App& app, std::optional<std::string>& into);

/// The date that counts as today: --as-of, else SOURCE_DATE_EPOCH, else the local date.
/// On a malformed value prints `brm: error: ...` and returns nullopt.
std::optional<Date> resolve_as_of(const std::optional<std::string>& flag, Io& io);

/// Finds the workspace as the contract says, or prints why not.
std::optional<std::filesystem::path> locate_workspace(const GlobalOptions& g, Io& io);

/// Whether to colour a stream, from --color, NO_COLOR and whether it is a terminal.
bool use_color(const GlobalOptions& g, bool is_terminal);

/// Prints `brm: error: <message>` to standard error and returns 2.
int fail(Io& io, const std::string& message);

/// Checks a text option against the one rule for text (check_text_value); adds
/// "--NAME <why>" to `f` when the value breaks it. An empty optional passes.
void check_text_option(std::string_view name, const std::optional<std::string>& value, TextLines lines, Failure& f);

/// A date option's value; adds "--NAME wants a real date ..." to `f` when it is not one.
std::optional<Date> date_option(std::string_view name, const std::optional<std::string>& value, Failure& f);

}  // namespace brm
