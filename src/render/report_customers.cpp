#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brm/render/json_text.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/util/i18n.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

std::string named(const std::string& name, const std::string& id) { return fmt::format("{} ({})", name, id); }

/// "Anna Berg, CFO"
std::string person(const Contact& c) { return c.title.empty() ? c.name : c.name + ", " + c.title; }

NamedTable contacts(const CustomerDirectory& d) {
  const auto on = trf("on {}", d.heading.as_of.str());
  report_parts::FigureRows rows;
  rows.share(tr("Customers and purchasers with a designated IT contact"), d.contacts.both, on);
  rows.share(tr("Customers with a relationship manager"), d.contacts.customers, on);
  rows.share(tr("Purchasers whose customer has a delivery manager"), d.contacts.purchasers, on);
  return {"contacts", std::move(rows.table), ""};
}

Outline hierarchy(const CustomerDirectory& d) {
  Outline o;
  for (const auto& e : d.entries)
    o.items.emplace_back(
        e.depth, linked(fmt::format("{}: {}", named(e.customer.name, e.customer.id), person(e.customer.customer)),
                        Kind::customer, e.customer.id));
  return o;
}

NamedTable customers(const CustomerDirectory& d) {
  Table t{{{"customer", tr("Customer")},
           {"id", tr("Id")},
           {"parent", tr("Part of")},
           {"mandate_holder", tr("Customer (mandate holder)")},
           {"title", trc("person", "Title")},
           {"email", tr("E-mail")},
           {"phone", tr("Phone")}},
          {}};
  for (const auto& e : d.entries) {
    const auto& c = e.customer;
    t.rows.push_back({linked(c.name, Kind::customer, c.id), c.id,
                      c.parent.empty() ? Cell(e.parent_name) : linked(e.parent_name, Kind::customer, c.parent),
                      c.customer.name, c.customer.title, c.customer.email, c.customer.phone});
  }
  return {"customers", std::move(t), tr("No customers.")};
}

NamedTable teams(const CustomerDirectory& d) {
  Table t{{{"customer", tr("Customer")},
           {"id", tr("Id")},
           {"relationship_manager", tr("Relationship manager")},
           {"delivery_manager", tr("Delivery manager")},
           {"service_owners", tr("Service owners")},
           {"designated_contact", tr("Designated contact")}},
          {}};
  for (const auto& e : d.entries) {
    const auto& c = e.customer;
    t.rows.push_back({linked(c.name, Kind::customer, c.id), c.id, c.relationship_manager, c.delivery_manager,
                      fmt::format("{}", fmt::join(c.service_owners, ", ")),
                      rf::yes_no(!c.relationship_manager.empty())});
  }
  return {"teams", std::move(t), tr("No customers.")};
}

NamedTable purchasers(const CustomerDirectory& d) {
  Table t{{{"customer", tr("Customer")},
           {"id", tr("Id")},
           {"purchaser", tr("Purchaser")},
           {"business_line", tr("Business line")},
           {"email", tr("E-mail")},
           {"phone", tr("Phone")},
           {"it_contact", tr("IT contact (delivery manager)")}},
          {}};
  for (const auto& e : d.entries)
    for (const auto& p : e.customer.purchasers)
      t.rows.push_back({linked(e.customer.name, Kind::customer, e.customer.id), e.customer.id, p.name, p.business_line,
                        p.email, p.phone,
                        e.customer.delivery_manager.empty() ? trc("person", "none") : e.customer.delivery_manager});
  return {"purchasers", std::move(t), tr("No purchasers.")};
}

}  // namespace

ReportDoc layout_customers(const CustomerDirectory& d) {
  ReportDoc doc{trf("Customers and purchasers: {}", d.heading.organization), {}, {}};
  doc.lead.push_back(trf("As of {}: {} customers and {} purchasers, as the customer files say on that day.",
                         d.heading.as_of.str(), d.contacts.customers.of, d.contacts.purchasers.of));
  doc.sections.push_back(section(tr("Designated IT contacts"), contacts(d)));
  doc.sections.push_back(section(tr("Hierarchy"),
                                 Paragraph{tr("Each customer is listed under the customer above it in the decision "
                                              "hierarchy, with the person who holds the mandate.")},
                                 hierarchy(d)));
  doc.sections.push_back(section(tr("Customers"), customers(d)));
  doc.sections.push_back(section(tr("Customer teams"), teams(d)));
  doc.sections.push_back(section(tr("Purchasers"), purchasers(d)));
  doc.main_table = "customers";
  return doc;
}

void render_customers_json(const CustomerDirectory& d, std::ostream& out) {
  using rf::json;
  json list = json::array();
  for (const auto& e : d.entries) {
    const auto& c = e.customer;
    json purchasers = json::array();
    for (const auto& p : c.purchasers)
      purchasers.push_back(
          {{"name", p.name}, {"business_line", p.business_line}, {"email", p.email}, {"phone", p.phone}});
    list.push_back({{"id", c.id},
                    {"name", c.name},
                    {"parent", c.parent.empty() ? json(nullptr) : json(c.parent)},
                    {"depth", e.depth},
                    {"customer",
                     {{"name", c.customer.name},
                      {"title", c.customer.title},
                      {"email", c.customer.email},
                      {"phone", c.customer.phone}}},
                    {"team",
                     {{"relationship_manager", c.relationship_manager},
                      {"delivery_manager", c.delivery_manager},
                      {"service_owners", c.service_owners}}},
                    {"designated_contact", !c.relationship_manager.empty()},
                    {"purchasers", std::move(purchasers)}});
  }
  json doc = rf::heading_json("customers", d.heading);
  doc["contacts"] = {{"as_of", d.heading.as_of.str()},
                     {"customers_and_purchasers", rf::share_json(d.contacts.both)},
                     {"customers", rf::share_json(d.contacts.customers)},
                     {"purchasers", rf::share_json(d.contacts.purchasers)}};
  doc["customers"] = std::move(list);
  out << json_text(doc) << '\n';
}

}  // namespace brm
