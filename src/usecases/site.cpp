#include "brm/usecases/site.hpp"

#include "brm/usecases/report.hpp"
#include "brm/usecases/review.hpp"

namespace brm {

Needs site_needs() { return review_needs(); }

Result<SiteData> site_workspace(const OpenWorkspace& w, const SiteInput& in) {
  const auto period = report_period(std::nullopt, std::nullopt, w.ctx.as_of);
  if (!period) return period.failure();
  const auto& s = w.ctx.settings;
  const ReportHeading heading{s.organization, s.currency, s.policy, w.ctx.as_of, *period};
  ReviewOptions review;
  review.within_days = in.within_days;
  return compute_site(w.records, s, heading, review, in.title);
}

Result<FolderChanges> publish_site(const std::filesystem::path& dir, std::size_t count,
                                   const std::function<FolderFile(std::size_t)>& produce) {
  auto done = replace_folder(dir, count, produce, site_manifest);
  if (auto* error = std::get_if<std::string>(&done)) return failure(*error);
  return std::get<FolderChanges>(done);
}

}  // namespace brm
