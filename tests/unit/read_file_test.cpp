#include <catch2/catch.hpp>

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
    const auto fast = brm::read_listed_file(folder.fd(), "f.yaml", "customers/f.yaml", max_bytes, fast_out);
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
  CHECK_FALSE(brm::read_listed_file(folder.fd(), "gone.yaml", "customers/gone.yaml", max_bytes, fast_out));
  REQUIRE(fast_out.size() == 1);
  CHECK(lines(fast_out) == lines(slow_out));
}
