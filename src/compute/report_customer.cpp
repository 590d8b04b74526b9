#include "brm/compute/report_customer.hpp"

#include <algorithm>
#include <tuple>

#include "brm/compute/customer_records.hpp"

namespace brm {

namespace {

/// Current agreements first: what the meeting talks about.
int agreement_order(Standing s) {
  switch (s) {
    case Standing::in_force:
      return 0;
    case Standing::upcoming:
      return 1;
    case Standing::draft:
      return 2;
    case Standing::lapsed:
      return 3;
    case Standing::terminated:
      return 4;
  }
  return 5;
}

bool improvement_open(const Improvement& i) {
  return i.status != ImprovementStatus::done && i.status != ImprovementStatus::rejected;
}

void add_meetings(CustomerPage& p, const std::vector<const Meeting*>& meetings) {
  const Date day = p.heading.as_of;
  std::vector<const Meeting*> held;
  for (const auto* m : meetings) {
    MeetingRow row{m->id, text_of(m->type), m->date, m->decisions, 0};
    for (const auto& a : m->actions) {
      if (a.status == ActionStatus::done || m->date >= day) continue;
      ++row.open_actions;
      const long late = a.due && *a.due < day ? day - *a.due : 0;
      p.open_actions.push_back({m->id, m->date, a, late});
    }
    (m->date <= day ? p.meetings : p.planned).push_back(std::move(row));
  }
  auto by_date = [](const MeetingRow& a, const MeetingRow& b) {
    return std::tie(a.date, a.id) < std::tie(b.date, b.id);
  };
  std::sort(p.planned.begin(), p.planned.end(), by_date);
  std::sort(p.meetings.begin(), p.meetings.end(), [&](const auto& a, const auto& b) { return by_date(b, a); });
  if (p.meetings.size() > customer_page_meetings) p.meetings.resize(customer_page_meetings);
  std::stable_sort(p.open_actions.begin(), p.open_actions.end(), [](const OpenActionRow& a, const OpenActionRow& b) {
    return std::tie(a.meeting_date, a.meeting) < std::tie(b.meeting_date, b.meeting);
  });
}

void add_surveys(CustomerPage& p, const std::vector<const Survey*>& surveys) {
  for (const auto* s : surveys) {
    if (!p.heading.period.contains(s->date) && !p.previous.contains(s->date)) continue;
    Mean mean;
    for (const auto& score : s->scores)
      if (score.value) mean.add(*score.value);
    p.surveys.push_back({*s, mean.value()});
  }
  std::sort(p.surveys.begin(), p.surveys.end(), [](const SurveyRow& a, const SurveyRow& b) {
    return std::tie(b.survey.date, b.survey.id) < std::tie(a.survey.date, a.survey.id);
  });
}

void add_improvements(CustomerPage& p, const std::vector<const Improvement*>& list) {
  for (const auto* i : list) p.improvements.push_back(*i);
  std::sort(p.improvements.begin(), p.improvements.end(), [](const Improvement& a, const Improvement& b) {
    const auto da = a.proposed.value_or(Date::from_days(0)), db = b.proposed.value_or(Date::from_days(0));
    return std::tuple(!improvement_open(a), da, a.id) < std::tuple(!improvement_open(b), db, b.id);
  });
}

}  // namespace

std::optional<CustomerPage> compute_customer_page(const Records& data, const ReportHeading& heading,
                                                  const std::string& id) {
  const auto* c = data.customer(id);
  if (!c) return std::nullopt;
  std::vector<std::pair<std::string, std::string>> below;
  for (const auto& [child, parent] : customers_below(data, customer_hierarchy(data), id))
    below.emplace_back(child->id, child->name);
  const auto* parent = data.customer(c->parent);
  return compute_customer_page(records_of(data, id), heading, parent ? parent->name : "", std::move(below));
}

CustomerPage compute_customer_page(const CustomerRecords& records, const ReportHeading& heading,
                                   std::string parent_name, std::vector<std::pair<std::string, std::string>> below) {
  const auto& data = *records.data;
  const auto* c = records.customer;
  CustomerPage p;
  p.heading = heading;
  p.previous = heading.period.preceding();
  p.customer = *c;
  p.parent_name = std::move(parent_name);
  p.below = std::move(below);

  const auto& agreements = records.agreements;
  const auto& complaints = records.complaints;
  const auto& surveys = records.surveys;
  p.kpi = customer_kpi(*c, agreements, complaints, surveys, heading);
  p.kpi.delivery = level_periods_met(records, heading.period);
  p.delivery = delivery_levels(records, heading);
  for (const auto* a : agreements) p.agreements.push_back(register_row(*a, data, heading.as_of));
  std::sort(p.agreements.begin(), p.agreements.end(), [](const RegisterRow& a, const RegisterRow& b) {
    return std::tuple(agreement_order(a.standing), a.agreement.from, a.agreement.id) <
           std::tuple(agreement_order(b.standing), b.agreement.from, b.agreement.id);
  });
  for (const auto* x : complaints)
    if (listed(*x, heading)) p.complaints.push_back(complaint_row(*x, data, heading));
  std::sort(p.complaints.begin(), p.complaints.end(), [](const ComplaintRow& a, const ComplaintRow& b) {
    return std::tuple(!a.open, a.received, a.id) < std::tuple(!b.open, b.received, b.id);
  });
  add_meetings(p, records.meetings);
  add_surveys(p, surveys);
  add_improvements(p, records.improvements);
  p.satisfaction_per_quarter = satisfaction_per_quarter(surveys, {p.previous.from, heading.period.to});
  p.complaints_per_month = complaints_per_month(complaints, heading.period);
  return p;
}

}  // namespace brm
