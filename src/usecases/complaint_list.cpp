#include "brm/usecases/complaint_list.hpp"

namespace brm {

Needs complaint_list_needs() { return {Reads::checked, {Kind::complaint}}; }

Result<std::vector<ComplaintLine>> complaint_list(const OpenWorkspace& w, const ComplaintFilter& filter) {
  Failure f;
  if (filter.customer && !require_record(w.ws, Kind::customer, *filter.customer, f)) return f;
  return list_complaints(w.records, w.ctx.as_of, w.ctx.settings.policy, filter);
}

}  // namespace brm
