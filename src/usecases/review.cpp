#include "brm/usecases/review.hpp"

#include "brm/records/collector.hpp"

namespace brm {

Needs review_needs() {
  return {Reads::checked,
          {Kind::service, Kind::customer, Kind::agreement, Kind::meeting, Kind::complaint, Kind::survey,
           Kind::improvement, Kind::delivery}};
}

Result<Review> review_workspace(const OpenWorkspace& w, const ReviewInput& in) {
  ReviewOptions options{in.within_days, in.missed_periods, {}, in.only};
  if (in.customer) {
    Failure f;
    if (!require_record(w.ws, Kind::customer, *in.customer, f)) return f;
    // A customer whose file has errors still links those below it (Records::parents).
    options.customers = in.tree ? customer_hierarchy(w.records).subtree(*in.customer) : std::set<std::string, std::less<>>{*in.customer};
  }
  return compute_review(w.records, w.ctx.settings, w.ctx.as_of, options);
}

}  // namespace brm
