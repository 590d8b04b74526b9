#pragma once
#include <optional>

#include "brm/records/records.hpp"
#include "brm/workspace/workspace.hpp"

namespace brm::records {

// One reader per kind: the facts of one record, or nullopt when a date the reports
// cannot do without is missing. `currency` is the workspace default.

std::optional<Service> read_service(const Record& r);
std::optional<Customer> read_customer(const Record& r, const std::string& currency);
std::optional<Agreement> read_agreement(const Record& r, const std::string& currency);
std::optional<Meeting> read_meeting(const Record& r);
std::optional<Complaint> read_complaint(const Record& r);
std::optional<Survey> read_survey(const Record& r);
std::optional<Improvement> read_improvement(const Record& r);
std::optional<Delivery> read_delivery(const Record& r);

}  // namespace brm::records
