#pragma once
#include <optional>
#include <string>

#include "brm/model/complaint_status.hpp"
#include "brm/model/date.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"

namespace brm {

/// The change asked for; at least one of status, note and resolution. Text already
/// checked as text.
struct ComplaintUpdateInput {
  std::string id;
  std::optional<ComplaintStatus> status;
  std::optional<std::string> note, by, resolution;
  std::optional<Date> date;  // of the history entry; default: the as-of date
  bool reopen = false;       // a resolved or rejected complaint may open again
  bool dry_run = false;      // compute the new text, write nothing
};

/// What the update did (or, with dry_run, would do).
struct ComplaintUpdated {
  std::string before;  // the status as it was
  ComplaintStatus after{};
  std::string text;  // the file's new bytes
};

/// What `complaint update` opens: every file, and the customers as records.
Needs complaint_update_needs();

/// Edits the complaint in place: sets the status and resolution and appends a history
/// entry, leaving every other byte as it was. The file is locked while it is read,
/// edited and written, so concurrent updates queue and none is lost; the new text must
/// pass every rule before anything is written.
Result<ComplaintUpdated> update_complaint(const OpenWorkspace& w, const ComplaintUpdateInput& in);

}  // namespace brm
