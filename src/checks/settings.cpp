#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "brm/checks/check.hpp"
#include "rules.hpp"

namespace brm {
namespace {

using yaml::Document;
using yaml::Node;

// The range the record-kind description allows for a policy field, if it says one.
std::pair<double, double> allowed_range(std::string_view field) {
  double lo = std::numeric_limits<double>::lowest(), hi = std::numeric_limits<double>::max();
  if (const Field* policy = find_field(spec_of(Kind::config).shape, "policy"))
    if (const Field* f = find_field(policy->shape, field)) {
      if (f->shape.min) lo = *f->shape.min;
      if (f->shape.max) hi = *f->shape.max;
    }
  return {lo, hi};
}

// A value outside the allowed range (which validate reports) keeps the default: a
// policy of 10^28 days would overflow every date it is added to.
template <typename T>
void read_number(const Document& doc, const Node* n, T& into, std::pair<double, double> range) {
  const auto v = n ? doc.number(*n) : std::nullopt;
  if (!v) return;
  range.first = std::max(range.first, static_cast<double>(std::numeric_limits<T>::lowest()));
  range.second = std::min(range.second, static_cast<double>(std::numeric_limits<T>::max()));
  if (std::isfinite(*v) && *v >= range.first && *v <= range.second) into = static_cast<T>(*v);
}

template <typename T>
void read_policy(const Document& doc, const Node& root, std::string_view field, T& into) {
  read_number(doc, at(doc, root, {"policy", field}), into, allowed_range(field));
}

}  // namespace

Settings read_settings(const Record& config) {
  Settings s;
  if (!config.doc) return s;
  const Document& doc = *config.doc;
  const Node& root = *doc.root();
  s.organization = std::string(doc.find_text(root, "organization"));
  s.currency = std::string(doc.find_text(root, "currency"));
  auto& p = s.policy;
  read_policy(doc, root, "meeting_interval_days", p.meeting_interval_days);
  read_policy(doc, root, "complaint_response_days", p.complaint_response_days);
  read_policy(doc, root, "agreement_notice_days", p.agreement_notice_days);
  read_policy(doc, root, "survey_interval_days", p.survey_interval_days);
  read_policy(doc, root, "plan_review_days", p.plan_review_days);
  read_policy(doc, root, "delivery_report_days", p.delivery_report_days);
  read_policy(doc, root, "improvement_response_days", p.improvement_response_days);
  if (const Node* period = at(doc, root, {"policy", "delivery_period"});
      period && period->type == yaml::NodeType::scalar && doc.text(*period) == "quarter")
    p.delivery_period = PeriodLength::quarter;
  if (const Node* scale = at(doc, root, {"policy", "survey_scale"});
      scale && scale->type == yaml::NodeType::sequence && doc.size(*scale) == 2) {
    const std::pair<double, double> any(-1e15, 1e15);  // far beyond any survey scale, still exact
    read_number(doc, &doc.item(*scale, 0), p.survey_min, any);
    read_number(doc, &doc.item(*scale, 1), p.survey_max, any);
  }
  return s;
}

}  // namespace brm
