#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/checks/suggest.hpp"
#include "brm/commands/common.hpp"
#include "brm/util/i18n.hpp"

namespace brm {

// `brm help [COMMAND...]`: the same text as `brm [COMMAND...] --help`, for those who type
// help the way git and go take it.
Command make_help_command(CLI::App& parent, const GlobalOptions&) {
  auto* app = parent.add_subcommand("help", "Show the help of brm, or of a command (brm help complaint update)");
  auto words = std::make_shared<std::vector<std::string>>();
  app->add_option("command", *words, "The command, and its subcommand if it has some");
  app->footer("Examples:\n  brm help\n  brm help report\n  brm help complaint update");
  return {app, [&parent, words](Io& io) {
            const CLI::App* at = &parent;
            std::string path = parent.get_name();
            for (const auto& w : *words) {
              const auto subs = visible_subcommands(*at);
              const auto it =
                  std::find_if(subs.begin(), subs.end(), [&](const CLI::App* s) { return s->get_name() == w; });
              if (it == subs.end()) {
                std::vector<std::string_view> names;
                for (const auto* s : subs) names.push_back(s->get_name());
                if (names.empty()) return fail(io, trf("'{}' has no commands", path));
                return fail(io, trf("unknown command '{} {}'{}; the commands of '{}' are {}", path, w,
                                    did_you_mean(w, names), path, fmt::join(names, ", ")));
              }
              at = *it;
              path += " " + w;
            }
            // The formatter directly: App::help() would show the chosen command's help,
            // and on the root that is `help` itself.
            io.out << at->get_formatter()->make_help(at, path, CLI::AppFormatMode::Normal);
            return 0;
          }};
}

}  // namespace brm
