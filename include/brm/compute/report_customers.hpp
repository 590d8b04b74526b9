#pragma once
#include <set>
#include <string>
#include <vector>

#include "brm/compute/report_common.hpp"
#include "brm/records/records.hpp"
#include "brm/compute/report_figures.hpp"

namespace brm {

/// One customer in the hierarchy.
struct DirectoryEntry {
  Customer customer;
  int depth = 0;            // 0 at the top of the hierarchy
  std::string parent_name;  // empty at the top
};

/// The list of customers and purchasers: who decides, who orders, who their IT contacts are.
struct CustomerDirectory {
  ReportHeading heading;
  std::vector<DirectoryEntry> entries;  // each customer followed by those below it, by name then id
  ContactFigures contacts;
};

std::set<Kind> customers_kinds();

/// The hierarchy of `data.customers`. A customer whose parent is not among them (left
/// out for errors) is shown at the top; a cycle (an error the checks report) cannot
/// make it loop.
CustomerDirectory compute_customers(const Records& data, const ReportHeading& heading);

}  // namespace brm
