#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brm/render/report_layouts.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

std::string date_or_empty(const std::optional<Date>& d) { return d ? d->str() : ""; }

Section customer_section(const CustomerPage& p) {
  const auto& c = p.customer;
  Fields f;
  f.add("Customer id", c.id);
  if (!c.parent.empty()) f.add("Part of", p.parent_name.empty() ? c.parent : p.parent_name + " (" + c.parent + ")");
  if (!p.below.empty()) {
    std::vector<std::string> names;
    for (const auto& [id, name] : p.below) names.push_back(fmt::format("{} ({})", name, id));
    f.add("Customers below", fmt::format("{}", fmt::join(names, ", ")));
  }
  f.add("Customer (mandate holder)",
        c.customer.title.empty() ? c.customer.name : c.customer.name + ", " + c.customer.title);
  if (!c.customer.email.empty()) f.add("E-mail", c.customer.email);
  if (!c.customer.phone.empty()) f.add("Phone", c.customer.phone);
  if (!c.description.empty()) f.add("Business", c.description);
  if (!c.it_usage.empty()) f.add("Use of IT", c.it_usage);
  return {"Customer", {std::move(f)}};
}

Section team_section(const CustomerPage& p) {
  const auto& c = p.customer;
  Fields f;
  f.add("Relationship manager", c.relationship_manager.empty() ? "none named" : c.relationship_manager);
  f.add("Delivery manager", c.delivery_manager.empty() ? "none named" : c.delivery_manager);
  if (!c.service_owners.empty()) f.add("Service owners", fmt::format("{}", fmt::join(c.service_owners, ", ")));
  Table t{{{"purchaser", "Purchaser"}, {"business_line", "Business line"}, {"email", "E-mail"}, {"phone", "Phone"}},
          {}};
  for (const auto& x : c.purchasers) t.rows.push_back({x.name, x.business_line, x.email, x.phone});
  return {"Customer team and purchasers",
          {std::move(f), NamedTable{"purchasers", std::move(t), "No purchasers.", "Purchasers"}}};
}

NamedTable measurements(const CustomerPage& p) {
  const auto& k = p.kpi;
  const auto& h = p.heading;
  const auto on = "on " + h.as_of.str(), in = rf::period(h.period);
  report_parts::FigureRows rows;
  rows.value("Designated IT contact (relationship manager)", rf::yes_no(k.relationship_manager), on);
  rows.share("Purchasers with a designated contact", k.purchasers, on);
  rows.value("Written agreement", rf::yes_no(k.written_agreement), on);
  rows.value("Survey responses", rf::count(k.satisfaction.responses), in);
  rows.value("Mean satisfaction score", rf::number(k.satisfaction.all.now.value(), 2), in);
  rows.value("Change from the previous period", rf::change(k.satisfaction.all.change()),
             "against " + rf::period(p.previous));
  rows.value("Complaints received", rf::count(k.complaints.received), in);
  rows.value("Mean days to resolve", rf::number(k.complaints.mean_days, 1), in);
  rows.value("Open complaints", rf::count(k.complaints.open), on);
  rows.value("Overdue complaints", rf::count(k.complaints.overdue), on);
  rows.share("Agreed service levels met, per level and period", k.delivery, in);
  return {"measurements", std::move(rows.table), ""};
}

Section agreements_section(const CustomerPage& p) {
  Table t{{{"agreement", "Agreement"},
           {"title", "Title"},
           {"standing", "Standing"},
           {"valid_from", "Valid from"},
           {"valid_until", "Valid until"},
           {"signed", "Signed"},
           {"financing", "Financing"},
           {"per_year", "Per year", true}},
          {}};
  for (const auto& row : p.agreements) {
    const auto& a = row.agreement;
    const auto amount = a.amount ? rf::amount(*a.amount).text : a.amount_text;
    t.rows.push_back({a.id, a.title, std::string(standing_name(row.standing)), rf::date(a.from), rf::date(a.until),
                      a.signed_by.empty() ? "" : a.signed_by + " " + date_or_empty(a.signed_on),
                      a.period == FinancingPeriod::once
                          ? fmt::format("{} {} once", amount, a.currency)
                          : fmt::format("{} {} per {}", amount, a.currency, text_of(a.period)),
                      row.per_year ? fmt::format("{} {}", rf::amount(*row.per_year).text, a.currency) : ""});
  }
  Section s{"Agreements and service levels",
            {Paragraph{fmt::format("Standing on {}.", p.heading.as_of.str())},
             NamedTable{"agreements", std::move(t), "No agreements.", "Agreements"},
             report_parts::levels_table(p.agreements, false)}};
  if (!p.customer.budget.empty()) {
    Table b{{{"year", "Year"}, {"amount", "IT budget", true}, {"currency", "Currency"}}, {}};
    for (const auto& x : p.customer.budget)
      b.rows.push_back({x.year, x.amount ? rf::amount(*x.amount) : Cell(x.amount_text), x.currency});
    s.blocks.push_back(NamedTable{"budget", std::move(b), "", "IT budget per year"});
  }
  return s;
}

Section plans_section(const CustomerPage& p) {
  Table t{{{"plan", "Plan"},
           {"title", "Title"},
           {"type", "Type"},
           {"status", "Status"},
           {"start", "Start"},
           {"due", "Due"},
           {"progress", "Progress", true},
           {"reviewed", "Last reviewed"}},
          {}};
  for (const auto& x : p.customer.plans)
    t.rows.push_back({x.id, x.title, text_of(x.type), text_of(x.status), rf::date(x.start), rf::date(x.due),
                      x.progress.empty() ? "" : x.progress + "%", rf::date(x.reviewed)});
  Table r{{{"requirement", "Requirement"}, {"title", "Title"}, {"status", "Status"}, {"raised", "Raised"}}, {}};
  for (const auto& x : p.customer.requirements)
    r.rows.push_back({x.id, x.title, text_of(x.status), rf::date(x.raised)});
  return {"Plans and requirements",
          {NamedTable{"plans", std::move(t), "No plans recorded.", "Plans"},
           NamedTable{"requirements", std::move(r), "No requirements recorded.", "Requirements"}}};
}

}  // namespace

ReportDoc layout_customer_page(const CustomerPage& p) {
  const auto& h = p.heading;
  ReportDoc doc{fmt::format("{}: customer overview", p.customer.name), {}, {}};
  doc.lead.push_back(fmt::format("{}. As of {}; period {}, compared with {}.", h.organization, h.as_of.str(),
                                 rf::period(h.period), rf::period(p.previous)));
  doc.sections.push_back(customer_section(p));
  doc.sections.push_back({"Measurements", {measurements(p)}});
  doc.sections.push_back(team_section(p));
  doc.sections.push_back(agreements_section(p));
  doc.sections.push_back(report_parts::delivery_section(p));
  doc.sections.push_back(plans_section(p));
  doc.sections.push_back(
      {"Complaints",
       {Paragraph{fmt::format("Open on {} first, then those received in {}.", h.as_of.str(), rf::period(h.period))},
        report_parts::complaints_table(p.complaints, false),
        report_parts::complaints_chart(p.complaints_per_month,
                                       "Complaints received per month, " + rf::period(h.period))}});
  doc.sections.push_back(report_parts::meetings_section(p));
  doc.sections.push_back(report_parts::survey_section(p));
  doc.sections.push_back(report_parts::improvements_section(p));
  doc.main_table = "measurements";
  return doc;
}

}  // namespace brm
