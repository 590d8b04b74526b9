#pragma once
#include <vector>

#include "brm/compute/complaint_list.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"

namespace brm {

/// What `complaint list` opens: the checked complaints.
Needs complaint_list_needs();

/// The complaints as they stand on the as-of date, filtered; each line points into
/// `w.records`.
Result<ComplaintListing> complaint_list(const OpenWorkspace& w, const ComplaintFilter& filter);

}  // namespace brm
