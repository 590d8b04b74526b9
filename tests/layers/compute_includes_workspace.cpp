// Must not compile: compute/ never sees how records are stored.
#include "brm/workspace/workspace.hpp"
