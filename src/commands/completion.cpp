#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/describe.hpp"

namespace brm {

Command make_completion_command(CLI::App& parent, const GlobalOptions&) {
  auto* app = parent.add_subcommand("completion", "Print the shell completion script for bash, zsh or fish");
  auto shell = std::make_shared<std::string>();
  app->add_option("shell", *shell, "The shell")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  app->footer(
      "The script completes commands, options, their values (formats, report kinds, statuses) and, where an option "
      "takes one,\nthe ids of the workspace's records (--customer, brm complaint update). The package installs it "
      "where each\nshell looks; to try it without installing, load it into the running shell.\n\n"
      "Examples:\n"
      "  source <(brm completion bash)\n"
      "  brm completion zsh > \"${fpath[1]}/_brm\"\n"
      "  brm completion fish > ~/.config/fish/completions/brm.fish");
  return {app, [&parent, shell](Io& io) {
            const auto cli = describe(parent);
            io.out << (*shell == "bash"  ? bash_completion(cli)
                       : *shell == "zsh" ? zsh_completion(cli)
                                         : fish_completion(cli));
            return 0;
          }};
}

}  // namespace brm
