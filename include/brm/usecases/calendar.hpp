#pragma once
#include <optional>
#include <string>

#include "brm/compute/calendar.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"

namespace brm {

/// The calendar asked for.
struct CalendarInput {
  std::optional<std::string> customer;  // only this customer
  bool tree = false;                    // with customer: also those below it
  std::optional<std::string> person;    // one relationship manager's own calendar
};

/// What the calendar opens: the checked records of the kinds its dates come from.
Needs calendar_needs();

/// The calendar as of the workspace's as-of date. Refuses an unknown customer, and a
/// person who is nobody's relationship manager and owns no action (most likely a typo,
/// which would otherwise give an empty calendar that looks like a quiet month).
Result<Calendar> calendar_workspace(const OpenWorkspace& w, const CalendarInput& in);

}  // namespace brm
