#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace brm {

/// The candidate closest to `word` by edit distance, when close enough to be a likely
/// typo (at most a third of the word's length, at least one edit); else empty.
std::string closest(std::string_view word, const std::vector<std::string_view>& candidates);

/// " (did you mean 'x'?)" or nothing.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace brm
