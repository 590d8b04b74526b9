#include <fmt/format.h>

#include <iterator>

#include "brm/util/i18n.hpp"
#include "brm/util/parallel.hpp"
#include "brm/workspace/loader.hpp"
#include "brm/yaml/reader.hpp"
#include "delivery_rules.hpp"
#include "rules.hpp"

namespace brm {
namespace {

using yaml::Node;

void check_scale(const Record& config, const Policy& p, Diagnostics& out) {
  const Node* scale = config.doc ? at(*config.doc, *config.doc->root(), {"policy", "survey_scale"}) : nullptr;
  if (scale && p.survey_min >= p.survey_max)
    out.push_back({config.path, scale->pos, Severity::error, "out-of-range",
                   tr("'policy.survey_scale' must be [min, max] with min below max")});
}

void check_config_rules(const Record& config, const CheckContext& ctx, Diagnostics& out) {
  std::vector<RefSite> refs;
  check_fields(config, ctx, out, refs);
  check_scale(config, ctx.settings.policy, out);
}

}  // namespace

Diagnostics check_config(const Workspace& ws, const CheckContext& ctx) {
  Diagnostics out;
  for (const auto& d : ws.diagnostics)
    if (d.path == ws.config.path) out.push_back(d);
  check_config_rules(ws.config, ctx, out);
  return out;
}

WorkspaceChecker::WorkspaceChecker(const CheckContext& ctx, unsigned workers)
    : ctx_(ctx), found_(workers), sites_(workers), deliveries_(workers) {}

WorkspaceChecker::~WorkspaceChecker() = default;

bool WorkspaceChecker::needs_document(Kind k) {
  return k == Kind::customer || k == Kind::agreement || k == Kind::service;
}

void WorkspaceChecker::listed(const Workspace& ws) { index_ = std::make_unique<Index>(build_index(ws, early_)); }

void WorkspaceChecker::check_record(const Record& r, unsigned worker) {
  auto& sites = sites_[worker];
  sites.clear();
  const bool bounded = check_fields(r, ctx_, found_[worker], sites);
  check_references(sites, *index_, found_[worker]);
  if (!bounded) return;
  check_record_rules(r, ctx_, found_[worker]);
  if (r.kind != Kind::delivery || !r.doc) return;
  deliveries_[worker].push_back(delivery_facts(r));
  check_delivery_record(deliveries_[worker].back(), ctx_, found_[worker]);
}

Diagnostics WorkspaceChecker::finish(const Workspace& ws) {
  Diagnostics out = std::move(early_);
  check_config_rules(ws.config, ctx_, out);
  for (auto& f : found_) out.insert(out.end(), f.begin(), f.end());
  check_hierarchy(ws, *index_, out);
  check_agreement_links(ws, *index_, out);
  std::vector<DeliveryFacts> deliveries;
  for (auto& list : deliveries_) std::move(list.begin(), list.end(), std::back_inserter(deliveries));
  check_deliveries(deliveries, *index_, out);
  return out;
}

Diagnostics check_workspace(const Workspace& ws, const CheckContext& ctx) {
  WorkspaceChecker checker(ctx, worker_count());
  checker.listed(ws);
  parallel_for(ws.records.size(), [&](std::size_t i, unsigned w) { checker.check_record(ws.records[i], w); });
  return checker.finish(ws);
}

NewRecordChecker::NewRecordChecker(const Workspace& ws, const CheckContext& ctx) : ctx_(ctx) {
  Diagnostics elsewhere;  // duplicate ids in the workspace are not the new record's problem
  index_ = std::make_unique<Index>(build_index(ws, elsewhere));
}

NewRecordChecker::~NewRecordChecker() = default;

Diagnostics NewRecordChecker::check(Kind kind, const std::string& path, const std::string& text) const {
  Diagnostics out;
  const auto name = path.substr(path.rfind('/') + 1);
  Record r{kind, name.substr(0, name.rfind('.')), path, std::nullopt};
  r.doc = yaml::read_document(text, path, out);
  r.parsed = r.doc.has_value();
  if (!r.doc) return out;
  std::vector<RefSite> refs;
  const bool bounded = check_fields(r, ctx_, out, refs);
  check_references(refs, *index_, out);
  if (!bounded) return out;
  check_record_rules(r, ctx_, out);
  if (kind == Kind::delivery) {
    std::vector<DeliveryFacts> one{delivery_facts(r)};
    check_delivery_record(one.front(), ctx_, out);
    check_deliveries(one, *index_, out);
  }
  return out;
}

Diagnostics check_new_record(const Workspace& ws, const CheckContext& ctx, Kind kind, const std::string& path,
                             const std::string& text) {
  return NewRecordChecker(ws, ctx).check(kind, path, text);
}

}  // namespace brm
