#include "brm/compute/review.hpp"

#include <algorithm>
#include <array>
#include <tuple>

#include "brm/compute/customer_records.hpp"
#include "brm/util/parallel.hpp"

namespace brm {

int CustomerSummary::total(Urgency u) const {
  int n = 0;
  for (const auto& per_area : counts) n += per_area[static_cast<std::size_t>(u)];
  return n;
}

namespace {

CustomerSummary summarize(const Customer& customer, const std::vector<Finding>& findings) {
  CustomerSummary s{customer.id, customer.name, {}};
  for (const auto& f : findings) ++s.counts[static_cast<std::size_t>(f.area)][static_cast<std::size_t>(f.urgency)];
  return s;
}

bool more_pressing(const Finding& a, const Finding& b) {
  const auto da = a.date.value_or(Date::from_days(0)), db = b.date.value_or(Date::from_days(0));
  return std::tie(a.urgency, a.area, da, a.text) < std::tie(b.urgency, b.area, db, b.text);
}

}  // namespace

Review compute_review(const Records& data, const Settings& settings, Date as_of, const ReviewOptions& options) {
  Review review{as_of, options.within_days, options.missed_periods, settings.policy, {}, {}};
  auto all = records_by_customer(data);
  std::vector<const CustomerRecords*> chosen;
  for (const auto& c : all)
    if (options.customers.empty() || options.customers.count(c.id)) chosen.push_back(&c);
  std::vector<std::pair<CustomerSummary, std::vector<Finding>>> per_customer(chosen.size());
  std::vector<CustomerSummary> totals(chosen.size());
  parallel_for(chosen.size(), [&](std::size_t i, unsigned) {
    const CustomerRecords& c = *chosen[i];
    auto findings = review_customer(c, settings.policy, as_of, options.within_days, options.missed_periods);
    totals[i] = summarize(*c.customer, findings);
    if (options.only) std::erase_if(findings, [&](const Finding& f) { return f.urgency != *options.only; });
    std::sort(findings.begin(), findings.end(), more_pressing);
    per_customer[i] = {summarize(*c.customer, findings), std::move(findings)};
  });
  std::sort(per_customer.begin(), per_customer.end(), [](const auto& a, const auto& b) {
    const int oa = a.first.total(Urgency::overdue), ob = b.first.total(Urgency::overdue);
    return oa != ob ? oa > ob : std::tie(a.first.name, a.first.id) < std::tie(b.first.name, b.first.id);
  });
  for (const auto& t : totals)
    for (std::size_t u = 0; u < urgency_count; ++u) review.totals[u] += t.total(static_cast<Urgency>(u));
  for (auto& [summary, findings] : per_customer) {
    // With --only, a customer with nothing of that kind has nothing to show.
    if (options.only && findings.empty()) continue;
    review.customers.push_back(summary);
    std::move(findings.begin(), findings.end(), std::back_inserter(review.findings));
  }
  return review;
}

}  // namespace brm
