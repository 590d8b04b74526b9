// Fuzz target: the whole command line. The input is split at NUL bytes into at most 12
// arguments, run as `brm -C demo ARGS...` in a scratch folder that holds a copy of
// examples/demo and a survey export, answers.csv; it is the working directory while
// fuzzing, and standard input is /dev/null. brm may refuse anything, but must not
// crash, leak or hit UB; exceptions end it as in main.cpp.
//
// The scratch folder is put back every 500 runs, after a command that writes succeeds,
// and whenever a folder in it changed. Arguments naming a path outside it (absolute,
// or with "..") are not run. Crash files go where -artifact_prefix says, since the
// working directory is the scratch folder (scripts/fuzz.sh passes an absolute one).
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "brm/commands/command.hpp"
#include "fuzz_support.hpp"

namespace fs = std::filesystem;

namespace {

fs::path source;   // examples/demo
fs::path answers;  // a survey export: the fuzz_csv seed clean.csv
fs::path scratch;  // the working directory, holding the copy as demo/
std::vector<fs::path> watched;
std::vector<struct timespec> seen;
unsigned long runs = 0;

std::vector<struct timespec> stamps() {
  std::vector<struct timespec> out;
  for (const auto& dir : watched) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) st.st_mtim = {-1, -1};
    out.push_back(st.st_mtim);
  }
  return out;
}

bool changed() {
  const auto now = stamps();
  for (std::size_t i = 0; i < now.size(); ++i)
    if (now[i].tv_sec != seen[i].tv_sec || now[i].tv_nsec != seen[i].tv_nsec) return true;
  return false;
}

void restore() {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(scratch, ec)) fs::remove_all(entry.path(), ec);
  fs::copy(source, scratch / "demo", fs::copy_options::recursive, ec);
  if (!ec) fs::copy_file(answers, scratch / "answers.csv", ec);  // for `survey import answers.csv`
  if (ec) brm::fuzz::fail("cannot copy the demo workspace", ec.message());
  seen = stamps();
}

void remove_scratch() {
  std::error_code ec;
  fs::remove_all(scratch, ec);
}

// Only paths inside the scratch folder: relative, never "..".
bool stays_inside(std::string_view arg) {
  if (arg.find("..") != std::string_view::npos) return false;
  const auto slash = arg.find('/');
  if (slash == std::string_view::npos) return true;
  const unsigned char c = static_cast<unsigned char>(arg[0]);
  return slash > 0 && (std::isalnum(c) || c == '_');
}

bool writes(const std::vector<std::string>& args) {
  for (const auto& a : args)
    if (a == "init" || a == "log" || a == "update" || a == "new" || a == "import" || a.starts_with("-o") ||
        a.starts_with("--output"))
      return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* demo = std::getenv("BRM_FUZZ_DEMO");
  source = fs::absolute(demo && *demo ? demo : BRM_SOURCE_DIR "/examples/demo");
  answers = fs::absolute(BRM_SOURCE_DIR "/tests/fuzz/corpus/fuzz_csv/clean.csv");
  std::string dir = (fs::temp_directory_path() / "brm-fuzz-cli-XXXXXX").string();
  if (!::mkdtemp(dir.data())) brm::fuzz::fail("cannot make a scratch folder");
  scratch = dir;
  std::atexit(remove_scratch);
  if (!std::freopen("/dev/null", "r", stdin)) brm::fuzz::fail("cannot read standard input from /dev/null");
  fs::current_path(scratch);
  watched = {scratch, scratch / "demo"};
  for (const auto& entry : fs::directory_iterator(source))
    if (entry.is_directory()) watched.push_back(scratch / "demo" / entry.path().filename());
  restore();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> args;
  for (std::size_t at = 0; at <= input.size() && args.size() < 12;) {
    auto nul = input.find('\0', at);
    if (nul == std::string_view::npos) nul = input.size();
    args.emplace_back(input.substr(at, nul - at));
    at = nul + 1;
  }
  if (size == 0) args.clear();
  for (const auto& a : args)
    if (!stays_inside(a)) return -1;  // not added to the corpus

  std::vector<const char*> argv = {"brm", "-C", "demo"};
  for (const auto& a : args) argv.push_back(a.c_str());
  argv.push_back(nullptr);
  std::ostringstream out, err;
  brm::Io io{out, err, false, false};
  int status = 2;
  try {
    status = brm::run_cli(static_cast<int>(argv.size() - 1), argv.data(), io);
  } catch (const std::exception& e) {
    err << "brm: error: " << e.what() << '\n';
  }
  if (++runs % 500 == 0 || (status == 0 && writes(args)) || changed()) restore();
  return 0;
}
