#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <cstdio>
#include <string>

#include "brm/usecases/result.hpp"

namespace {

/// Runs fn in a child process; whether it ended by SIGABRT.
template <class Fn>
bool aborts(Fn fn) {
  std::fflush(nullptr);
  const pid_t child = fork();
  if (child == 0) {
    // The test framework's own handler would report the abort as a failure of the child's
    // copy of the run, on the shared output: the child dies quietly, as the program would.
    std::signal(SIGABRT, SIG_DFL);
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    fn();
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

}  // namespace

TEST_CASE("a Result gives its value or its failure, and reading the other one aborts") {
  const brm::Result<std::string> value(std::string("ok"));
  const brm::Result<std::string> failed(brm::failure("no"));
  REQUIRE(value);
  CHECK(*value == "ok");
  CHECK(value->size() == 2);
  REQUIRE(!failed);
  CHECK(failed.failure().errors == std::vector<std::string>{"no"});
  CHECK(aborts([&] { (void)failed->size(); }));
  CHECK(aborts([&] { (void)*failed; }));
  CHECK(aborts([&] { (void)value.failure(); }));
  CHECK(!aborts([&] { (void)*value; }));
}
