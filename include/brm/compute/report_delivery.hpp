#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "brm/compute/customer_records.hpp"
#include "brm/compute/delivery.hpp"
#include "brm/compute/report_common.hpp"

namespace brm {

// What was delivered against what was agreed. A delivery period counts in a report
// period when it ended within it: the figures for October belong to a year that
// includes 31 October.

struct DeliveredPeriod {
  CalendarPeriod period;
  double value = 0;
  bool met = true;
  std::string note;
};

/// One agreed level of one agreement over the report period.
struct LevelDelivery {
  std::string customer, customer_name, agreement, service, service_name, metric, unit;
  Direction direction = Direction::at_least;
  double target = 0;
  std::vector<DeliveredPeriod> periods;  // ended within the report period, in order
  Share met;                             // of those, met
  Share met_before;                      // in the preceding period of the same length
};

struct CustomerDelivery {
  std::string id, name;
  Share met, met_before;  // level-periods met of those reported
};

struct DeliveryReport {
  ReportHeading heading;
  Period previous;
  std::optional<std::string> customer;  // the report is about this customer only
  Share met, met_before;                // every level-period of the customers reported
  std::vector<CustomerDelivery> customers;  // with level-periods in either period, by name then id
  std::vector<LevelDelivery> levels;        // with a period in the report period: by customer, then agreement order
};

/// Whether a delivery period counts in the report period: it ended within it.
bool counts_in(const CalendarPeriod& p, const Period& report);

/// The customer's level-periods met of those reported in `report`.
Share level_periods_met(const CustomerRecords& c, const Period& report);

std::set<Kind> delivery_kinds();

/// One customer's agreed levels with a period in the report period, as the delivery
/// report lists them.
std::vector<LevelDelivery> delivery_levels(const CustomerRecords& c, const ReportHeading& heading);

DeliveryReport compute_delivery(const Records& data, const ReportHeading& heading,
                                const std::optional<std::string>& customer = {});

}  // namespace brm
