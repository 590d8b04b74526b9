#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>

#include "brm/workspace/folder_replace.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using brm::FolderChanges;
using brm::FolderPlan;
using brm::replace_folder;
using brm::test::scratch_dir;
using brm::test::slurp;

namespace {

constexpr std::string_view manifest = ".manifest";

/// A plan of these files, each made from the inputs given (0: not known); `made` counts
/// the files whose bytes were asked for.
struct Files {
  std::vector<std::tuple<std::string, std::string, std::uint64_t>> files;
  std::atomic<int> made{0};

  FolderPlan plan() {
    return {files.size(), [this](std::size_t i) { return std::get<0>(files[i]); },
            [this](std::size_t i) { return std::get<2>(files[i]); },
            [this](std::size_t i) {
              ++made;
              return std::get<1>(files[i]);
            }};
  }
};

FolderChanges replace(const fs::path& dir, Files& f) {
  auto done = replace_folder(dir, f.plan(), manifest);
  if (auto* e = std::get_if<std::string>(&done)) FAIL(*e);
  return std::get<FolderChanges>(done);
}

std::string replace_error(const fs::path& dir, Files& f) {
  auto done = replace_folder(dir, f.plan(), manifest);
  return std::holds_alternative<std::string>(done) ? std::get<std::string>(done) : "";
}

struct stat stat_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st;
}

bool same_file(const struct stat& a, const struct stat& b) {
  return a.st_ino == b.st_ino && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) out.push_back(e.path().lexically_relative(dir).string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a folder is written whole, and a second run keeps every file it would write the same") {
  const auto dir = scratch_dir("site-same") / "public";
  Files f{{{"index.html", "<p>a</p>", 0}, {"customers/x.html", "<p>x</p>", 0}}};
  auto c = replace(dir, f);
  CHECK(c.files == 2);
  CHECK(c.written == 2);
  CHECK(slurp(dir / "customers/x.html") == "<p>x</p>");
  const auto before = stat_of(dir / "index.html");
  c = replace(dir, f);
  CHECK(c.written == 0);
  CHECK(c.unchanged == 2);
  CHECK(same_file(stat_of(dir / "index.html"), before));  // not written again: same inode and time
  CHECK(!fs::exists(brm::staging_folder(dir)));
  fs::remove_all(dir.parent_path());
}

TEST_CASE("a file made from the same inputs, untouched since, is not made again") {
  const auto dir = scratch_dir("site-inputs") / "public";
  Files f{{{"a.html", "A", 7}, {"b.html", "B", 8}, {"c.html", "C", 0}}};
  replace(dir, f);
  f.made = 0;
  auto c = replace(dir, f);
  CHECK(f.made == 1);  // only c.html, whose inputs are not known
  CHECK(c.made == 1);
  CHECK(c.unchanged == 3);

  std::get<2>(f.files[0]) = 70;                // a.html's inputs changed, its bytes did not
  write(dir / "b.html", "b, edited by hand");  // b.html changed since it was written
  f.made = 0;
  c = replace(dir, f);
  CHECK(f.made == 3);
  CHECK(c.written == 1);  // b.html, put back
  CHECK(slurp(dir / "b.html") == "B");
  fs::remove_all(dir.parent_path());
}

TEST_CASE("files no longer given are removed; files the replace did not write are kept") {
  const auto dir = scratch_dir("site-foreign") / "public";
  Files f{{{"index.html", "i", 0}, {"customers/gone.html", "g", 0}}};
  replace(dir, f);
  write(dir / "CNAME", "brm.example\n");
  fs::create_directories(dir / "assets");
  write(dir / "assets/logo.svg", "<svg/>");
  fs::create_symlink("index.html", dir / "home.html");
  const auto cname = stat_of(dir / "CNAME");
  f.files.pop_back();
  const auto c = replace(dir, f);
  CHECK(c.removed == 1);
  CHECK(c.kept == 3);
  CHECK(!fs::exists(dir / "customers/gone.html"));
  CHECK(same_file(stat_of(dir / "CNAME"), cname));
  CHECK(slurp(dir / "assets/logo.svg") == "<svg/>");
  CHECK(fs::read_symlink(dir / "home.html") == "index.html");
  fs::remove_all(dir.parent_path());
}

TEST_CASE("a changed file keeps the mode the old one had") {
  const auto dir = scratch_dir("site-mode") / "public";
  Files f{{{"index.html", "one", 0}}};
  replace(dir, f);
  fs::permissions(dir / "index.html", fs::perms(0640));
  std::get<1>(f.files[0]) = "two";
  replace(dir, f);
  CHECK((stat_of(dir / "index.html").st_mode & 07777) == 0640);
  fs::remove_all(dir.parent_path());
}

TEST_CASE("a folder that is not empty and was not written by a replace is refused and left alone") {
  const auto dir = scratch_dir("site-refuse") / "mine";
  fs::create_directories(dir);
  write(dir / "notes.txt", "keep");
  Files f{{{"index.html", "i", 0}}};
  const auto e = replace_error(dir, f);
  CHECK(e.find("is not empty and was not written by brm site") != std::string::npos);
  CHECK(listing(dir) == std::vector<std::string>{"notes.txt"});
  CHECK(!fs::exists(brm::staging_folder(dir)));
  fs::remove_all(dir.parent_path());
}

TEST_CASE("a failure while building leaves the old folder as it was, with nothing beside it") {
  const auto dir = scratch_dir("site-fail") / "public";
  Files f{{{"index.html", "old index", 0}, {"a.html", "old a", 0}}};
  replace(dir, f);
  const auto index = stat_of(dir / "index.html");
  const auto before = listing(dir);
  Files broken{{{"index.html", "new index", 0}, {"a.html", "new a", 0}, {"../outside.html", "x", 0}}};
  CHECK(replace_error(dir, broken) == "cannot write '../outside.html': not a path inside the folder");
  CHECK(listing(dir) == before);
  CHECK(slurp(dir / "index.html") == "old index");
  CHECK(same_file(stat_of(dir / "index.html"), index));
  CHECK(!fs::exists(brm::staging_folder(dir)));
  CHECK(!fs::exists(dir.parent_path() / "outside.html"));
  fs::remove_all(dir.parent_path());
}

TEST_CASE("a staging folder left by a killed run is cleared, and a link to a folder is followed") {
  const auto root = scratch_dir("site-link");
  fs::create_directories(root / "real");
  fs::create_directory_symlink("real", root / "public");
  fs::create_directories(root / ".real.brm-new/stale");
  Files f{{{"index.html", "i", 0}}};
  replace(root / "public", f);
  CHECK(fs::is_symlink(root / "public"));
  CHECK(slurp(root / "real/index.html") == "i");
  CHECK(!fs::exists(root / ".real.brm-new"));
  fs::remove_all(root);
}

TEST_CASE("a folder named with a trailing slash, or ending in '.', is replaced as the folder itself") {
  const auto root = scratch_dir("site-slash");
  Files f{{{"index.html", "i", 0}}};
  replace(root / "public" / "", f);
  std::get<1>(f.files[0]) = "j";
  replace(root / "public" / ".", f);
  CHECK(slurp(root / "public/index.html") == "j");
  CHECK(listing(root) == std::vector<std::string>{"public", "public/.manifest", "public/index.html"});
  fs::remove_all(root);
}

TEST_CASE("the root folder is never replaced") {
  Files f{{{"index.html", "i", 0}}};
  CHECK(replace_error("/", f) == "/ is the root folder; name a folder for the site");
}

TEST_CASE("an old folder left aside by a run killed between two renames is put back first") {
  const auto root = scratch_dir("site-aside");
  Files f{{{"index.html", "i", 0}}};
  replace(root / "public", f);
  write(root / "public/CNAME", "brm.example\n");
  fs::rename(root / "public", root / ".public.brm-old");  // as swap_in's fallback leaves it
  const auto c = replace(root / "public", f);
  CHECK(c.kept == 1);
  CHECK(slurp(root / "public/CNAME") == "brm.example\n");
  CHECK(!fs::exists(root / ".public.brm-old"));
  fs::remove_all(root);
}

TEST_CASE("the folders of the old one keep their modes, and an empty one of someone's is kept") {
  const auto dir = scratch_dir("site-folders") / "public";
  Files f{{{"customers/a.html", "a", 0}}};
  replace(dir, f);
  fs::permissions(dir / "customers", fs::perms(0750));
  fs::create_directories(dir / "uploads");
  std::get<1>(f.files[0]) = "b";
  replace(dir, f);
  CHECK((stat_of(dir / "customers").st_mode & 07777) == 0750);
  CHECK(fs::is_directory(dir / "uploads"));
  fs::remove_all(dir.parent_path());
}
