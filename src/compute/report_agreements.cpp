#include "brm/compute/report_agreements.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "brm/compute/report_figures.hpp"

namespace brm {

std::set<Kind> agreements_kinds() { return {Kind::customer, Kind::agreement, Kind::service}; }

std::string_view standing_name(Standing s) {
  static constexpr std::array<std::string_view, 5> names = {"in force", "upcoming", "lapsed", "draft", "terminated"};
  return names[static_cast<std::size_t>(s)];
}

namespace {

Standing standing_of(const Agreement& a, Date day) {
  if (a.status == AgreementStatus::draft) return Standing::draft;
  if (a.status == AgreementStatus::terminated) return Standing::terminated;
  if (a.from > day) return Standing::upcoming;
  if (a.until < day) return Standing::lapsed;
  return Standing::in_force;
}

}  // namespace

RegisterRow register_row(const Agreement& a, const Records& data, Date as_of) {
  RegisterRow row;
  row.agreement = a;
  const auto* c = data.customer(a.customer);
  row.customer_name = c ? c->name : a.customer;
  for (const auto& s : a.services) row.service_names.push_back(data.service_name(s.service));
  row.standing = standing_of(a, as_of);
  row.written = written_on(a, as_of);
  if (const auto times = payments_per_year(a.period); times && a.amount) row.per_year = *a.amount * *times;
  return row;
}

std::vector<CurrencyTotal> currency_totals(const std::vector<RegisterRow>& rows) {
  std::map<std::string, CurrencyTotal> by_currency;
  for (const auto& r : rows) {
    if (r.standing != Standing::in_force || !r.agreement.amount) continue;
    auto& t = by_currency[r.agreement.currency];
    t.currency = r.agreement.currency;
    if (r.per_year) {
      t.per_year += *r.per_year;
      ++t.recurring;
    } else if (r.agreement.period == FinancingPeriod::once) {
      t.once += *r.agreement.amount;
      ++t.one_off;
    }
  }
  std::vector<CurrencyTotal> out;
  out.reserve(by_currency.size());
  for (auto& [currency, total] : by_currency) out.push_back(total);
  return out;
}

AgreementRegister compute_agreements(const Records& data, const ReportHeading& heading) {
  AgreementRegister r{heading, {}, {}};
  r.rows.reserve(data.agreements.size());
  for (const auto& a : data.agreements) r.rows.push_back(register_row(a, data, heading.as_of));
  std::sort(r.rows.begin(), r.rows.end(), [](const RegisterRow& a, const RegisterRow& b) {
    return std::tie(a.customer_name, a.agreement.customer, a.agreement.from, a.agreement.id) <
           std::tie(b.customer_name, b.agreement.customer, b.agreement.from, b.agreement.id);
  });
  r.totals = currency_totals(r.rows);
  return r;
}

}  // namespace brm
