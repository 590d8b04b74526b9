// Must not compile: compute/ works on the read model, never on YAML documents.
#include "brm/yaml/document.hpp"
