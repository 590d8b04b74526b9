#include <fmt/format.h>

#include "brm/workspace/loader.hpp"
#include "rules.hpp"

namespace brm {
namespace {

using yaml::Node;

void check_scale(const Record& config, const Policy& p, Diagnostics& out) {
  const Node* scale = config.doc ? at(*config.doc, *config.doc->root(), {"policy", "survey_scale"}) : nullptr;
  if (scale && p.survey_min >= p.survey_max)
    out.push_back({config.path, scale->pos, Severity::error, "out-of-range",
                   "'policy.survey_scale' must be [min, max] with min below max"});
}

}  // namespace

WorkspaceChecker::WorkspaceChecker(const CheckContext& ctx, unsigned workers)
    : ctx_(ctx), found_(workers), sites_(workers) {}

WorkspaceChecker::~WorkspaceChecker() = default;

void WorkspaceChecker::check_record(const Record& r, unsigned worker) {
  check_fields(r, ctx_, found_[worker], sites_[worker]);
  check_record_rules(r, ctx_, found_[worker]);
}

Diagnostics WorkspaceChecker::finish(const Workspace& ws) {
  Diagnostics out;
  std::vector<RefSite> refs;
  check_fields(ws.config, ctx_, out, refs);
  check_scale(ws.config, ctx_.settings.policy, out);
  for (std::size_t w = 0; w < found_.size(); ++w) {
    out.insert(out.end(), found_[w].begin(), found_[w].end());
    refs.insert(refs.end(), sites_[w].begin(), sites_[w].end());
  }
  const Index index = build_index(ws, out);
  check_references(refs, index, out);
  check_hierarchy(ws, index, out);
  check_agreement_links(ws, index, out);
  return out;
}

Diagnostics check_workspace(const Workspace& ws, const CheckContext& ctx) {
  WorkspaceChecker checker(ctx, worker_count());
  parallel_for(ws.records.size(), [&](std::size_t i, unsigned w) { checker.check_record(ws.records[i], w); });
  return checker.finish(ws);
}

}  // namespace brm
