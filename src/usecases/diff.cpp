#include "brm/usecases/diff.hpp"

#include "brm/records/collector.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/report.hpp"

namespace brm {
namespace {

/// The records on both sides whose files' bytes differ, by the hashes taken as they
/// were read: reading 100,000 files once more to compare would cost as much as the diff.
std::set<std::string> changed_paths(const OpenWorkspace& b, const OpenWorkspace& a) {
  std::set<std::string> out;
  for (const auto& r : a.ws.records)
    if (const Record* was = b.ws.at_path(r.path); was && was->content_hash != r.content_hash) out.insert(r.path);
  return out;
}

}  // namespace

Result<DiffReport> diff_workspaces(std::shared_ptr<const FileSource> before, std::shared_ptr<const FileSource> after,
                                   std::string before_name, std::string after_name, Date as_of) {
  const Needs needs{Reads::checked, record_kinds(), false};
  auto b = open_workspace(std::move(before), as_of, needs);
  if (!b) return b.failure();
  auto a = open_workspace(std::move(after), as_of, needs);
  if (!a) return a.failure();
  const auto period = report_period(std::nullopt, std::nullopt, as_of);
  if (!period) return period.failure();
  DiffReport out{std::move(before_name), std::move(after_name), as_of, *period, {}, b->left_out, a->left_out};
  out.diff = compare_records({&b->records,
                              &a->records,
                              changed_paths(*b, *a),
                              as_of,
                              {b->left_out.begin(), b->left_out.end()},
                              {a->left_out.begin(), a->left_out.end()},
                              a->ctx.settings.policy});
  auto heading = [&](const OpenWorkspace& w) {
    const auto& s = w.ctx.settings;
    return ReportHeading{s.organization, s.currency, s.policy, as_of, *period};
  };
  out.diff.measures = kpi_measures(compute_kpi(b->records, heading(*b)), compute_kpi(a->records, heading(*a)));
  return out;
}

}  // namespace brm
