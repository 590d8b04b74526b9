#include <algorithm>
#include <tuple>

#include "brm/compute/agenda.hpp"
#include "brm/model/text.hpp"
#include "brm/yaml/document.hpp"

namespace brm {
namespace {

using yaml::Document;
using yaml::Node;

std::string field(const Document& d, const Node& map, std::string_view key) { return one_line(d.find_text(map, key)); }

std::optional<Date> date_field(const Document& d, const Node& map, std::string_view key) {
  return Date::parse(d.find_text(map, key));
}

Source source_of(const Record& r, const Node& n, std::string entry = {}) {
  return {r.kind, r.id, std::move(entry), r.path, n.pos};
}

/// Calls fn(record, document, root) for every readable record of `kind` about `customer`.
template <class Fn>
void each_of_customer(const Workspace& ws, Kind kind, std::string_view customer, Fn&& fn) {
  for (const auto& r : ws.of_kind(kind)) {
    if (!r.doc || !r.doc->root()) continue;
    const Node& root = *r.doc->root();
    if (r.doc->find_text(root, "customer") == customer) fn(r, *r.doc, root);
  }
}

/// Calls fn(entry) for every mapping in the list under `key`; anything else is skipped
/// (the checks report it).
template <class Fn>
void each_entry(const Document& d, const Node& map, std::string_view key, Fn&& fn) {
  const Node* list = d.find(map, key);
  if (!list || list->type != yaml::NodeType::sequence) return;
  for (std::size_t i = 0; i < d.size(*list); ++i)
    if (const Node& entry = d.item(*list, i); entry.type == yaml::NodeType::mapping) fn(entry);
}

const Record* readable(const Workspace& ws, Kind kind, std::string_view id) {
  for (const auto& r : ws.of_kind(kind))
    if (r.id == id && r.doc && r.doc->root()) return &r;
  return nullptr;
}

/// Undated entries go last; equal dates fall back to the id, then the entry.
bool earlier(const std::optional<Date>& a, const Source& sa, const std::optional<Date>& b, const Source& sb) {
  return std::tuple(!a, a.value_or(Date()), sa.id, sa.entry) < std::tuple(!b, b.value_or(Date()), sb.id, sb.entry);
}

/// The status on `day`: the last history entry up to that day, or the status field when
/// nothing in the history is later than the day. Also notes when it was last escalated.
std::string status_on(const Document& d, const Node& root, Date day, std::optional<Date>& escalated) {
  std::string status = "open";
  bool changed_later = false;
  each_entry(d, root, "history", [&](const Node& entry) {
    const auto when = date_field(d, entry, "date");
    if (!when) return;
    if (*when > day) {
      changed_later = true;
      return;
    }
    status = field(d, entry, "status");
    if (status == "escalated") escalated = *when;
  });
  return changed_later ? status : field(d, root, "status");
}

std::string level_text(const Document& d, const Node& level) {
  auto text = field(d, level, "metric");
  const auto target = field(d, level, "target"), unit = field(d, level, "unit");
  if (!target.empty()) text += (text.empty() ? "" : " ") + target;
  if (!unit.empty()) text += (unit == "%" ? "" : " ") + unit;
  return text;
}

AgreementInfo agreement_info(const Workspace& ws, const Record& r, const Document& d, const Node& root, Date from,
                             Date until) {
  AgreementInfo a{source_of(r, root), field(d, root, "title"), field(d, root, "status"), from, until, {}};
  each_entry(d, root, "services", [&](const Node& entry) {
    AgreedService s{field(d, entry, "service"), {}, {}};
    const Record* service = readable(ws, Kind::service, s.service);
    s.name = service ? field(*service->doc, *service->doc->root(), "name") : std::string();
    if (s.name.empty()) s.name = s.service;
    each_entry(d, entry, "levels", [&](const Node& level) { s.levels.push_back(level_text(d, level)); });
    a.services.push_back(std::move(s));
  });
  return a;
}

void sort_by_end(std::vector<AgreementInfo>& list) {
  std::sort(list.begin(), list.end(), [](const AgreementInfo& a, const AgreementInfo& b) {
    return std::tie(a.until, a.source.id) < std::tie(b.until, b.source.id);
  });
}

/// A later active agreement takes over, so the one ending needs no renewal talk.
bool has_successor(const AgreementState& state, const AgreementInfo& a) {
  auto follows = [&](const AgreementInfo& b) { return b.from > a.from && b.until > a.until; };
  return std::any_of(state.in_force.begin(), state.in_force.end(), follows) ||
         std::any_of(state.upcoming.begin(), state.upcoming.end(), follows);
}

}  // namespace

std::optional<MeetingType> parse_meeting_type(std::string_view text) {
  if (text == "planning") return MeetingType::planning;
  if (text == "follow-up") return MeetingType::follow_up;
  if (text == "steering") return MeetingType::steering;
  if (text == "escalation") return MeetingType::escalation;
  return std::nullopt;
}

std::vector<OpenComplaint> open_complaints(const Workspace& ws, std::string_view customer, Date day) {
  std::vector<OpenComplaint> out;
  each_of_customer(ws, Kind::complaint, customer, [&](const Record& r, const Document& d, const Node& root) {
    const auto received = date_field(d, root, "received");
    if (!received || *received > day) return;
    std::optional<Date> escalated;
    auto status = status_on(d, root, day, escalated);
    if (status == "resolved" || status == "rejected") return;
    if (status != "escalated") escalated.reset();
    out.push_back({source_of(r, root), field(d, root, "summary"), field(d, root, "severity"), std::move(status),
                   *received, day - *received, escalated});
  });
  std::sort(out.begin(), out.end(), [](const OpenComplaint& a, const OpenComplaint& b) {
    return earlier(a.received, a.source, b.received, b.source);
  });
  return out;
}

std::vector<OpenAction> open_actions(const Workspace& ws, std::string_view customer, Date day) {
  std::vector<OpenAction> out;
  each_of_customer(ws, Kind::meeting, customer, [&](const Record& r, const Document& d, const Node& root) {
    const auto held = date_field(d, root, "date");
    if (!held || *held >= day) return;
    each_entry(d, root, "actions", [&](const Node& entry) {
      if (d.find_text(entry, "status") == "done") return;
      const auto due = date_field(d, entry, "due");
      const long overdue = due && *due < day ? day - *due : 0;
      out.push_back({source_of(r, entry), *held, field(d, entry, "what"), field(d, entry, "owner"), due, overdue});
    });
  });
  std::stable_sort(out.begin(), out.end(), [](const OpenAction& a, const OpenAction& b) {
    return std::tie(a.meeting_date, a.source.id) < std::tie(b.meeting_date, b.source.id);
  });
  return out;
}

std::vector<DuePlanItem> plan_items_due(const Workspace& ws, std::string_view customer, Date day, long within_days) {
  std::vector<DuePlanItem> out;
  const Record* r = readable(ws, Kind::customer, customer);
  if (!r) return out;
  const Document& d = *r->doc;
  each_entry(d, *d.root(), "plans", [&](const Node& plan) {
    const auto status = field(d, plan, "status");
    const auto due = date_field(d, plan, "due");
    if (status == "done" || status == "cancelled" || !due || *due - day > within_days) return;
    out.push_back({source_of(*r, plan, field(d, plan, "id")), field(d, plan, "title"), status,
                   field(d, plan, "progress"), *due, *due - day});
  });
  std::sort(out.begin(), out.end(),
            [](const DuePlanItem& a, const DuePlanItem& b) { return earlier(a.due, a.source, b.due, b.source); });
  return out;
}

std::vector<PendingItem> new_requirements(const Workspace& ws, std::string_view customer) {
  std::vector<PendingItem> out;
  const Record* r = readable(ws, Kind::customer, customer);
  if (!r) return out;
  const Document& d = *r->doc;
  each_entry(d, *d.root(), "requirements", [&](const Node& req) {
    if (d.find_text(req, "status") != "new") return;
    out.push_back(
        {source_of(*r, req, field(d, req, "id")), field(d, req, "title"), "new", date_field(d, req, "raised")});
  });
  std::sort(out.begin(), out.end(),
            [](const PendingItem& a, const PendingItem& b) { return earlier(a.since, a.source, b.since, b.source); });
  return out;
}

std::vector<PendingItem> pending_improvements(const Workspace& ws, std::string_view customer) {
  std::vector<PendingItem> out;
  each_of_customer(ws, Kind::improvement, customer, [&](const Record& r, const Document& d, const Node& root) {
    auto status = field(d, root, "status");
    if (status != "proposed" && status != "approved") return;
    out.push_back({source_of(r, root), field(d, root, "title"), std::move(status), date_field(d, root, "proposed")});
  });
  std::sort(out.begin(), out.end(),
            [](const PendingItem& a, const PendingItem& b) { return earlier(a.since, a.source, b.since, b.source); });
  return out;
}

AgreementState agreements_on(const Workspace& ws, std::string_view customer, Date day) {
  AgreementState state;
  each_of_customer(ws, Kind::agreement, customer, [&](const Record& r, const Document& d, const Node& root) {
    const auto from = date_field(d, root, "valid_from"), until = date_field(d, root, "valid_until");
    const auto status = d.find_text(root, "status");
    if (!from || !until || (status != "active" && status != "draft")) return;
    auto info = agreement_info(ws, r, d, root, *from, *until);
    if (status == "draft")
      state.drafts.push_back(std::move(info));
    else if (*from > day)
      state.upcoming.push_back(std::move(info));
    else if (*until < day)
      state.lapsed.push_back(std::move(info));
    else
      state.in_force.push_back(std::move(info));
  });
  for (auto* list : {&state.in_force, &state.upcoming, &state.lapsed, &state.drafts}) sort_by_end(*list);
  return state;
}

std::vector<AgreementInfo> agreements_ending(const AgreementState& state, Date day, long notice_days) {
  std::vector<AgreementInfo> out;
  for (const auto& a : state.in_force)
    if (a.until - day <= notice_days && !has_successor(state, a)) out.push_back(a);
  return out;
}

std::vector<SurveyResult> surveys_until(const Workspace& ws, std::string_view customer, Date day) {
  std::vector<SurveyResult> out;
  each_of_customer(ws, Kind::survey, customer, [&](const Record& r, const Document& d, const Node& root) {
    const auto date = date_field(d, root, "date");
    if (!date || *date > day) return;
    SurveyResult s{source_of(r, root), {}, *date, {}};
    if (const Node* who = d.find(root, "respondent")) s.respondent = field(d, *who, "name");
    const Node* scores = d.find(root, "scores");
    if (scores && scores->type == yaml::NodeType::mapping)
      for (std::size_t i = 0; i < d.size(*scores); ++i)
        if (const Node& k = d.key(*scores, i), &v = d.value(*scores, i);
            k.type == yaml::NodeType::scalar && v.type == yaml::NodeType::scalar)
          s.scores.emplace_back(one_line(d.text(k)), one_line(d.text(v)));
    out.push_back(std::move(s));
  });
  std::sort(out.begin(), out.end(), [](const SurveyResult& a, const SurveyResult& b) {
    return std::tie(a.date, a.source.id) < std::tie(b.date, b.source.id);
  });
  return out;
}

}  // namespace brm
