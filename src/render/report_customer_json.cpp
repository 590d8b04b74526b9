#include "brm/render/json_text.hpp"
#include "brm/render/report_layouts.hpp"
#include "report_format.hpp"

namespace brm {
namespace {

namespace rf = report_format;
using rf::json;

json date_json(const std::optional<Date>& d) { return d ? json(d->str()) : json(); }

json customer_json(const CustomerPage& p) {
  const auto& c = p.customer;
  json below = json::array(), purchasers = json::array(), budget = json::array();
  for (const auto& [id, name] : p.below) below.push_back({{"id", id}, {"name", name}});
  for (const auto& x : c.purchasers)
    purchasers.push_back(
        {{"name", x.name}, {"business_line", x.business_line}, {"email", x.email}, {"phone", x.phone}});
  for (const auto& b : c.budget)
    budget.push_back(
        {{"year", rf::number_or_text(b.year)}, {"amount", rf::amount_json(b.amount)}, {"currency", b.currency}});
  return {{"id", c.id},
          {"name", c.name},
          {"parent", c.parent.empty() ? json() : json(c.parent)},
          {"parent_name", p.parent_name.empty() ? json() : json(p.parent_name)},
          {"below", std::move(below)},
          {"customer",
           {{"name", c.customer.name},
            {"title", c.customer.title},
            {"email", c.customer.email},
            {"phone", c.customer.phone}}},
          {"business", {{"description", c.description}, {"it_usage", c.it_usage}}},
          {"team",
           {{"relationship_manager", c.relationship_manager},
            {"delivery_manager", c.delivery_manager},
            {"service_owners", c.service_owners}}},
          {"purchasers", std::move(purchasers)},
          {"budget", std::move(budget)}};
}

json plans_json(const Customer& c) {
  json out = json::array();
  for (const auto& x : c.plans)
    out.push_back({{"id", x.id},
                   {"title", x.title},
                   {"type", text_of(x.type)},
                   {"status", text_of(x.status)},
                   {"start", date_json(x.start)},
                   {"due", date_json(x.due)},
                   {"progress", rf::number_or_text(x.progress)},
                   {"reviewed", date_json(x.reviewed)}});
  return out;
}

json requirements_json(const Customer& c) {
  json out = json::array();
  for (const auto& x : c.requirements)
    out.push_back({{"id", x.id}, {"title", x.title}, {"status", text_of(x.status)}, {"raised", date_json(x.raised)}});
  return out;
}

json meetings_json(const std::vector<MeetingRow>& rows) {
  json out = json::array();
  for (const auto& m : rows)
    out.push_back({{"id", m.id},
                   {"date", m.date.str()},
                   {"type", m.type},
                   {"decisions", m.decisions},
                   {"open_actions", m.open_actions}});
  return out;
}

json actions_json(const std::vector<OpenActionRow>& rows) {
  json out = json::array();
  for (const auto& a : rows)
    out.push_back({{"meeting", a.meeting},
                   {"meeting_date", a.meeting_date.str()},
                   {"what", a.action.what},
                   {"owner", a.action.owner},
                   {"due", date_json(a.action.due)},
                   {"days_overdue", a.days_overdue}});
  return out;
}

json surveys_json(const std::vector<SurveyRow>& rows) {
  json out = json::array();
  for (const auto& s : rows) {
    json scores = json::object();
    for (const auto& score : s.survey.scores)
      if (score.value) scores[score.dimension] = rf::number_json(*score.value);
    out.push_back({{"id", s.survey.id},
                   {"date", s.survey.date.str()},
                   {"respondent", s.survey.respondent},
                   {"role", s.survey.role},
                   {"scores", std::move(scores)},
                   {"mean", rf::rounded(s.mean, 2)}});
  }
  return out;
}

json improvements_json(const std::vector<Improvement>& list) {
  json out = json::array();
  for (const auto& i : list)
    out.push_back({{"id", i.id},
                   {"title", i.title},
                   {"status", text_of(i.status)},
                   {"proposed", date_json(i.proposed)},
                   {"source", i.source}});
  return out;
}

}  // namespace

void render_customer_page_json(const CustomerPage& p, std::ostream& out) {
  json agreements = json::array(), complaints = json::array();
  for (const auto& row : p.agreements) agreements.push_back(rf::agreement_json(row));
  for (const auto& c : p.complaints) complaints.push_back(rf::complaint_json(c));
  json doc = rf::heading_json("customer", p.heading);
  doc["previous_period"] = rf::period_json(p.previous);
  doc["customer"] = customer_json(p);
  doc["measurements"] = {{"as_of", p.heading.as_of.str()},
                         {"relationship_manager", p.kpi.relationship_manager},
                         {"purchasers_with_contact", rf::share_json(p.kpi.purchasers)},
                         {"written_agreement", p.kpi.written_agreement},
                         {"satisfaction", rf::satisfaction_json(p.kpi.satisfaction)},
                         {"complaints", rf::complaints_json(p.kpi.complaints)},
                         {"delivery", rf::share_json(p.kpi.delivery)}};
  doc["agreements"] = std::move(agreements);
  doc["delivery"] = rf::delivery_levels_json(p.delivery);
  doc["plans"] = plans_json(p.customer);
  doc["requirements"] = requirements_json(p.customer);
  doc["complaints"] = std::move(complaints);
  doc["meetings"] = meetings_json(p.meetings);
  doc["planned_meetings"] = meetings_json(p.planned);
  doc["open_actions"] = actions_json(p.open_actions);
  doc["surveys"] = surveys_json(p.surveys);
  doc["improvements"] = improvements_json(p.improvements);
  doc["satisfaction_per_quarter"] = rf::series_json(p.satisfaction_per_quarter, 2);
  doc["complaints_per_month"] = rf::series_json(p.complaints_per_month, 0);
  out << json_text(doc) << '\n';
}

}  // namespace brm
