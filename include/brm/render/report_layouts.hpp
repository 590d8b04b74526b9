#pragma once
#include <ostream>

#include "brm/compute/report.hpp"
#include "brm/render/report_doc.hpp"

namespace brm {

// Each report kind twice: laid out for reading (text, Markdown, HTML, CSV all render
// the ReportDoc), and as a versioned JSON document with numbers as numbers
// (docs/json.md). Neither computes a figure: they only format the value.

ReportDoc layout_kpi(const Kpi& k);
void render_kpi_json(const Kpi& k, std::ostream& out);

ReportDoc layout_customer_page(const CustomerPage& p);
/// The records the customer page has a row for, which a site links to (the rows its
/// layout keys by record, without laying it out: a site of thousands of customers
/// needs them for every page, and lays out only the pages it writes).
std::vector<Ref> customer_page_places(const CustomerPage& p);
void render_customer_page_json(const CustomerPage& p, std::ostream& out);

ReportDoc layout_agreements(const AgreementRegister& r);
/// The agreements the register has a row for (a site's places).
std::vector<Ref> agreements_places(const AgreementRegister& r);
void render_agreements_json(const AgreementRegister& r, std::ostream& out);

ReportDoc layout_customers(const CustomerDirectory& d);
void render_customers_json(const CustomerDirectory& d, std::ostream& out);

ReportDoc layout_complaints(const ComplaintReport& r);
/// The complaints the report lists one per row (a site's places).
std::vector<Ref> complaints_places(const ComplaintReport& r);
void render_complaints_json(const ComplaintReport& r, std::ostream& out);

ReportDoc layout_satisfaction(const SatisfactionReport& r);
void render_satisfaction_json(const SatisfactionReport& r, std::ostream& out);
ReportDoc layout_delivery(const DeliveryReport& r);
void render_delivery_json(const DeliveryReport& r, std::ostream& out);

/// Any report, laid out as its kind is.
ReportDoc layout_report(const ReportValue& v);
/// Any report as its kind's JSON document.
void render_report_json(const ReportValue& v, std::ostream& out);

}  // namespace brm
