#include <string>

#include "brm/checks/check.hpp"
#include "rules.hpp"

namespace brm {
namespace {

using yaml::Document;
using yaml::Node;

template <typename T>
void read_number(const Document& doc, const Node* n, T& into) {
  if (!n || n->type != yaml::NodeType::scalar) return;
  const auto k = doc.kind(*n);
  if (k != yaml::ScalarKind::integer && k != yaml::ScalarKind::floating) return;
  try {
    into = static_cast<T>(std::stod(std::string(doc.text(*n))));
  } catch (const std::exception&) {
  }
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
  read_number(doc, at(doc, root, {"policy", "meeting_interval_days"}), p.meeting_interval_days);
  read_number(doc, at(doc, root, {"policy", "complaint_response_days"}), p.complaint_response_days);
  read_number(doc, at(doc, root, {"policy", "agreement_notice_days"}), p.agreement_notice_days);
  read_number(doc, at(doc, root, {"policy", "survey_interval_days"}), p.survey_interval_days);
  read_number(doc, at(doc, root, {"policy", "plan_review_days"}), p.plan_review_days);
  if (const Node* scale = at(doc, root, {"policy", "survey_scale"});
      scale && scale->type == yaml::NodeType::sequence && doc.size(*scale) == 2) {
    read_number(doc, &doc.item(*scale, 0), p.survey_min);
    read_number(doc, &doc.item(*scale, 1), p.survey_max);
  }
  return s;
}

}  // namespace brm
