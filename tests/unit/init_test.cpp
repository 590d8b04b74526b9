#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "brm/usecases/init.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

TEST_CASE("init creates brm.yaml and one folder per kind, and refuses a workspace or one inside it") {
  const auto dir = brm::test::scratch_dir("init-use-case") / "crm";
  const auto made = brm::init_workspace({dir, "City IT", "SEK"});
  REQUIRE(made);
  CHECK(*made == dir);
  CHECK(fs::is_regular_file(dir / "brm.yaml"));
  for (const auto* folder : {"customers", "agreements", "meetings", "complaints", "deliveries"})
    CHECK(fs::is_directory(dir / folder));
  std::ifstream in(dir / "brm.yaml");
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  CHECK(text.find("organization: City IT\ncurrency: SEK\n") != std::string::npos);

  const auto again = brm::init_workspace({dir, "City IT", "SEK"});
  REQUIRE(!again);
  CHECK(again.failure().errors.size() == 1);
  CHECK(!brm::init_workspace({dir / "customers" / "inner", "City IT", "SEK"}));
  CHECK(!fs::exists(dir / "customers" / "inner"));
}

TEST_CASE("init names every problem of its input at once and creates nothing") {
  const auto dir = brm::test::scratch_dir("init-bad-input") / "crm";
  const auto made = brm::init_workspace({dir, "", "euro"});
  REQUIRE(!made);
  CHECK(made.failure().errors.size() == 2);
  CHECK(!fs::exists(dir));
}
