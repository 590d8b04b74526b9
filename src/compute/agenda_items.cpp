#include <algorithm>
#include <tuple>

#include "brm/compute/agenda.hpp"
#include "brm/compute/report_common.hpp"

namespace brm {
namespace {

/// A finding about a whole record points at the record's first line.
template <class T>
Source source_of(Kind kind, const T& facts) {
  return {kind, facts.id, {}, facts.origin.path, facts.origin.pos};
}

/// A finding about an entry of the customer's file (a plan item, a requirement).
template <class T>
Source entry_of(const Customer& c, const T& entry) {
  return {Kind::customer, c.id, entry.id, c.origin.path, entry.pos};
}

/// Undated entries go last; equal dates fall back to the id, then the entry.
bool earlier(const std::optional<Date>& a, const Source& sa, const std::optional<Date>& b, const Source& sb) {
  return std::tuple(!a, a.value_or(Date()), sa.id, sa.entry) < std::tuple(!b, b.value_or(Date()), sb.id, sb.entry);
}

std::string level_text(const ServiceLevel& l) {
  auto text = l.metric;
  if (!l.target.empty()) text += (text.empty() ? "" : " ") + l.target;
  if (!l.unit.empty()) text += (l.unit == "%" ? "" : " ") + l.unit;
  return text;
}

AgreementInfo agreement_info(const CustomerRecords& c, const Agreement& a) {
  AgreementInfo info{source_of(Kind::agreement, a), a.title, a.status, a.from, a.until, {}};
  for (const auto& agreed : a.services) {
    AgreedService s{agreed.service, c.data ? c.data->service_name(agreed.service) : agreed.service, {}};
    for (const auto& level : agreed.levels) s.levels.push_back(level_text(level));
    info.services.push_back(std::move(s));
  }
  return info;
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

std::vector<OpenComplaint> open_complaints(const CustomerRecords& c, Date day) {
  std::vector<OpenComplaint> out;
  for (const auto* complaint : c.complaints) {
    if (!open_on(*complaint, day)) continue;
    out.push_back({source_of(Kind::complaint, *complaint), complaint->summary, complaint->severity,
                   status_on(*complaint, day), complaint->received, status_since(*complaint, day),
                   day - complaint->received});
  }
  std::sort(out.begin(), out.end(), [](const OpenComplaint& a, const OpenComplaint& b) {
    return earlier(a.received, a.source, b.received, b.source);
  });
  return out;
}

std::vector<OpenAction> open_actions(const CustomerRecords& c, Date day) {
  std::vector<OpenAction> out;
  for (const auto* m : c.meetings) {
    if (m->date >= day) continue;
    for (const auto& a : m->actions) {
      if (a.status == ActionStatus::done) continue;
      const long overdue = a.due && *a.due < day ? day - *a.due : 0;
      Source where{Kind::meeting, m->id, {}, m->origin.path, a.pos};
      out.push_back({std::move(where), m->date, a.what, a.owner, a.due, overdue});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const OpenAction& a, const OpenAction& b) {
    return std::tie(a.meeting_date, a.source.id) < std::tie(b.meeting_date, b.source.id);
  });
  return out;
}

std::vector<DuePlanItem> plan_items_due(const CustomerRecords& c, Date day, long within_days) {
  std::vector<DuePlanItem> out;
  if (!c.customer) return out;
  for (const auto& plan : c.customer->plans) {
    if (plan.status == PlanStatus::done || plan.status == PlanStatus::cancelled || !plan.due ||
        *plan.due - day > within_days)
      continue;
    out.push_back({entry_of(*c.customer, plan), plan.title, plan.status, plan.progress, *plan.due, *plan.due - day});
  }
  std::sort(out.begin(), out.end(),
            [](const DuePlanItem& a, const DuePlanItem& b) { return earlier(a.due, a.source, b.due, b.source); });
  return out;
}

std::vector<PendingItem> new_requirements(const CustomerRecords& c) {
  std::vector<PendingItem> out;
  if (!c.customer) return out;
  for (const auto& req : c.customer->requirements)
    if (req.status == RequirementStatus::new_)
      out.push_back({entry_of(*c.customer, req), req.title, "new", req.raised});
  std::sort(out.begin(), out.end(),
            [](const PendingItem& a, const PendingItem& b) { return earlier(a.since, a.source, b.since, b.source); });
  return out;
}

std::vector<PendingItem> pending_improvements(const CustomerRecords& c) {
  std::vector<PendingItem> out;
  for (const auto* i : c.improvements)
    if (i->status == ImprovementStatus::proposed || i->status == ImprovementStatus::approved)
      out.push_back({source_of(Kind::improvement, *i), i->title, std::string(name_of(i->status)), i->proposed});
  std::sort(out.begin(), out.end(),
            [](const PendingItem& a, const PendingItem& b) { return earlier(a.since, a.source, b.since, b.source); });
  return out;
}

AgreementState agreements_on(const CustomerRecords& c, Date day) {
  AgreementState state;
  for (const auto* a : c.agreements) {
    if (a->status == AgreementStatus::terminated) continue;
    auto info = agreement_info(c, *a);
    if (a->status == AgreementStatus::draft)
      state.drafts.push_back(std::move(info));
    else if (a->from > day)
      state.upcoming.push_back(std::move(info));
    else if (a->until < day)
      state.lapsed.push_back(std::move(info));
    else
      state.in_force.push_back(std::move(info));
  }
  for (auto* list : {&state.in_force, &state.upcoming, &state.lapsed, &state.drafts}) sort_by_end(*list);
  return state;
}

std::vector<AgreementInfo> agreements_ending_within(const AgreementState& state, Date day, long days) {
  std::vector<AgreementInfo> out;
  for (const auto& a : state.in_force)
    if (a.until - day <= days && !has_successor(state, a)) out.push_back(a);
  return out;
}

std::vector<AgreementInfo> agreements_ending(const AgreementState& state, Date day, const Policy& policy) {
  // In force, so not ended: within the notice period is in_renewal_window.
  return agreements_ending_within(state, day, policy.agreement_notice_days);
}

std::vector<SurveyResult> surveys_until(const CustomerRecords& c, Date day) {
  std::vector<SurveyResult> out;
  for (const auto* survey : c.surveys) {
    if (survey->date > day) continue;
    SurveyResult s{source_of(Kind::survey, *survey), survey->respondent, survey->date, {}, {}};
    Mean mean;
    for (const auto& score : survey->scores) {
      s.scores.emplace_back(score.dimension, score.written);
      if (score.value) mean.add(*score.value);
    }
    s.mean = mean.value();
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const SurveyResult& a, const SurveyResult& b) {
    return std::tie(a.date, a.source.id) < std::tie(b.date, b.source.id);
  });
  return out;
}

}  // namespace brm
