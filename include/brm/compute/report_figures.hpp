#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "brm/compute/report_common.hpp"
#include "brm/records/records.hpp"

namespace brm {

/// Who has a designated contact in the IT department. A customer has one when the
/// team names a relationship manager; each purchaser has one when the customer's team
/// names a delivery manager. Customer files hold no history, so this is as of now.
struct ContactFigures {
  Share customers, purchasers;
  Share both;  // customers and purchasers together: the measurement as the process words it
};

/// Of the customer's purchasers, those with a designated contact.
Share purchasers_with_contact(const Customer& c);
ContactFigures contact_figures(const std::vector<Customer>& customers);

/// The complaint figures of one customer or of all: what the process measures.
struct ComplaintFigures {
  long received = 0;  // received in the period
  long resolved = 0;  // closed (resolved or rejected) in the period, by a dated history entry
  long open = 0;      // open on the as-of date, whenever received
  long overdue = 0;   // of those, open longer than policy.complaint_response_days
  std::optional<double> mean_days, median_days;  // received to closed, over the `resolved` ones
};

/// Adds up complaints one at a time into ComplaintFigures.
class ComplaintTally {
 public:
  ComplaintTally(Period period, Date as_of, const Policy& policy) : period_(period), as_of_(as_of), policy_(policy) {}
  void add(const Complaint& c);
  ComplaintFigures figures() const;

 private:
  Period period_;
  Date as_of_;
  Policy policy_;
  ComplaintFigures f_;
  std::vector<long> to_resolve_;
};

/// A dimension's mean score in the period next to the preceding period.
struct DimensionTrend {
  std::string dimension;
  Trend trend;
};

struct SatisfactionFigures {
  long responses = 0;                      // answered in the period
  long responses_before = 0;               // answered in the preceding period
  Trend all;                               // every score of every dimension
  std::vector<DimensionTrend> dimensions;  // "overall" first, then by name
};

/// Adds up survey responses into SatisfactionFigures; responses outside the period and
/// the preceding one are ignored.
class SatisfactionTally {
 public:
  explicit SatisfactionTally(Period period) : period_(period), before_(period.preceding()) {}
  void add(const Survey& s);
  SatisfactionFigures figures() const;

 private:
  Period period_, before_;
  long responses_ = 0, responses_before_ = 0;
  Trend all_;
  std::map<std::string, Trend> by_dimension_;
};

/// Dimensions in report order: "overall" first, then by name.
std::vector<std::string> ordered_dimensions(std::vector<std::string> names);

/// Complaints received per calendar month of `period`, one series named "received".
TimeSeries complaints_per_month(const std::vector<const Complaint*>& list, Period period);

/// Mean score per calendar quarter of `span`: one series for all dimensions together,
/// then one per dimension in report order.
TimeSeries satisfaction_per_quarter(const std::vector<const Survey*>& list, Period span);

/// Pointers to the records of each customer, in the lists' order (by id), made in one
/// pass: what keeps per-customer figures linear on 100,000 records.
template <class T>
std::map<std::string, std::vector<const T*>, std::less<>> by_customer(const std::vector<T>& list) {
  std::map<std::string, std::vector<const T*>, std::less<>> out;
  for (const auto& x : list) out[x.customer].push_back(&x);
  return out;
}

/// Pointers to every element of `list`.
template <class T>
std::vector<const T*> all_of(const std::vector<T>& list) {
  std::vector<const T*> out;
  out.reserve(list.size());
  for (const auto& x : list) out.push_back(&x);
  return out;
}

}  // namespace brm
