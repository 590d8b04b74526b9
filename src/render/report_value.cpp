#include "brm/render/report_layouts.hpp"

namespace brm {
namespace {

// Overloads by the value's type, so that std::visit picks each kind's own function.
ReportDoc layout_of(const CustomerDirectory& v) { return layout_customers(v); }
ReportDoc layout_of(const AgreementRegister& v) { return layout_agreements(v); }
ReportDoc layout_of(const Kpi& v) { return layout_kpi(v); }
ReportDoc layout_of(const ComplaintReport& v) { return layout_complaints(v); }
ReportDoc layout_of(const SatisfactionReport& v) { return layout_satisfaction(v); }
ReportDoc layout_of(const DeliveryReport& v) { return layout_delivery(v); }
ReportDoc layout_of(const CustomerPage& v) { return layout_customer_page(v); }

void json_of(const CustomerDirectory& v, std::ostream& out) { render_customers_json(v, out); }
void json_of(const AgreementRegister& v, std::ostream& out) { render_agreements_json(v, out); }
void json_of(const Kpi& v, std::ostream& out) { render_kpi_json(v, out); }
void json_of(const ComplaintReport& v, std::ostream& out) { render_complaints_json(v, out); }
void json_of(const SatisfactionReport& v, std::ostream& out) { render_satisfaction_json(v, out); }
void json_of(const DeliveryReport& v, std::ostream& out) { render_delivery_json(v, out); }
void json_of(const CustomerPage& v, std::ostream& out) { render_customer_page_json(v, out); }

}  // namespace

ReportDoc layout_report(const ReportValue& v) {
  return std::visit([](const auto& value) { return layout_of(value); }, v);
}

void render_report_json(const ReportValue& v, std::ostream& out) {
  std::visit([&](const auto& value) { json_of(value, out); }, v);
}

}  // namespace brm
