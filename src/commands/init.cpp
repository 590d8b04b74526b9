#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/usecases/init.hpp"
#include "brm/util/i18n.hpp"

namespace brm {

namespace {

struct InitOptions {
  std::optional<std::string> dir;
  std::string organization = "Example IT";
  std::string currency = "EUR";
};

int run_init(const InitOptions& o, const GlobalOptions& g, Io& io) {
  const auto made = init_workspace({o.dir.value_or(g.workspace.value_or(".")), o.organization, o.currency});
  if (!made) return print_failure(made.failure(), io);
  io.out << trf("Created a brm workspace in {}", made->string()) << '\n';
  return 0;
}

}  // namespace

Command make_init_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<InitOptions>();
  auto* app = parent.add_subcommand("init", "Create a workspace: brm.yaml and one folder per kind of record");
  app->footer(
      "Refuses to touch a folder that already holds brm.yaml.\n\nExamples:\n  brm init crm\n  brm init --organization "
      "\"City IT\" --currency SEK crm");
  app->add_option("dir", o->dir, "Folder to create the workspace in (default: the -C folder, else the current one)")
      ->type_name("DIR");
  app->add_option("--organization", o->organization, "The IT organization's name")->capture_default_str();
  app->add_option("--currency", o->currency, "Default currency, an ISO 4217 code")->capture_default_str();
  return {app, [o, &globals](Io& io) { return run_init(*o, globals, io); }};
}

}  // namespace brm
