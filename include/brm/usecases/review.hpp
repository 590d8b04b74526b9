#pragma once
#include <optional>
#include <string>

#include "brm/compute/review.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"

namespace brm {

/// The review asked for.
struct ReviewInput {
  long within_days = 30;
  std::optional<std::string> customer;  // only this customer
  bool tree = false;                    // with customer: also those below it
  std::optional<Urgency> only;
  long missed_periods = 3;  // a level missed this many periods running is overdue
};

/// What the review opens: the checked records of every kind it looks at (no services:
/// it names none).
Needs review_needs();

/// The review as of the workspace's as-of date.
Result<Review> review_workspace(const OpenWorkspace& w, const ReviewInput& in);

}  // namespace brm
