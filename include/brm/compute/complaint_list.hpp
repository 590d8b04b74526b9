#pragma once
#include <optional>
#include <string>
#include <vector>

#include "brm/model/date.hpp"
#include "brm/records/records.hpp"

namespace brm {

/// Which complaints `brm complaint list` shows; an empty list allows every value.
struct ComplaintFilter {
  std::vector<ComplaintStatus> statuses;  // the status on the as-of date
  std::vector<ComplaintSeverity> severities;
  std::optional<std::string> customer;
  bool open = false;     // only open on the as-of date
  bool overdue = false;  // only overdue on the as-of date
};

/// One complaint as it stands on the as-of date.
struct ComplaintLine {
  const Complaint* complaint = nullptr;
  ComplaintStatus status{};       // on the as-of date, from the history
  std::optional<long> days_open;  // open complaints only
  bool overdue = false;
};

/// What `brm complaint list` shows: the lines, and the day and response time they are
/// judged by.
struct ComplaintListing {
  Date as_of;
  long response_days = 0;  // policy.complaint_response_days
  std::vector<ComplaintLine> lines;
};

/// The complaints received on or before `as_of` that pass the filter, oldest first
/// (then by id), each with its status on that day: the same rules as the review and
/// the reports (records/records.hpp).
std::vector<ComplaintLine> list_complaints(const Records& records, Date as_of, const Policy& policy,
                                           const ComplaintFilter& filter);

}  // namespace brm
