#include <thread>

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

Diagnostics check_workspace(const Workspace& ws, const CheckContext& ctx) {
  Diagnostics out;
  std::vector<RefSite> refs;
  check_fields(ws.config, ctx, out, refs);
  check_scale(ws.config, ctx.settings.policy, out);

  const unsigned slots = std::max(1u, std::thread::hardware_concurrency());
  std::vector<Diagnostics> found(slots);
  std::vector<std::vector<RefSite>> sites(slots);
  parallel_for(ws.records.size(), [&](std::size_t i, unsigned w) {
    check_fields(ws.records[i], ctx, found[w], sites[w]);
    check_record_rules(ws.records[i], ctx, found[w]);
  });
  for (unsigned w = 0; w < slots; ++w) {
    out.insert(out.end(), found[w].begin(), found[w].end());
    refs.insert(refs.end(), sites[w].begin(), sites[w].end());
  }

  const Index index = build_index(ws, out);
  check_references(refs, index, out);
  check_hierarchy(ws, index, out);
  check_agreement_links(ws, index, out);
  return out;
}

}  // namespace brm
