#pragma once
#include <optional>
#include <string>
#include <vector>

#include "brm/model/period.hpp"
#include "rules.hpp"

namespace brm {

/// What the cross-record delivery rules need of a delivery file, taken while its
/// document is in memory, so that deliveries (most of a large workspace) need not stay.
struct DeliveryFacts {
  struct Level {
    std::string_view service, metric;  // shared_name
    Position service_pos, metric_pos;
  };
  const Record* record = nullptr;
  std::string agreement;
  std::optional<CalendarPeriod> period;
  Position period_pos;
  std::vector<Level> levels;  // those with a service and a metric written as text
};

DeliveryFacts delivery_facts(const Record& r);

/// Rule 15 within one delivery (a service and metric twice) and rule 17 (a period not
/// ended on the as-of date), from the delivery's facts.
void check_delivery_record(const DeliveryFacts& d, const CheckContext& ctx, Diagnostics& out);

/// Rule 17 for agreements: a level measured in a time unit without a direction.
void check_level_directions(const Record& agreement, Diagnostics& out);

/// Rule 15 across records: services and metrics the agreement has not agreed, a period
/// outside its validity, two deliveries for one agreement and period. `all` is sorted
/// here.
void check_deliveries(std::vector<DeliveryFacts>& all, const Index& index, Diagnostics& out);

}  // namespace brm
