#pragma once
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "brm/model/enums.hpp"

namespace CLI {
class App;
}

namespace brm {

/// Standard streams and what is known about them, handed to every command.
struct Io {
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
};

/// --color: auto colours a terminal unless NO_COLOR is set.
enum class ColorWhen { auto_, always, never };
template <>
struct EnumNames<ColorWhen> {
  static constexpr auto names = std::to_array<std::string_view>({"auto", "always", "never"});
};

/// Options every command accepts, filled before a command runs.
struct GlobalOptions {
  std::optional<std::string> workspace;
  std::string color = "auto";       // one of ColorWhen's names (CLI11 allows no other)
  std::optional<std::string> lang;  // en or sv; the environment's language when not given
};

/// A subcommand: its CLI11 node, and what runs when it was chosen. `run` returns
/// the exit status (0 success, 1 findings, 2 usage or I/O failure).
struct Command {
  CLI::App* app;
  std::function<int(Io&)> run;
};

using CommandFactory = Command (*)(CLI::App& parent, const GlobalOptions& globals);

/// A command made of subcommands (`brm complaint log|update|list`): one of them must
/// be given, and the group runs the one that was.
Command make_group(CLI::App& parent, const std::string& name, const std::string& description,
                   const std::vector<CommandFactory>& subcommands, const GlobalOptions& globals);

Command make_init_command(CLI::App& parent, const GlobalOptions& globals);
Command make_validate_command(CLI::App& parent, const GlobalOptions& globals);
Command make_schema_command(CLI::App& parent, const GlobalOptions& globals);
Command make_review_command(CLI::App& parent, const GlobalOptions& globals);
Command make_report_command(CLI::App& parent, const GlobalOptions& globals);
Command make_complaint_command(CLI::App& parent, const GlobalOptions& globals);
Command make_meeting_command(CLI::App& parent, const GlobalOptions& globals);
Command make_calendar_command(CLI::App& parent, const GlobalOptions& globals);
Command make_site_command(CLI::App& parent, const GlobalOptions& globals);
Command make_survey_command(CLI::App& parent, const GlobalOptions& globals);
Command make_delivery_command(CLI::App& parent, const GlobalOptions& globals);
Command make_diff_command(CLI::App& parent, const GlobalOptions& globals);
Command make_help_command(CLI::App& parent, const GlobalOptions& globals);
Command make_new_command(CLI::App& parent, const GlobalOptions& globals);
Command make_completion_command(CLI::App& parent, const GlobalOptions& globals);
Command make_complete_ids_command(CLI::App& parent, const GlobalOptions& globals);
Command make_man_command(CLI::App& parent, const GlobalOptions& globals);

Command make_complaint_log_command(CLI::App& group, const GlobalOptions& globals);
Command make_complaint_update_command(CLI::App& group, const GlobalOptions& globals);
Command make_complaint_list_command(CLI::App& group, const GlobalOptions& globals);
Command make_meeting_new_command(CLI::App& group, const GlobalOptions& globals);
Command make_survey_import_command(CLI::App& group, const GlobalOptions& globals);
Command make_delivery_import_command(CLI::App& group, const GlobalOptions& globals);

/// A command's subcommands that its help lists (not the hidden helpers of the build and
/// the completion scripts), in their order.
std::vector<const CLI::App*> visible_subcommands(const CLI::App& app);

/// Parses the command line and runs the chosen command; the whole program but main.
int run_cli(int argc, const char* const* argv, Io& io);

}  // namespace brm
