// Must not compile: render/ lays out computed values; it never opens a workspace or
// runs a use case.
#include "brm/usecases/open.hpp"
