#include <unistd.h>

#include <exception>
#include <iostream>

#include "brm/commands/command.hpp"

// jemalloc's settings, which it reads when it starts (it is linked in CMakeLists.txt;
// without it this is an unused string). Transparent huge pages for its heap: a review
// of a 157,000-file workspace touches about 300 MB, and in a virtual machine the fault
// on the first touch of every 4 KB page cost a fifth of the run; with 2 MB pages it
// took 2.35 s instead of 3.10 s (docs/performance.md). A kernel with huge pages
// disabled ignores the request.
extern "C" {
const char* malloc_conf = "thp:always,metadata_thp:always";
}

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  brm::Io io{std::cout, std::cerr, ::isatty(STDOUT_FILENO) == 1, ::isatty(STDERR_FILENO) == 1};
  try {
    const int status = brm::run_cli(argc, argv, io);
    std::cout.flush();
    if (!std::cout.good()) {
      std::cerr << "brm: error: cannot write to standard output\n";
      return 2;
    }
    // Diagnostics that could not be written are as lost as output: a caller that reads
    // only the status must not take a run whose errors vanished for a clean one.
    std::cerr.flush();
    if (!std::cerr.good()) return 2;
    return status;
  } catch (const std::exception& e) {
    std::cerr << "brm: error: " << e.what() << '\n';
    return 2;
  }
}
