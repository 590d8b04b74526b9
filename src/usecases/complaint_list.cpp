#include "brm/usecases/complaint_list.hpp"

namespace brm {

Needs complaint_list_needs() { return {Reads::checked, {Kind::complaint}}; }

Result<ComplaintListing> complaint_list(const OpenWorkspace& w, const ComplaintFilter& filter) {
  Failure f;
  if (filter.customer && !require_record(w.ws, Kind::customer, *filter.customer, f)) return f;
  const auto& policy = w.ctx.settings.policy;
  return ComplaintListing{w.ctx.as_of, policy.complaint_response_days,
                          list_complaints(w.records, w.ctx.as_of, policy, filter)};
}

}  // namespace brm
