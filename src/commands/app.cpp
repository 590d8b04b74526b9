#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <algorithm>

#include "brm/commands/command.hpp"

namespace brm {
namespace {

// Every subcommand, in the order `brm --help` lists them.
constexpr CommandFactory factories[] = {
    make_init_command,      make_validate_command, make_review_command,   make_report_command,
    make_complaint_command, make_survey_command,   make_delivery_command, make_meeting_command,
    make_diff_command,      make_schema_command,
};

/// The first word that is not an option or the value of one: the command asked for.
std::string first_command_word(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "-C" || a == "--workspace" || a == "--color") {
      ++i;
      continue;
    }
    if (!a.starts_with("-")) return std::string(a);
  }
  return {};
}

}  // namespace

Command make_group(CLI::App& parent, const std::string& name, const std::string& description,
                   const std::vector<CommandFactory>& subcommands, const GlobalOptions& globals) {
  auto* app = parent.add_subcommand(name, description);
  app->require_subcommand(1);
  std::vector<Command> subs;
  for (auto make : subcommands) subs.push_back(make(*app, globals));
  return {app, [subs](Io& io) {
            for (const auto& s : subs)
              if (s.app->parsed()) return s.run(io);
            return 2;
          }};
}

Command make_complaint_command(CLI::App& parent, const GlobalOptions& globals) {
  return make_group(parent, "complaint", "Log, update and list complaints",
                    {make_complaint_log_command, make_complaint_update_command, make_complaint_list_command}, globals);
}

int run_cli(int argc, const char* const* argv, Io& io) {
  CLI::App app{
      "brm: the customer database of IT Business Relationship Management, kept as YAML in git.\n"
      "Checks it like a compiler, reviews what is due, records complaints, meetings, surveys and deliveries,\n"
      "and renders the process's reports and measurements.",
      "brm"};
  app.set_version_flag("--version", std::string("brm ") + BRM_VERSION);
  app.require_subcommand(1);
  GlobalOptions globals;
  app.add_option("-C,--workspace", globals.workspace,
                 "The workspace folder (holding brm.yaml); default: BRM_WORKSPACE, else the nearest folder "
                 "at or above the current one that holds brm.yaml")
      ->configurable(false);
  app.add_option("--color", globals.color,
                 "Colour the output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember(all_names<ColorWhen>()));
  app.fallthrough();

  std::vector<Command> commands;
  for (auto make : factories) commands.push_back(make(app, globals));

  std::vector<std::string> names;
  for (const auto& c : commands) names.push_back(c.app->get_name());
  const auto word = first_command_word(argc, argv);
  if (!word.empty() && std::find(names.begin(), names.end(), word) == names.end()) {
    io.err << fmt::format("brm: error: unknown command '{}'; the commands are {}\n", word, fmt::join(names, ", "));
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e, io.out, io.err);
  } catch (const CLI::ParseError& e) {
    io.err << "brm: error: " << e.what() << "\nRun 'brm --help' (or 'brm COMMAND --help') for the options.\n";
    return 2;
  }
  for (auto& c : commands)
    if (c.app->parsed()) return c.run(io);
  return 2;
}

}  // namespace brm
