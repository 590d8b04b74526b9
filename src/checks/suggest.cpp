#include "brm/checks/suggest.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "brm/util/i18n.hpp"

namespace brm {
namespace {

// Optimal string alignment distance (a transposition counts as one edit), compared
// without regard to case, giving up once it exceeds `limit`.
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

/// `a` and `b` already lowered (ASCII letters only: names and keys are ASCII, and the
/// locale's tolower per comparison was most of the time of a file of 100,000 unknown keys).
std::size_t distance(std::string_view a, std::string_view b, std::size_t limit) {
  const auto diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > limit) return limit + 1;
  std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t best = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      best = std::min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string closest(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
  std::string_view best;
  std::size_t best_d = limit + 1;
  const auto low = lowered(word);
  for (auto c : candidates) {
    const auto d = distance(low, lowered(c), limit);
    if (d < best_d || (d == best_d && !best.empty() && c < best)) best = c, best_d = d;
  }
  return best_d <= limit ? std::string(best) : std::string();
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  const auto c = closest(word, candidates);
  return c.empty() ? std::string() : trf(" (did you mean '{}'?)", c);
}

}  // namespace brm
