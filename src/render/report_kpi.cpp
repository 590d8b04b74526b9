#include <fmt/format.h>

#include "brm/render/json_text.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/util/i18n.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

NamedTable summary(const Kpi& k) {
  const auto on = trf("on {}", k.heading.as_of.str());
  const auto in = rf::period(k.heading.period);
  const auto days = k.heading.policy.complaint_response_days;
  report_parts::FigureRows s;
  s.share(tr("Customers and purchasers with a designated IT contact"), k.contacts.both, on);
  s.share(tr("Customers with a relationship manager"), k.contacts.customers, on);
  s.share(tr("Purchasers whose customer has a delivery manager"), k.contacts.purchasers, on);
  s.share(tr("Customers with a written agreement"), k.written_agreements, on);
  s.value(tr("Survey responses"), rf::count(k.satisfaction.responses), in);
  s.value(tr("Mean satisfaction score, all dimensions"), rf::number(k.satisfaction.all.now.value(), 2), in);
  s.value(tr("Change from the previous period"), rf::change(k.satisfaction.all.change()),
          trf("against {}", rf::period(k.previous)));
  s.value(tr("Complaints received"), rf::count(k.complaints.received), in);
  s.value(tr("Complaints resolved or rejected"), rf::count(k.complaints.resolved), in);
  s.value(tr("Mean days to resolve"), rf::number(k.complaints.mean_days, 1), in);
  s.value(tr("Median days to resolve"), rf::number(k.complaints.median_days, 1), in);
  s.value(tr("Open complaints"), rf::count(k.complaints.open), on);
  s.value(
      trnf("Overdue complaints (open more than {} days)", "Overdue complaints (open more than {} days)", days, days),
      rf::count(k.complaints.overdue), on);
  s.share(tr("Agreed service levels met, per level and period"), k.delivery, in);
  return {"summary", std::move(s.table), ""};
}

NamedTable per_customer(const Kpi& k) {
  Table t{{{"customer", tr("Customer")},
           {"id", tr("Id")},
           {"relationship_manager", tr("Relationship manager")},
           {"purchasers_with_contact", tr("Purchasers with contact"), true},
           {"written_agreement", tr("Written agreement")},
           {"responses", tr("Responses"), true},
           {"satisfaction", tr("Satisfaction"), true},
           {"change", tr("Change"), true},
           {"received", tr("Complaints received"), true},
           {"open", tr("Open"), true},
           {"overdue", tr("Overdue"), true},
           {"mean_days", tr("Mean days to resolve"), true},
           {"levels_met", tr("Levels met"), true}},
          {}};
  for (const auto& c : k.customers)
    t.rows.push_back({linked(c.name, Kind::customer, c.id), c.id, rf::yes_no(c.relationship_manager),
                      rf::count_of(c.purchasers), rf::yes_no(c.written_agreement), rf::count(c.satisfaction.responses),
                      rf::number(c.satisfaction.all.now.value(), 2), rf::change(c.satisfaction.all.change()),
                      rf::count(c.complaints.received), rf::count(c.complaints.open), rf::count(c.complaints.overdue),
                      rf::number(c.complaints.mean_days, 1), rf::percent(c.delivery)});
  return {"customers", std::move(t), tr("No customers.")};
}

}  // namespace

ReportDoc layout_kpi(const Kpi& k) {
  const auto& h = k.heading;
  ReportDoc doc{trf("Process measurements: {}", h.organization), {}, {}};
  doc.lead.push_back(trnf("As of {}. Period {} ({} days); the satisfaction trend compares it with {}.",
                          "As of {}. Period {} ({} days); the satisfaction trend compares it with {}.", h.period.days(),
                          h.as_of.str(), rf::period(h.period), h.period.days(), rf::period(k.previous)));
  doc.sections.push_back(section(tr("Summary"), summary(k)));
  doc.sections.push_back(section(
      tr("Satisfaction per dimension"),
      Paragraph{trf("Mean scores in {} against {} (scale {} to {}).", rf::period(h.period), rf::period(k.previous),
                    rf::number(h.policy.survey_min, 0).text, rf::number(h.policy.survey_max, 0).text)},
      report_parts::dimensions_table(k.satisfaction),
      report_parts::satisfaction_chart(
          k.satisfaction_per_quarter, h.policy,
          trf("Mean satisfaction score per quarter, {}", rf::period({k.previous.from, h.period.to})))));
  doc.sections.push_back(section(
      tr("Complaints"), report_parts::complaints_chart(
                            k.complaints_per_month, trf("Complaints received per month, {}", rf::period(h.period)))));
  doc.sections.push_back(
      section(tr("Per customer"),
              Paragraph{trf("Contacts, written agreements, open and overdue complaints on {}; survey responses, "
                            "satisfaction and complaints received and resolved in {}; change against {}.",
                            h.as_of.str(), rf::period(h.period), rf::period(k.previous))},
              per_customer(k)));
  doc.main_table = "summary";
  return doc;
}

void render_kpi_json(const Kpi& k, std::ostream& out) {
  using rf::json;
  json customers = json::array();
  for (const auto& c : k.customers)
    customers.push_back({{"id", c.id},
                         {"name", c.name},
                         {"relationship_manager", c.relationship_manager},
                         {"purchasers_with_contact", rf::share_json(c.purchasers)},
                         {"written_agreement", c.written_agreement},
                         {"satisfaction", rf::satisfaction_json(c.satisfaction)},
                         {"complaints", rf::complaints_json(c.complaints)},
                         {"delivery", rf::share_json(c.delivery)}});
  json doc = rf::heading_json("kpi", k.heading);
  doc["previous_period"] = rf::period_json(k.previous);
  doc["complaint_response_days"] = k.heading.policy.complaint_response_days;
  doc["contacts"] = {{"as_of", k.heading.as_of.str()},
                     {"customers_and_purchasers", rf::share_json(k.contacts.both)},
                     {"customers", rf::share_json(k.contacts.customers)},
                     {"purchasers", rf::share_json(k.contacts.purchasers)}};
  doc["written_agreements"] = {{"as_of", k.heading.as_of.str()}, {"customers", rf::share_json(k.written_agreements)}};
  doc["satisfaction"] = rf::satisfaction_json(k.satisfaction);
  doc["complaints"] = rf::complaints_json(k.complaints);
  doc["delivery"] = {{"level_periods", rf::share_json(k.delivery)}};
  doc["customers"] = std::move(customers);
  doc["complaints_per_month"] = rf::series_json(k.complaints_per_month, 0);
  doc["satisfaction_per_quarter"] = rf::series_json(k.satisfaction_per_quarter, 2);
  out << json_text(doc) << '\n';
}

}  // namespace brm
