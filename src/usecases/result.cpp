#include "brm/usecases/result.hpp"

#include <cstdio>
#include <cstdlib>

namespace brm {

void unchecked_result_abort() {
  // No translation and no allocation: the program is in a state it should never reach.
  std::fputs("brm: internal error: a use case's result was read without checking it\n", stderr);
  std::abort();
}

}  // namespace brm
