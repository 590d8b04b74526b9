#include "brm/compute/report_kpi.hpp"

#include <algorithm>
#include <tuple>

#include "brm/compute/customer_records.hpp"
#include "brm/compute/report_delivery.hpp"
#include "brm/util/locale_format.hpp"
#include "brm/util/parallel.hpp"

namespace brm {

std::set<Kind> kpi_kinds() { return {Kind::customer, Kind::agreement, Kind::complaint, Kind::survey, Kind::delivery}; }

CustomerKpi customer_kpi(const Customer& c, const std::vector<const Agreement*>& agreements,
                         const std::vector<const Complaint*>& complaints, const std::vector<const Survey*>& surveys,
                         const ReportHeading& heading) {
  CustomerKpi k;
  k.id = c.id, k.name = c.name;
  k.relationship_manager = !c.relationship_manager.empty();
  k.purchasers = purchasers_with_contact(c);
  k.written_agreement = std::any_of(agreements.begin(), agreements.end(),
                                    [&](const Agreement* a) { return written_on(*a, heading.as_of); });
  SatisfactionTally satisfaction(heading.period);
  for (const auto* s : surveys) satisfaction.add(*s);
  k.satisfaction = satisfaction.figures();
  ComplaintTally tally(heading.period, heading.as_of, heading.policy);
  for (const auto* x : complaints) tally.add(*x);
  k.complaints = tally.figures();
  return k;
}

Kpi compute_kpi(const Records& data, const ReportHeading& heading) {
  Kpi k;
  k.heading = heading;
  k.previous = heading.period.preceding();
  const auto records = records_by_customer(data);  // in the order of data.customers
  k.customers.resize(data.customers.size());
  parallel_for(data.customers.size(), [&](std::size_t i, unsigned) {
    const auto& r = records[i];
    k.customers[i] = customer_kpi(*r.customer, r.agreements, r.complaints, r.surveys, heading);
    k.customers[i].delivery = level_periods_met(r, heading.period);
  });
  std::sort(k.customers.begin(), k.customers.end(),
            [](const CustomerKpi& a, const CustomerKpi& b) { return name_less(a.name, a.id, b.name, b.id); });

  for (const auto& c : k.customers) k.delivery.count += c.delivery.count, k.delivery.of += c.delivery.of;
  k.contacts = contact_figures(data.customers);
  k.written_agreements.of = static_cast<long>(k.customers.size());
  for (const auto& c : k.customers) k.written_agreements.count += c.written_agreement ? 1 : 0;

  // The totals count every complaint and response that passed validation, also those of
  // a customer whose own file was left out.
  SatisfactionTally satisfaction(heading.period);
  for (const auto& s : data.surveys) satisfaction.add(s);
  k.satisfaction = satisfaction.figures();
  ComplaintTally tally(heading.period, heading.as_of, heading.policy);
  for (const auto& c : data.complaints) tally.add(c);
  k.complaints = tally.figures();

  k.complaints_per_month = complaints_per_month(all_of(data.complaints), heading.period);
  k.satisfaction_per_quarter = satisfaction_per_quarter(all_of(data.surveys), {k.previous.from, heading.period.to});
  return k;
}

}  // namespace brm
