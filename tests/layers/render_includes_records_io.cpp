// Must not compile: render/ lays out computed values and reads no files.
#include "brm/workspace/loader.hpp"
