// Writes that keep what is there: file modes, read-only files, links, leftovers of
// killed runs, and the lock every read-modify-write holds.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

#include "brm/workspace/atomic_write.hpp"
#include "support.hpp"
#include "brm/workspace/file_lock.hpp"
#include "brm/workspace/locked_update.hpp"

namespace fs = std::filesystem;
using brm::test::scratch_dir;
using brm::test::slurp;
using namespace brm;

namespace {

void spit(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

unsigned mode_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("replacing a file keeps its permissions (L4)") {
  const auto dir = scratch_dir("mode");
  const auto file = dir / "c.yaml";
  spit(file, "old\n");
  ::chmod(file.c_str(), 0640);
  REQUIRE(write_file_atomic(file, "new\n", WriteMode::replace).empty());
  CHECK(slurp(file) == "new\n");
  CHECK(mode_of(file) == 0640);
  fs::remove_all(dir);
}

TEST_CASE("a new file gets the permissions the umask allows") {
  const auto dir = scratch_dir("umask");
  const auto old = ::umask(027);
  REQUIRE(write_file_atomic(dir / "n.yaml", "x\n", WriteMode::create_new).empty());
  ::umask(old);
  CHECK(mode_of(dir / "n.yaml") == 0640);
  fs::remove_all(dir);
}

TEST_CASE("a read-only file is not replaced (L4)") {
  const auto dir = scratch_dir("readonly");
  const auto file = dir / "c.yaml";
  spit(file, "old\n");
  ::chmod(file.c_str(), 0444);
  CHECK(write_file_atomic(file, "new\n", WriteMode::replace) ==
        file.string() + " is read-only; nothing was written (make it writable first if it should change)");
  CHECK(slurp(file) == "old\n");
  CHECK(mode_of(file) == 0444);
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("writing to a symbolic link replaces the file it leads to and keeps the link (L6)") {
  const auto dir = scratch_dir("link");
  fs::create_directories(dir / "site");
  spit(dir / "site" / "report.html", "old\n");
  fs::create_symlink("site/report.html", dir / "link.html");
  REQUIRE(write_file_atomic(dir / "link.html", "new\n", WriteMode::replace).empty());
  CHECK(fs::is_symlink(dir / "link.html"));
  CHECK(slurp(dir / "site" / "report.html") == "new\n");
  fs::remove_all(dir);
}

TEST_CASE("temporary files of writers that are gone are swept; those of live ones are not (L5)") {
  const auto dir = scratch_dir("sweep");
  const auto file = dir / "report.html";
  // A process id that cannot be running: above the kernel's largest.
  const auto stale = dir / ".report.html.tmp-4194305-0badf00d";
  const auto live = dir / (".report.html.tmp-" + std::to_string(::getpid()) + "-00c0ffee");
  spit(stale, "half");
  spit(live, "half");
  CHECK(is_leftover_temp(stale.filename().string()));
  CHECK(!is_leftover_temp(live.filename().string()));
  CHECK(!is_leftover_temp("report.html"));
  CHECK(!is_leftover_temp(".notes.tmp-old"));     // not a name brm gives
  CHECK(!is_leftover_temp(".notes.tmp-12-old"));
  CHECK(is_leftover_temp(".c.yaml.tmp-0123456789abcdef"));  // the form earlier versions used
  REQUIRE(write_file_atomic(file, "whole\n", WriteMode::replace).empty());
  CHECK(!fs::exists(stale));
  CHECK(fs::exists(live));
  fs::remove_all(dir);
}

TEST_CASE("a lock is exclusive, says what to do, and leaves no file (L1)") {
  const auto dir = scratch_dir("lock");
  const auto file = dir / "c.yaml";
  spit(file, "status: open\n");
  std::string error;
  auto first = FileLock::acquire(file, std::chrono::milliseconds(0), error);
  REQUIRE(first);
  CHECK(entries(dir) == 1);
  auto second = FileLock::acquire(file, std::chrono::milliseconds(50), error);
  CHECK(!second);
  CHECK(error == file.string() + " is being changed by another brm run; waited 50 ms. Try again when it has finished");
  first.reset();
  CHECK(FileLock::acquire(file, std::chrono::milliseconds(0), error));
  fs::remove_all(dir);
}

TEST_CASE("a run killed while it holds a lock leaves nothing that stops the next (L1, L5)") {
  const auto dir = scratch_dir("killed-lock");
  const auto file = dir / "c.yaml";
  spit(file, "status: open\n");
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::string e;
    auto held = FileLock::acquire(file, std::chrono::milliseconds(1000), e);
    [[maybe_unused]] auto n = ::write(ready[1], held ? "y" : "n", 1);
    ::pause();
  }
  char c = 0;
  REQUIRE(::read(ready[0], &c, 1) == 1);
  REQUIRE(c == 'y');
  std::string error;
  CHECK(!FileLock::acquire(file, std::chrono::milliseconds(0), error));  // held by the child
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  CHECK(FileLock::acquire(file, std::chrono::milliseconds(0), error));
  CHECK(entries(dir) == 1);
  ::close(ready[0]), ::close(ready[1]);
  fs::remove_all(dir);
}

TEST_CASE("a lock file left where flock is missing is reported as left over") {
  const auto dir = scratch_dir("stale-lock-file");
  spit(dir / "c.yaml.lock", "4194305\n");
  CHECK(FileLock::path_for(dir / "c.yaml") == dir / "c.yaml.lock");
  CHECK(!lock_in_use(dir / "c.yaml.lock"));
  fs::remove_all(dir);
}

TEST_CASE("concurrent read-modify-writes queue on the lock and lose nothing (L1)") {
  const auto dir = scratch_dir("queue");
  const auto file = dir / "c.yaml";
  spit(file, "notes:\n");
  std::vector<std::thread> writers;
  for (int n = 0; n < 20; ++n)
    writers.emplace_back([&, n] {
      const auto r = update_file(file, 1 << 20, [n](std::string_view now) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));  // widen the window a lost update needs
        return std::string(now) + "  - " + std::to_string(n) + "\n";
      });
      CHECK(r.status == UpdateResult::written);
    });
  for (auto& w : writers) w.join();
  const auto text = slurp(file);
  for (int n = 0; n < 20; ++n) CHECK(text.find("  - " + std::to_string(n) + "\n") != std::string::npos);
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("an update refuses to write over a change saved meanwhile without the lock (L1)") {
  const auto dir = scratch_dir("guard");
  const auto file = dir / "c.yaml";
  spit(file, "status: open\n");
  const auto r = update_file(file, 1 << 20, [&](std::string_view) {
    spit(file, "status: open  # edited by hand\n");  // an editor saving while brm works
    return std::string("status: resolved\n");
  });
  CHECK(r.status == UpdateResult::failed);
  CHECK(r.error == file.string() + " changed while it was being updated; nothing was written");
  CHECK(slurp(file) == "status: open  # edited by hand\n");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("an update refuses when an editor put another file in the record's place, even with the same text") {
  const auto dir = scratch_dir("renamed-over");
  const auto file = dir / "c.yaml";
  spit(file, "status: open\n");
  const auto r = update_file(file, 1 << 20, [&](std::string_view now) {
    spit(dir / "saved", std::string(now));  // an editor that saves by renaming a new file over the old
    fs::rename(dir / "saved", file);
    return std::string("status: resolved\n");
  });
  CHECK(r.status == UpdateResult::failed);
  CHECK(slurp(file) == "status: open\n");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a record and a link to it share one lock") {
  const auto dir = scratch_dir("linked-lock");
  spit(dir / "c.yaml", "status: open\n");
  fs::create_symlink("c.yaml", dir / "link.yaml");
  std::string error;
  auto held = FileLock::acquire(dir / "c.yaml", std::chrono::milliseconds(0), error);
  REQUIRE(held);
  CHECK(!FileLock::acquire(dir / "link.yaml", std::chrono::milliseconds(0), error));
  fs::remove_all(dir);
}

TEST_CASE("an update the change declines writes nothing") {
  const auto dir = scratch_dir("declined");
  const auto file = dir / "c.yaml";
  spit(file, "status: open\n");
  const auto r = update_file(file, 1 << 20, [](std::string_view) { return std::optional<std::string>(); });
  CHECK(r.status == UpdateResult::declined);
  CHECK(slurp(file) == "status: open\n");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}
