#include <catch2/catch.hpp>

#include <algorithm>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "brm/workspace/atomic_write.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using brm::test::scratch_dir;
using brm::test::slurp;
using brm::WriteMode;
using brm::write_file_atomic;

namespace {

}  // namespace

TEST_CASE("a new record never replaces an existing file") {
  const auto dir = scratch_dir("create");
  const auto file = dir / "x.yaml";
  CHECK(write_file_atomic(file, "first\n", WriteMode::create_new).empty());
  const auto err = write_file_atomic(file, "second\n", WriteMode::create_new);
  CHECK(err == file.string() + " already exists; it was left as it was");
  CHECK(slurp(file) == "first\n");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);  // no temporary file left
  fs::remove_all(dir);
}

TEST_CASE("of twenty writers racing to create one file, exactly one wins") {
  const auto dir = scratch_dir("race");
  std::atomic<int> won{0};
  std::vector<std::thread> writers;
  for (int i = 0; i < 20; ++i)
    writers.emplace_back([&, i] {
      if (write_file_atomic(dir / "x.yaml", "writer " + std::to_string(i) + "\n", WriteMode::create_new).empty()) ++won;
    });
  for (auto& t : writers) t.join();
  CHECK(won == 1);
  CHECK(slurp(dir / "x.yaml").starts_with("writer "));
  fs::remove_all(dir);
}

TEST_CASE("a writer killed midway leaves the old file or the new one, never a torn one") {
  const auto dir = scratch_dir("kill");
  const auto file = dir / "report.html";
  const std::string a(4 * 1024 * 1024, 'a'), b(4 * 1024 * 1024, 'b');
  REQUIRE(write_file_atomic(file, a, WriteMode::replace).empty());
  std::vector<std::string> killed;  // the temporary-file prefixes of the writers killed so far
  for (int round = 0; round < 20; ++round) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      for (int i = 0;; ++i) (void)write_file_atomic(file, i % 2 ? a : b, WriteMode::replace);
    }
    ::usleep(static_cast<useconds_t>(2000 + 1500 * round));
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    const auto now = slurp(file);
    CHECK((now == a || now == b));
    killed.push_back(".report.html.tmp-" + std::to_string(child) + "-");
    // Nothing beside it but, rarely, a temporary file named in the instant before its
    // rename, which carries a killed writer's process id and a later write removes (the
    // next writer may itself be killed before it gets to that).
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path() == file) continue;
      const auto name = e.path().filename().string();
      CHECK(std::any_of(killed.begin(), killed.end(), [&](const std::string& p) { return name.starts_with(p); }));
    }
  }
  REQUIRE(write_file_atomic(file, a, WriteMode::replace).empty());
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}
