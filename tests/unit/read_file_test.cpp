#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "brm/workspace/read_file.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using brm::Diagnostics;

namespace {

constexpr std::size_t max_bytes = 64;

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("brm-test-read-" + std::to_string(::getpid()));
  Scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name, std::ios::binary) << text;
  }
};

std::vector<std::string> lines(const Diagnostics& out) {
  std::vector<std::string> v;
  for (const auto& d : out) v.push_back(brm::test::line_of(d));
  return v;
}

}  // namespace

// read_listed_file skips the fstat that read_file makes; for a regular file both must
// give the same bytes and the same diagnostics, at every size around the limit.
TEST_CASE("a listed regular file reads as read_file reads it") {
  Scratch s;
  for (const std::size_t size :
       {std::size_t{0}, std::size_t{1}, max_bytes - 1, max_bytes, max_bytes + 1, max_bytes + 2, 3 * max_bytes}) {
    CAPTURE(size);
    s.write("f.yaml", std::string(size, 'a'));
    const brm::FolderHandle folder(s.dir);
    Diagnostics slow_out, fast_out;
    std::string slow;
    const bool slow_ok = brm::read_file(folder.fd(), "f.yaml", "customers/f.yaml", max_bytes, slow, slow_out);
    const auto fast = brm::read_listed_file(folder, "f.yaml", "customers/f.yaml", max_bytes, fast_out);
    CHECK(slow_ok == fast.has_value());
    if (fast) CHECK(*fast == slow);
    CHECK(lines(fast_out) == lines(slow_out));
  }
}

TEST_CASE("a listed file that is gone is reported as unreadable, as by read_file") {
  Scratch s;
  const brm::FolderHandle folder(s.dir);
  Diagnostics slow_out, fast_out;
  std::string slow;
  CHECK_FALSE(brm::read_file(folder.fd(), "gone.yaml", "customers/gone.yaml", max_bytes, slow, slow_out));
  CHECK_FALSE(brm::read_listed_file(folder, "gone.yaml", "customers/gone.yaml", max_bytes, fast_out));
  REQUIRE(fast_out.size() == 1);
  CHECK(lines(fast_out) == lines(slow_out));
}

// The listing saw a regular file; by the time it is opened something else may stand
// in its place. Neither is read: a FIFO would read as an empty file, a link could lead
// out of the workspace.
TEST_CASE("a FIFO or a link put in a listed file's place is not read") {
  Scratch s;
  s.write("target.yaml", "id: x\n");
  REQUIRE(::mkfifo((s.dir / "fifo.yaml").c_str(), 0600) == 0);
  fs::create_symlink(s.dir / "target.yaml", s.dir / "link.yaml");
  const brm::FolderHandle folder(s.dir);
  Diagnostics out;
  CHECK_FALSE(brm::read_listed_file(folder, "fifo.yaml", "customers/fifo.yaml", max_bytes, out));
  CHECK_FALSE(brm::read_listed_file(folder, "link.yaml", "customers/link.yaml", max_bytes, out));
  CHECK(lines(out) == std::vector<std::string>{
                          "customers/fifo.yaml:1:1: error: cannot read the file: it is not a regular file [unreadable]",
                          "customers/link.yaml:1:1: error: cannot read the file: it became a symbolic link while the "
                          "workspace was read [unreadable]"});
}

TEST_CASE("a folder on a local file system is read with one read per file") {
  Scratch s;  // the temporary folder: tmpfs or a local disk on every machine the tests run on
  CHECK(brm::FolderHandle(s.dir).whole_reads());
}
