#include "brm/compute/report_satisfaction.hpp"

#include <algorithm>
#include <tuple>

#include "brm/util/locale_format.hpp"

namespace brm {

std::set<Kind> satisfaction_kinds() { return {Kind::customer, Kind::survey}; }

namespace {

/// The calendar years with responses up to `end` (the last cut at `end`), the most
/// recent `satisfaction_years` of them, oldest first.
std::vector<Period> years_with_responses(const std::vector<Survey>& surveys, Date end) {
  std::set<int> years;
  for (const auto& s : surveys)
    if (s.date <= end) years.insert(s.date.year());
  std::vector<Period> out;
  out.reserve(years.size());
  for (int y : years) out.push_back({Date::from_ymd(y, 1, 1), std::min(Date::from_ymd(y, 12, 31), end)});
  if (out.size() > satisfaction_years) out.erase(out.begin(), out.end() - static_cast<long>(satisfaction_years));
  return out;
}

/// Adds every score of `s` to the mean of the year it falls in.
void add_to_year(const Survey& s, const std::vector<Period>& years, std::vector<Mean>& means) {
  for (std::size_t i = 0; i < years.size(); ++i)
    if (years[i].contains(s.date))
      for (const auto& score : s.scores)
        if (score.value) means[i].add(*score.value);
}

}  // namespace

SatisfactionReport compute_satisfaction(const Records& data, const ReportHeading& heading) {
  SatisfactionReport r;
  r.heading = heading;
  r.previous = heading.period.preceding();
  r.years = years_with_responses(data.surveys, heading.period.to);
  r.all_by_year.resize(r.years.size());
  SatisfactionTally overall(heading.period);
  for (const auto& s : data.surveys) {
    overall.add(s);
    add_to_year(s, r.years, r.all_by_year);
  }
  r.overall = overall.figures();
  for (const auto& d : r.overall.dimensions) r.dimensions.push_back(d.dimension);
  const auto groups = by_customer(data.surveys);
  for (const auto& customer : data.customers) {
    CustomerSatisfaction cs{customer.id, customer.name, {}, std::vector<Mean>(r.years.size())};
    SatisfactionTally tally(heading.period);
    if (const auto it = groups.find(customer.id); it != groups.end())
      for (const auto* s : it->second) {
        tally.add(*s);
        add_to_year(*s, r.years, cs.by_year);
      }
    cs.figures = tally.figures();
    r.customers.push_back(std::move(cs));
  }
  std::sort(r.customers.begin(), r.customers.end(), [](const CustomerSatisfaction& a, const CustomerSatisfaction& b) {
    return name_less(a.name, a.id, b.name, b.id);
  });
  r.per_quarter = satisfaction_per_quarter(all_of(data.surveys), {r.previous.from, heading.period.to});
  return r;
}

}  // namespace brm
