// The loader reads only through a FileSource: the demo read from its folder and from
// memory gives the same records and the same diagnostics.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "brm/checks/check.hpp"
#include "brm/records/collector.hpp"
#include "brm/workspace/file_source.hpp"
#include "brm/workspace/loader.hpp"
#include "support.hpp"

using namespace brm;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> tree_of(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files[e.path().lexically_relative(root).generic_string()] = test::slurp(e.path());
  return files;
}

std::vector<std::string> lines(Diagnostics found) {
  sort_diagnostics(found);
  std::vector<std::string> out;
  for (const auto& d : found) out.push_back(test::line_of(d));
  return out;
}

}  // namespace

TEST_CASE("a workspace read from memory is the workspace read from its folder") {
  const fs::path demo = BRM_SOURCE_DIR "/examples/demo";
  Workspace disk = load_workspace_config(directory_source(demo));
  load_records(disk);
  Workspace memory = load_workspace_config(memory_source(tree_of(demo)));
  load_records(memory);

  REQUIRE(disk.records.size() == memory.records.size());
  CHECK(disk.records.size() > 50);
  for (std::size_t i = 0; i < disk.records.size(); ++i) {
    CHECK(disk.records[i].path == memory.records[i].path);
    CHECK(disk.records[i].kind == memory.records[i].kind);
    CHECK(memory.records[i].parsed);
  }
  const CheckContext ctx{read_settings(disk.config), *Date::parse("2026-11-23")};
  CHECK(lines(check_workspace(disk, ctx)) == lines(check_workspace(memory, ctx)));
  const auto a = read_records(disk, ctx.settings, record_kinds());
  const auto b = read_records(memory, ctx.settings, record_kinds());
  CHECK(a.complaints.size() == b.complaints.size());
  CHECK(a.customers.size() == b.customers.size());
}

TEST_CASE("a memory source says what it cannot read, as the folder does") {
  Workspace ws = load_workspace_config(memory_source({{"customers/x.yaml", "name: X\n"}}));
  REQUIRE(ws.diagnostics.size() == 1);
  CHECK(test::line_of(ws.diagnostics[0]) ==
        "brm.yaml:1:1: error: cannot read the file: No such file or directory [unreadable]");
  load_records(ws);
  REQUIRE(ws.records.size() == 1);
  CHECK(ws.records[0].id == "x");
}
