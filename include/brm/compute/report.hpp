#pragma once
#include <set>
#include <variant>

#include "brm/compute/report_agreements.hpp"
#include "brm/compute/report_complaints.hpp"
#include "brm/compute/report_customer.hpp"
#include "brm/compute/report_customers.hpp"
#include "brm/compute/report_delivery.hpp"
#include "brm/compute/report_kpi.hpp"
#include "brm/compute/report_satisfaction.hpp"
#include "brm/model/enums.hpp"

namespace brm {

/// The reports `brm report KIND` makes; `customer` is about one customer.
enum class ReportKind { customers, agreements, kpi, complaints, satisfaction, delivery, customer };
template <>
struct EnumNames<ReportKind> {
  static constexpr auto names =
      std::to_array<std::string_view>({"customers", "agreements", "kpi", "complaints", "satisfaction", "delivery",
                                       "customer"});
};

/// A report computed once, ready for any layout or format.
using ReportValue = std::variant<CustomerDirectory, AgreementRegister, Kpi, ComplaintReport, SatisfactionReport,
                                 DeliveryReport, CustomerPage>;

/// The kinds of records a report reads.
std::set<Kind> kinds_read_by(ReportKind kind);

/// A report of the whole workspace (every kind but `customer`).
ReportValue compute_report(ReportKind kind, const Records& data, const ReportHeading& heading);

}  // namespace brm
