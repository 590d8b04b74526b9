#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <algorithm>

#include "brm/checks/suggest.hpp"
#include "brm/commands/command.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

// Every subcommand, in the order `brm --help` lists them.
constexpr CommandFactory factories[] = {
    make_init_command,    make_new_command,        make_validate_command, make_review_command,
    make_report_command,  make_complaint_command,  make_survey_command,   make_delivery_command,
    make_meeting_command, make_calendar_command,   make_site_command,     make_diff_command,
    make_schema_command,  make_completion_command, make_help_command,     make_complete_ids_command,
    make_man_command,
};

/// A global option an argument is (`--color=never` and `-Cdir` are `--color` and `-C`),
/// read from the root's own definition so that the two cannot differ; nullptr if none.
const CLI::Option* global_option(const CLI::App& root, std::string_view arg) {
  const auto name = arg.substr(0, arg.starts_with("--") ? arg.find('=') : std::min<std::size_t>(arg.size(), 2));
  for (const auto* o : root.get_options())
    if (o->check_name(std::string(name)))
      return name.size() < arg.size() && !arg.starts_with("--") && o->get_type_name().empty() ? nullptr : o;
  return nullptr;
}

bool takes_value(const CLI::Option& o) { return !o.get_type_name().empty(); }

/// The argument the option stands alone in, so that its value is the next one.
bool value_follows(const CLI::Option& o, std::string_view arg) {
  return takes_value(o) && (arg.starts_with("--") ? arg.find('=') == std::string_view::npos : arg.size() == 2);
}

/// Short flags written together, as `-hV`: each letter a global flag that takes no value.
bool is_flag_group(const CLI::App& root, std::string_view arg) {
  if (arg.size() < 3 || arg[0] != '-' || arg[1] == '-') return false;
  return std::all_of(arg.begin() + 1, arg.end(), [&](char c) {
    const auto* o = global_option(root, std::string{'-', c});
    return o && !takes_value(*o);
  });
}

/// What stands before the command: the command word, or the first argument that is no
/// global option (`brm --bogus` is an unknown option, not a missing command).
struct Preamble {
  std::string command;
  std::string unknown_option;
};

Preamble read_preamble(const CLI::App& root, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--") return {};
    if (!a.starts_with("-") || a == "-") return {std::string(a), {}};
    const auto* o = global_option(root, a);
    if (!o && !is_flag_group(root, a)) return {{}, std::string(a)};
    if (o && value_follows(*o, a)) ++i;
  }
  return {};
}

/// The language --lang names anywhere before "--", else the environment's.
Lang language_of(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--") break;
    const auto value = a.starts_with("--lang=") ? a.substr(7) : a == "--lang" && i + 1 < argc ? argv[i + 1] : "";
    if (const auto lang = value.empty() ? std::nullopt : parse_lang(std::string(value))) return *lang;
  }
  return language_from_env();
}

std::vector<std::string> long_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* o : app.get_options())
    for (const auto& l : o->get_lnames()) names.push_back("--" + l);
  return names;
}

std::string suggest(std::string_view word, const std::vector<std::string>& names) {
  return did_you_mean(word, std::vector<std::string_view>(names.begin(), names.end()));
}

std::vector<std::string> names_of(const std::vector<const CLI::App*>& commands) {
  std::vector<std::string> out;
  for (const auto* c : commands) out.push_back(c->get_name());
  return out;
}

/// The deepest command the parse reached, and the words that name it ({"brm",
/// "complaint", "update"}).
std::pair<const CLI::App*, std::vector<std::string>> chosen(const CLI::App& root) {
  const CLI::App* at = &root;
  std::vector<std::string> words{root.get_name()};
  while (!at->get_subcommands().empty()) {
    at = at->get_subcommands().front();
    words.push_back(at->get_name());
  }
  return {at, words};
}

/// The first word after the command words that is no option: what was typed where a
/// subcommand belongs.
std::string word_after(const CLI::App& root, const std::vector<std::string>& words, int argc, const char* const* argv) {
  std::size_t matched = 1;  // "brm"
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--") return {};
    if (const auto* o = global_option(root, a); o) {
      if (value_follows(*o, a)) ++i;
      continue;
    }
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
std::string explain(const CLI::App& root, const CLI::ParseError& e, int argc, const char* const* argv) {
  const auto [at, words] = chosen(root);
  const auto path = fmt::format("{}", fmt::join(words, " "));
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    const std::string what = e.what();
    const auto colon = what.find(": ");
    const auto first =
        colon == std::string::npos ? std::string() : what.substr(colon + 2, what.find(' ', colon + 2) - colon - 2);
    if (first.starts_with("-")) {
      const auto word = first.substr(0, first.find('='));
      return trf("unknown option '{}' for '{}'{}", word, path, suggest(word, long_names(*at)));
    }
  }
  // Only the error that a command is missing is worded here; an option's bad or missing
  // value keeps CLI11's words, which name it.
  const bool missing_command = dynamic_cast<const CLI::RequiredError*>(&e) != nullptr &&
                               std::string_view(e.what()).find("subcommand") != std::string_view::npos;
  if (missing_command && at->get_require_subcommand_min() > 0) {
    const auto names = names_of(visible_subcommands(*at));
    if (const auto word = word_after(root, words, argc, argv); !word.empty())
      return trf("unknown command '{} {}'{}; the commands of '{}' are {}", path, word, suggest(word, names), path,
                 fmt::join(names, ", "));
    return trf("'{}' wants a command: {}", path, fmt::join(names, ", "));
  }
  return e.what();
}

}  // namespace

std::vector<const CLI::App*> visible_subcommands(const CLI::App& app) {
  auto subs = app.get_subcommands({});
  std::erase_if(subs, [](const CLI::App* s) { return s->get_group().empty(); });  // hidden: `brm __man`
  return {subs.begin(), subs.end()};
}

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
  app.add_option("--lang", globals.lang,
                 "The language of what brm writes for people: en or sv (default: from LC_ALL, LC_MESSAGES or "
                 "LANG, else en); rule names and JSON keys stay English")
      ->type_name("LANG")
      ->check(CLI::IsMember({"en", "sv"}));
  app.fallthrough();

  std::vector<Command> commands;
  for (auto make : factories) commands.push_back(make(app, globals));

  // The words of a usage error are in the user's language, which the command line may
  // name before it is parsed: --lang is looked for first.
  set_language(language_of(argc, argv));
  const auto shown = names_of(visible_subcommands(app));
  const auto pre = read_preamble(app, argc, argv);
  if (!pre.unknown_option.empty()) {
    const auto word = pre.unknown_option.substr(0, pre.unknown_option.find('='));
    io.err << "brm: error: " << trf("unknown option '{}'{}", word, suggest(word, long_names(app))) << '\n'
           << tr("Run 'brm --help' for the options.") << '\n';
    return 2;
  }
  const auto subs = app.get_subcommands({});  // the hidden ones too
  const bool known =
      std::any_of(subs.begin(), subs.end(), [&](const CLI::App* c) { return c->get_name() == pre.command; });
  if (!pre.command.empty() && !known) {
    io.err << "brm: error: "
           << trf("unknown command '{}'{}; the commands are {}", pre.command, suggest(pre.command, shown),
                  fmt::join(shown, ", "))
           << '\n';
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e, io.out, io.err);
  } catch (const CLI::ParseError& e) {
    io.err << "brm: error: " << explain(app, e, argc, argv) << '\n'
           << tr("Run 'brm --help' (or 'brm COMMAND --help') for the options.") << '\n';
    return 2;
  }
  set_language(globals.lang ? *parse_lang(*globals.lang) : language_from_env());
  for (auto& c : commands)
    if (c.app->parsed()) return c.run(io);
  return 2;
}

}  // namespace brm
