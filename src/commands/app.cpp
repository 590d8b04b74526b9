#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <algorithm>

#include "brm/checks/suggest.hpp"
#include "brm/commands/command.hpp"

namespace brm {
namespace {

// Every subcommand, in the order `brm --help` lists them.
constexpr CommandFactory factories[] = {
    make_init_command,    make_new_command,          make_validate_command, make_review_command,
    make_report_command,  make_complaint_command,    make_survey_command,   make_delivery_command,
    make_meeting_command, make_diff_command,         make_schema_command,   make_completion_command,
    make_help_command,    make_complete_ids_command, make_man_command,
};

/// The options brm takes before the command, and whether each takes a value.
struct GlobalFlag {
  std::string_view name;
  bool takes_value;
};
constexpr GlobalFlag global_flags[] = {{"-C", true},      {"--workspace", true}, {"--color", true},   {"-h", false},
                                       {"--help", false}, {"-V", false},         {"--version", false}};

/// The global flag an argument is (`--color=never` is `--color`), or nullptr.
const GlobalFlag* global_flag(std::string_view arg) {
  for (const auto& f : global_flags) {
    if (arg == f.name) return &f;
    if (f.takes_value && arg.starts_with(f.name) &&
        (arg[f.name.size()] == '=' || (f.name.size() == 2 && arg.size() > 2)))
      return &f;
  }
  return nullptr;
}

/// What stands before the command: the command word, or the first argument that is no
/// global option (`brm --bogus` is an unknown option, not a missing command).
struct Preamble {
  std::string command;
  std::string unknown_option;
};

/// Short flags written together, as `-hV`: each letter one of the global flags.
bool is_flag_group(std::string_view arg) {
  if (arg.size() < 3 || arg[0] != '-' || arg[1] == '-') return false;
  return std::all_of(arg.begin() + 1, arg.end(), [](char c) { return c == 'h' || c == 'V'; });
}

Preamble read_preamble(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--") return {};
    if (!a.starts_with("-") || a == "-") return {std::string(a), {}};
    const auto* flag = global_flag(a);
    if (!flag && !is_flag_group(a)) return {{}, std::string(a)};
    if (flag && flag->takes_value && a == flag->name) ++i;
  }
  return {};
}

std::vector<std::string_view> global_flag_names() {
  std::vector<std::string_view> names;
  for (const auto& f : global_flags)
    if (f.name.starts_with("--")) names.push_back(f.name);
  return names;
}

/// The deepest command the parse reached (`brm complaint update`), with its path.
std::pair<const CLI::App*, std::string> chosen(const CLI::App& app) {
  const CLI::App* at = &app;
  std::string path = app.get_name();
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const auto* sub : at->get_subcommands()) {
      at = sub, path += " " + sub->get_name(), deeper = true;
      break;
    }
  }
  return {at, path};
}

/// The first word after the command words of `path` ("brm complaint") that is no
/// option: what was typed where a subcommand belongs.
std::string word_after(const std::string& path, int argc, const char* const* argv) {
  std::size_t matched = 1;  // "brm"
  std::vector<std::string> words;
  for (std::size_t at = 0, end; at < path.size(); at = end + 1) {
    end = std::min(path.find(' ', at), path.size());
    words.push_back(path.substr(at, end - at));
  }
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (const auto* flag = global_flag(a); flag) {
      if (flag->takes_value && a == flag->name) ++i;
      continue;
    }
    if (a == "--") return {};
    if (a.starts_with("-")) continue;
    if (matched < words.size() && a == words[matched])
      ++matched;
    else if (matched == words.size())
      return std::string(a);
  }
  return {};
}

/// A parse error in the words of the command line: an unknown option or command named as
/// such, with the likely one meant.
std::string explain(const CLI::App& app, const CLI::ParseError& e, int argc, const char* const* argv) {
  const auto [at, path] = chosen(app);
  if (const auto* extras = dynamic_cast<const CLI::ExtrasError*>(&e); extras) {
    const std::string what = e.what();
    const auto quote = what.find(": ");
    const auto first =
        quote == std::string::npos ? std::string() : what.substr(quote + 2, what.find(' ', quote + 2) - quote - 2);
    if (first.starts_with("-")) {
      std::vector<std::string> names;
      for (const auto* o : at->get_options())
        for (const auto& l : o->get_lnames()) names.push_back("--" + l);
      std::vector<std::string_view> views(names.begin(), names.end());
      const auto word = first.substr(0, first.find('='));
      return fmt::format("unknown option '{}' for '{}'{}", word, path, did_you_mean(word, views));
    }
  }
  // Only the error that a command is missing is worded here; an option's bad or missing
  // value keeps CLI11's words, which name it.
  const bool missing_command = dynamic_cast<const CLI::RequiredError*>(&e) != nullptr &&
                               std::string_view(e.what()).find("subcommand") != std::string_view::npos;
  if (missing_command && at->get_require_subcommand_min() > 0 && at->get_subcommands().empty()) {
    std::vector<std::string> names;
    for (const auto* sub : at->get_subcommands({}))
      if (!sub->get_group().empty()) names.push_back(sub->get_name());
    const std::vector<std::string_view> views(names.begin(), names.end());
    if (const auto word = word_after(path, argc, argv); !word.empty())
      return fmt::format("unknown command '{} {}'{}; the commands of '{}' are {}", path, word,
                         did_you_mean(word, views), path, fmt::join(names, ", "));
    return fmt::format("'{}' wants a command: {}", path, fmt::join(names, ", "));
  }
  return e.what();
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
  auto group =
      make_group(parent, "complaint", "Log, update and list complaints",
                 {make_complaint_log_command, make_complaint_update_command, make_complaint_list_command}, globals);
  group.app->footer(
      "Examples:\n  brm complaint log --customer finance --summary \"Payslips missing for October\"\n  brm complaint "
      "update 2026-10-27-finance-payslips-missing --status resolved --resolution \"Payslips sent again\"\n  brm "
      "complaint list --open");
  return group;
}

int run_cli(int argc, const char* const* argv, Io& io) {
  CLI::App app{
      "brm: the customer database of IT Business Relationship Management, kept as YAML in git.\n"
      "Checks it like a compiler, reviews what is due, records complaints, meetings, surveys and deliveries,\n"
      "and renders the process's reports and measurements.",
      "brm"};
  app.set_version_flag("-V,--version", std::string("brm ") + BRM_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Run 'brm help COMMAND' or 'brm COMMAND --help' for a command's options; each has a manual page too "
      "(man brm-review).\n\n"
      "Examples:\n"
      "  brm init crm\n"
      "  brm -C crm validate\n"
      "  brm review --within 14\n"
      "  brm report kpi -f html -o kpi.html\n"
      "  brm complaint log --customer finance --summary \"Payslips missing for October\"");
  GlobalOptions globals;
  app.add_option("-C,--workspace", globals.workspace,
                 "The workspace folder (holding brm.yaml); default: BRM_WORKSPACE, else the nearest folder "
                 "at or above the current one that holds brm.yaml")
      ->type_name("DIR")
      ->configurable(false);
  app.add_option("--color", globals.color,
                 "Colour the output: auto (on a terminal, unless NO_COLOR is set or TERM is dumb; CLICOLOR_FORCE "
                 "colours a pipe), "
                 "always, never")
      ->check(CLI::IsMember(all_names<ColorWhen>()));
  app.fallthrough();

  std::vector<Command> commands;
  for (auto make : factories) commands.push_back(make(app, globals));

  std::vector<std::string> names, shown;  // every command; those --help lists
  for (const auto& c : commands) {
    names.push_back(c.app->get_name());
    if (!c.app->get_group().empty()) shown.push_back(c.app->get_name());
  }
  const auto pre = read_preamble(argc, argv);
  if (!pre.unknown_option.empty()) {
    const auto word = pre.unknown_option.substr(0, pre.unknown_option.find('='));
    io.err << fmt::format("brm: error: unknown option '{}'{}\nRun 'brm --help' for the options.\n", word,
                          did_you_mean(word, global_flag_names()));
    return 2;
  }
  if (!pre.command.empty() && std::find(names.begin(), names.end(), pre.command) == names.end()) {
    const std::vector<std::string_view> views(shown.begin(), shown.end());
    io.err << fmt::format("brm: error: unknown command '{}'{}; the commands are {}\n", pre.command,
                          did_you_mean(pre.command, views), fmt::join(shown, ", "));
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e, io.out, io.err);
  } catch (const CLI::ParseError& e) {
    io.err << "brm: error: " << explain(app, e, argc, argv)
           << "\nRun 'brm --help' (or 'brm COMMAND --help') for the options.\n";
    return 2;
  }
  for (auto& c : commands)
    if (c.app->parsed()) return c.run(io);
  return 2;
}

}  // namespace brm
