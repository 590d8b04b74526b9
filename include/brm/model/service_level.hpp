#pragma once
#include <string_view>

#include "brm/model/enums.hpp"

namespace brm {

/// The one rule for whether an achieved value keeps an agreed level (data contract,
/// deliveries): at least the target, or at most it. A value equal to the target is met.
constexpr bool level_met(double value, double target, Direction direction) {
  return direction == Direction::at_least ? value >= target : value <= target;
}

/// A unit that measures time (h, min, s, d, days, working days and their spellings, in
/// any case): such a level is usually a maximum, so one without a `direction` is warned
/// about (rule 17).
bool is_duration_unit(std::string_view unit);

}  // namespace brm
