#include "brm/compute/report.hpp"

#include <array>

namespace brm {
namespace {

/// One row per kind, in the order of the enum: the records it reads and how it is
/// computed (nullptr: the customer report, which needs a customer).
struct KindRow {
  std::set<Kind> (*kinds)();
  ReportValue (*compute)(const Records&, const ReportHeading&);
};

template <auto compute>
ReportValue whole(const Records& data, const ReportHeading& heading) {
  return compute(data, heading);
}

DeliveryReport every_delivery(const Records& data, const ReportHeading& heading) {
  return compute_delivery(data, heading);
}

constexpr std::array<KindRow, EnumNames<ReportKind>::names.size()> rows = {{
    {customers_kinds, whole<compute_customers>},
    {agreements_kinds, whole<compute_agreements>},
    {kpi_kinds, whole<compute_kpi>},
    {complaints_kinds, whole<compute_complaints>},
    {satisfaction_kinds, whole<compute_satisfaction>},
    {delivery_kinds, whole<every_delivery>},
    {record_kinds, nullptr},
}};

}  // namespace

std::set<Kind> kinds_read_by(ReportKind kind) { return rows[static_cast<std::size_t>(kind)].kinds(); }

ReportValue compute_report(ReportKind kind, const Records& data, const ReportHeading& heading) {
  return rows[static_cast<std::size_t>(kind)].compute(data, heading);
}

}  // namespace brm
