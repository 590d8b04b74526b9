#pragma once
#include <string_view>

namespace brm {

/// One copy, for the whole run, of a short name that repeats across many records: a
/// delivery names a service and a metric in every level of every period, so a large
/// workspace holds the same few names hundreds of thousands of times. Equal texts give
/// views of the same characters, which stay valid until the program ends. Safe to call
/// from any thread.
std::string_view shared_name(std::string_view text);

}  // namespace brm
