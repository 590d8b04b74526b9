#include <unistd.h>

#include <exception>
#include <iostream>

#include "brm/commands/command.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  brm::Io io{std::cout, std::cerr, ::isatty(STDOUT_FILENO) == 1};
  try {
    const int status = brm::run_cli(argc, argv, io);
    std::cout.flush();
    return std::cout.good() ? status : 2;
  } catch (const std::exception& e) {
    std::cerr << "brm: error: " << e.what() << '\n';
    return 2;
  }
}
