#include "brm/usecases/site.hpp"

#include "brm/usecases/report.hpp"
#include "brm/usecases/review.hpp"
#include "site_inputs.hpp"

namespace brm {

Needs site_needs() { return review_needs(); }

Result<SiteData> site_workspace(const OpenWorkspace& w, const SiteInput& in) {
  const auto period = report_period(std::nullopt, std::nullopt, w.ctx.as_of);
  if (!period) return period.failure();
  const auto& s = w.ctx.settings;
  const ReportHeading heading{s.organization, s.currency, s.policy, w.ctx.as_of, *period};
  ReviewOptions review;
  review.within_days = in.within_days;
  auto site = compute_site(w.records, s, heading, review, in.title);
  site.inputs = site_inputs(w, in);
  return site;
}

Result<FolderChanges> publish_site(const std::filesystem::path& dir, const FolderPlan& plan) {
  auto done = replace_folder(dir, plan, site_manifest);
  if (auto* error = std::get_if<std::string>(&done)) return failure(*error);
  return std::get<FolderChanges>(done);
}

}  // namespace brm
