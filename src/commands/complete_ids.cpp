#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>

#include "brm/checks/check.hpp"
#include "brm/commands/common.hpp"
#include "brm/model/kinds.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace fs = std::filesystem;

// `brm __complete-ids FOLDER`, hidden: the ids of a kind's records, one a line, for the
// completion scripts. It lists file names and reads no record, so that a Tab stays
// instant in a large workspace.
Command make_complete_ids_command(CLI::App& parent, const GlobalOptions& globals) {
  auto* app = parent.add_subcommand("__complete-ids", "The ids of a kind's records, for shell completion");
  app->group("");
  auto folder = std::make_shared<std::string>();
  app->add_option("folder", *folder)->required();
  return {app, [folder, &globals](Io& io) {
            if (!kind_in_folder(*folder)) return fail(io, trf("'{}' is no kind's folder", *folder));
            const auto root = locate_workspace(globals, io);
            if (!root) return 2;
            std::vector<std::string> ids;
            std::error_code ec;
            for (const auto& e : fs::directory_iterator(*root / *folder, ec)) {
              const auto name = e.path().filename().string();
              // Only names that are ids: a file named `$(cmd).yaml` is no record, and a
              // completion must offer nothing a shell could take for code.
              if (name.ends_with(".yaml") && is_valid_id(e.path().stem().string()))
                ids.push_back(e.path().stem().string());
            }
            std::sort(ids.begin(), ids.end());
            for (const auto& id : ids) io.out << id << '\n';
            return 0;
          }};
}

}  // namespace brm
