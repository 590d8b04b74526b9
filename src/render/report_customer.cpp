#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brm/compute/words.hpp"
#include "brm/model/text.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/util/i18n.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

std::string date_or_empty(const std::optional<Date>& d) { return d ? d->str() : ""; }

/// "120,000 SEK per year": the amount of a recurring financing period.
std::string financing_text(const std::string& amount, const std::string& currency,
                           const std::optional<FinancingPeriod>& period) {
  if (period == FinancingPeriod::year) return trf("{} {} per year", amount, currency);
  if (period == FinancingPeriod::quarter) return trf("{} {} per quarter", amount, currency);
  if (period == FinancingPeriod::month) return trf("{} {} per month", amount, currency);
  // No period written: the record's own (empty) text.
  return trf("{} {} per {}", amount, currency, text_of(period));
}

Section customer_section(const CustomerPage& p) {
  const auto& c = p.customer;
  Fields f;
  f.add(tr("Customer id"), c.id);
  if (!c.parent.empty())
    f.add(tr("Part of"), linked(p.parent_name.empty() ? c.parent : fmt::format("{} ({})", p.parent_name, c.parent),
                                Kind::customer, c.parent));
  if (!p.below.empty()) {
    std::vector<Cell> names;
    for (const auto& [id, name] : p.below)
      names.push_back(linked(fmt::format("{} ({})", name, id), Kind::customer, id));
    f.add(tr("Customers below"), std::move(names));
  }
  f.add(tr("Customer (mandate holder)"),
        c.customer.title.empty() ? c.customer.name : c.customer.name + ", " + c.customer.title);
  if (!c.customer.email.empty()) f.add(tr("E-mail"), c.customer.email);
  if (!c.customer.phone.empty()) f.add(tr("Phone"), c.customer.phone);
  // A field of the page is one paragraph; the JSON report keeps the text's lines.
  if (!c.description.empty()) f.add(tr("Business"), one_line(c.description));
  if (!c.it_usage.empty()) f.add(tr("Use of IT"), one_line(c.it_usage));
  return section(tr("Customer"), std::move(f));
}

Section team_section(const CustomerPage& p) {
  const auto& c = p.customer;
  Fields f;
  f.add(tr("Relationship manager"), c.relationship_manager.empty() ? tr("none named") : c.relationship_manager);
  f.add(tr("Delivery manager"), c.delivery_manager.empty() ? tr("none named") : c.delivery_manager);
  if (!c.service_owners.empty()) f.add(tr("Service owners"), fmt::format("{}", fmt::join(c.service_owners, ", ")));
  Table t{{{"purchaser", tr("Purchaser")},
           {"business_line", tr("Business line")},
           {"email", tr("E-mail")},
           {"phone", tr("Phone")}},
          {}};
  for (const auto& x : c.purchasers) t.rows.push_back({x.name, x.business_line, x.email, x.phone});
  return section(tr("Customer team and purchasers"), std::move(f),
                 NamedTable{"purchasers", std::move(t), tr("No purchasers."), tr("Purchasers")});
}

NamedTable measurements(const CustomerPage& p) {
  const auto& k = p.kpi;
  const auto& h = p.heading;
  const auto on = trf("on {}", h.as_of.str()), in = rf::period(h.period);
  report_parts::FigureRows rows;
  rows.value(tr("Designated IT contact (relationship manager)"), rf::yes_no(k.relationship_manager), on);
  rows.share(tr("Purchasers with a designated contact"), k.purchasers, on);
  rows.value(tr("Written agreement"), rf::yes_no(k.written_agreement), on);
  rows.value(tr("Survey responses"), rf::count(k.satisfaction.responses), in);
  rows.value(tr("Mean satisfaction score"), rf::number(k.satisfaction.all.now.value(), 2), in);
  rows.value(tr("Change from the previous period"), rf::change(k.satisfaction.all.change()),
             trf("against {}", rf::period(p.previous)));
  rows.value(tr("Complaints received"), rf::count(k.complaints.received), in);
  rows.value(tr("Mean days to resolve"), rf::number(k.complaints.mean_days, 1), in);
  rows.value(tr("Open complaints"), rf::count(k.complaints.open), on);
  rows.value(tr("Overdue complaints"), rf::count(k.complaints.overdue), on);
  rows.share(tr("Agreed service levels met, per level and period"), k.delivery, in);
  return {"measurements", std::move(rows.table), ""};
}

Section agreements_section(const CustomerPage& p) {
  Table t{{{"agreement", tr("Agreement")},
           {"title", tr("Title")},
           {"standing", tr("Standing")},
           {"valid_from", tr("Valid from")},
           {"valid_until", tr("Valid until")},
           {"signed", tr("Signed")},
           {"financing", tr("Financing")},
           {"per_year", tr("Per year"), true}},
          {}};
  for (const auto& row : p.agreements) {
    const auto& a = row.agreement;
    const auto amount = a.amount ? rf::amount(*a.amount).text : a.amount_text;
    t.rows.push_back({linked(a.id, Kind::agreement, a.id), a.title, word(row.standing), rf::date(a.from),
                      rf::date(a.until), a.signed_by.empty() ? "" : a.signed_by + " " + date_or_empty(a.signed_on),
                      a.period == FinancingPeriod::once ? trf("{} {} once", amount, a.currency)
                                                        : financing_text(amount, a.currency, a.period),
                      row.per_year ? fmt::format("{} {}", rf::amount(*row.per_year).text, a.currency) : ""});
  }
  t.key_column = 0;
  Section s = section(tr("Agreements and service levels"), Paragraph{trf("Standing on {}.", p.heading.as_of.str())},
                      NamedTable{"agreements", std::move(t), tr("No agreements."), tr("Agreements")},
                      report_parts::levels_table(p.agreements, false));
  if (!p.customer.budget.empty()) {
    Table b{{{"year", tr("Year")}, {"amount", tr("IT budget"), true}, {"currency", tr("Currency")}}, {}};
    for (const auto& x : p.customer.budget)
      b.rows.push_back({x.year, x.amount ? rf::amount(*x.amount) : Cell(x.amount_text), x.currency});
    s.blocks.push_back(NamedTable{"budget", std::move(b), "", tr("IT budget per year")});
  }
  return s;
}

Section plans_section(const CustomerPage& p) {
  Table t{{{"plan", tr("Plan")},
           {"title", tr("Title")},
           {"type", tr("Type")},
           {"status", tr("Status")},
           {"start", tr("Start")},
           {"due", tr("Due")},
           {"progress", tr("Progress"), true},
           {"reviewed", tr("Last reviewed")}},
          {}};
  for (const auto& x : p.customer.plans)
    t.rows.push_back({x.id, x.title, text_of(x.type), text_of(x.status), rf::date(x.start), rf::date(x.due),
                      x.progress.empty() ? "" : x.progress + "%", rf::date(x.reviewed)});
  Table r{
      {{"requirement", tr("Requirement")}, {"title", tr("Title")}, {"status", tr("Status")}, {"raised", tr("Raised")}},
      {}};
  for (const auto& x : p.customer.requirements)
    r.rows.push_back({x.id, x.title, text_of(x.status), rf::date(x.raised)});
  return section(tr("Plans and requirements"), NamedTable{"plans", std::move(t), tr("No plans recorded."), tr("Plans")},
                 NamedTable{"requirements", std::move(r), tr("No requirements recorded."), tr("Requirements")});
}

}  // namespace

std::vector<Ref> customer_page_places(const CustomerPage& p) {
  std::vector<Ref> out;
  for (const auto& row : p.agreements) out.push_back(ref_to(Kind::agreement, row.agreement.id));
  for (const auto& c : p.complaints) out.push_back(ref_to(Kind::complaint, c.id));
  for (const auto* list : {&p.meetings, &p.planned})
    for (const auto& m : *list) out.push_back(ref_to(Kind::meeting, m.id));
  for (const auto& s : p.surveys) out.push_back(ref_to(Kind::survey, s.survey.id));
  for (const auto& i : p.improvements) out.push_back(ref_to(Kind::improvement, i.id));
  return out;
}

ReportDoc layout_customer_page(const CustomerPage& p) {
  const auto& h = p.heading;
  ReportDoc doc{trf("{}: customer overview", p.customer.name), {}, {}};
  doc.lead.push_back(trf("{}. As of {}; period {}, compared with {}.", h.organization, h.as_of.str(),
                         rf::period(h.period), rf::period(p.previous)));
  doc.sections.push_back(customer_section(p));
  doc.sections.push_back(section(tr("Measurements"), measurements(p)));
  doc.sections.push_back(team_section(p));
  doc.sections.push_back(agreements_section(p));
  doc.sections.push_back(report_parts::delivery_section(p));
  doc.sections.push_back(plans_section(p));
  doc.sections.push_back(
      section(tr("Complaints"),
              Paragraph{trf("Open on {} first, then those received in {}.", h.as_of.str(), rf::period(h.period))},
              report_parts::complaints_table(p.complaints, false),
              report_parts::complaints_chart(p.complaints_per_month,
                                             trf("Complaints received per month, {}", rf::period(h.period)))));
  doc.sections.push_back(report_parts::meetings_section(p));
  doc.sections.push_back(report_parts::survey_section(p));
  doc.sections.push_back(report_parts::improvements_section(p));
  doc.main_table = "measurements";
  return doc;
}

}  // namespace brm
