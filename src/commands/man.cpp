#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/describe.hpp"
#include "brm/model/kinds.hpp"
#include "brm/util/i18n.hpp"
#include "brm/workspace/atomic_write.hpp"

namespace brm {
namespace fs = std::filesystem;

// `brm __man DIR`, hidden: writes the manual pages, brm.1 and one per command, made
// from the same definitions as --help. The build runs it (CMakeLists.txt), so the pages
// cannot drift from the program.
Command make_man_command(CLI::App& parent, const GlobalOptions&) {
  auto* app = parent.add_subcommand("__man", "Write the manual pages into a folder");
  app->group("");
  auto dir = std::make_shared<std::string>();
  app->add_option("dir", *dir)->required();
  return {app, [&parent, dir](Io& io) {
            ManInfo info{BRM_VERSION, BRM_DATE, {}};
            for (const auto& k : kind_specs())
              if (!k.folder.empty())
                info.kind_folders.push_back(
                    {fmt::format("{}/", k.folder), fmt::format("One file per {}, named by its id. {}", k.name, k.doc)});
            const auto cli = describe(parent);
            std::error_code ec;
            fs::create_directories(*dir, ec);
            for (const auto* page : man_pages(cli)) {
              const auto file = fs::path(*dir) / (page->page_name() + ".1");
              if (auto err = write_file_atomic(file, man_page(cli, *page, info), WriteMode::replace); !err.empty())
                return fail(io, fmt::format("{}: {}", file.string(), err));
            }
            return 0;
          }};
}

}  // namespace brm
