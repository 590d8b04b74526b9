#include "brm/compute/report_figures.hpp"

#include <algorithm>

namespace brm {

Share purchasers_with_contact(const Customer& c) {
  const auto n = static_cast<long>(c.purchasers.size());
  return {c.delivery_manager.empty() ? 0 : n, n};
}

ContactFigures contact_figures(const std::vector<Customer>& customers) {
  ContactFigures f;
  for (const auto& c : customers) {
    f.customers.of += 1;
    f.customers.count += c.relationship_manager.empty() ? 0 : 1;
    const auto p = purchasers_with_contact(c);
    f.purchasers.of += p.of;
    f.purchasers.count += p.count;
  }
  f.both = {f.customers.count + f.purchasers.count, f.customers.of + f.purchasers.of};
  return f;
}

void ComplaintTally::add(const Complaint& c) {
  if (period_.contains(c.received)) ++f_.received;
  if (open_on(c, as_of_)) {
    ++f_.open;
    if (complaint_overdue(c.received, as_of_, policy_)) ++f_.overdue;
  }
  if (const auto closed = closed_on(c, period_.to); closed && period_.contains(*closed)) {
    ++f_.resolved;
    to_resolve_.push_back(*closed - c.received);
  }
}

ComplaintFigures ComplaintTally::figures() const {
  ComplaintFigures f = f_;
  Mean mean;
  for (long d : to_resolve_) mean.add(static_cast<double>(d));
  f.mean_days = mean.value();
  f.median_days = median(to_resolve_);
  return f;
}

void SatisfactionTally::add(const Survey& s) {
  const bool now = period_.contains(s.date);
  if (!now && !before_.contains(s.date)) return;
  ++(now ? responses_ : responses_before_);
  for (const auto& [dimension, written, score] : s.scores) {
    if (!score) continue;
    auto& t = by_dimension_[dimension];
    (now ? t.now : t.before).add(*score);
    (now ? all_.now : all_.before).add(*score);
  }
}

std::vector<std::string> ordered_dimensions(std::vector<std::string> names) {
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return std::pair(a != "overall", a) < std::pair(b != "overall", b);
  });
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

SatisfactionFigures SatisfactionTally::figures() const {
  SatisfactionFigures f{responses_, responses_before_, all_, {}};
  std::vector<std::string> names;
  names.reserve(by_dimension_.size());
  for (const auto& [name, trend] : by_dimension_) names.push_back(name);
  for (const auto& name : ordered_dimensions(names)) f.dimensions.push_back({name, by_dimension_.at(name)});
  return f;
}

TimeSeries complaints_per_month(const std::vector<const Complaint*>& list, Period period) {
  TimeSeries ts{months_of(period), {}};
  Series received{"received", std::vector<std::optional<double>>(ts.buckets.size(), 0.0)};
  for (const auto* c : list)
    if (const auto i = bucket_of(ts.buckets, c->received)) *received.values[*i] += 1;
  ts.series.push_back(std::move(received));
  return ts;
}

TimeSeries satisfaction_per_quarter(const std::vector<const Survey*>& list, Period span) {
  TimeSeries ts{quarters_of(span), {}};
  std::vector<Mean> all(ts.buckets.size());
  std::map<std::string, std::vector<Mean>> by_dimension;
  for (const auto* s : list) {
    const auto i = bucket_of(ts.buckets, s->date);
    if (!i) continue;
    for (const auto& [dimension, written, score] : s->scores) {
      if (!score) continue;
      auto& means = by_dimension[dimension];
      means.resize(ts.buckets.size());
      means[*i].add(*score);
      all[*i].add(*score);
    }
  }
  auto series = [](std::string name, const std::vector<Mean>& means) {
    Series s{std::move(name), {}};
    for (const auto& m : means) s.values.push_back(m.value());
    return s;
  };
  ts.series.push_back(series("all dimensions", all));
  std::vector<std::string> names;
  names.reserve(by_dimension.size());
  for (const auto& [name, means] : by_dimension) names.push_back(name);
  for (const auto& name : ordered_dimensions(names)) ts.series.push_back(series(name, by_dimension.at(name)));
  return ts;
}

}  // namespace brm
