#include <unistd.h>

#include <exception>
#include <iostream>

#include "brm/commands/command.hpp"

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
    return status;
  } catch (const std::exception& e) {
    std::cerr << "brm: error: " << e.what() << '\n';
    return 2;
  }
}
