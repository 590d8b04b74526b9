#pragma once
#include <optional>
#include <string>
#include <vector>

#include "brm/model/date.hpp"
#include "brm/model/enums.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"

namespace brm {

/// A complaint as the person logging it describes it; text already checked as text.
struct ComplaintLogInput {
  std::string customer, summary;
  ComplaintSeverity severity = ComplaintSeverity::medium;
  std::optional<std::string> from;
  std::optional<PersonRole> role;
  std::optional<ComplaintChannel> channel;
  std::optional<std::string> service, agreement;
  std::optional<Date> received;  // default: the as-of date
  std::optional<std::string> description, by;
};

/// A complaint written (or, when `written` is false, ready to be).
struct LoggedComplaint {
  std::string id, path, text;
  std::vector<std::string> warnings;
};

/// What `complaint log` opens: every file, and the customers and agreements as records.
Needs complaint_log_needs();

/// What is wrong with the input as the workspace sees it: an unknown customer, service
/// or agreement, an agreement of another customer, or a received date after the as-of date.
Failure check_log_input(const OpenWorkspace& w, const ComplaintLogInput& in);

/// Checks the input against the workspace and writes complaints/<id>.yaml, never over
/// an existing file. The id ends in a fingerprint of the content: two people logging
/// different complaints on two branches get different ids, and the same complaint
/// logged twice gets the same id and bytes, which git merges cleanly.
Result<LoggedComplaint> log_complaint(const OpenWorkspace& w, const ComplaintLogInput& in);

}  // namespace brm
