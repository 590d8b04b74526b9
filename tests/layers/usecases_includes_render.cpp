// Must not compile: a use case returns values; laying them out is for the commands.
#include "brm/render/report_layouts.hpp"
