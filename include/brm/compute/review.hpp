#pragma once
#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "brm/compute/agenda.hpp"
#include "brm/records/records.hpp"
#include "brm/model/date.hpp"
#include "brm/model/enums.hpp"
#include "brm/model/policy.hpp"

namespace brm {

/// How pressing a finding is: past its date, coming up within the window, or
/// something that should exist and does not.
enum class Urgency { overdue, due, missing };
inline constexpr std::size_t urgency_count = 3;

/// The relationship manager's areas of work, in the order the review lists them.
enum class Area { plans, agreements, deliveries, meetings, actions, complaints, surveys, improvements, contacts };
inline constexpr std::size_t area_count = 9;

template <>
struct EnumNames<Urgency> {
  static constexpr auto names = std::to_array<std::string_view>({"overdue", "due", "missing"});
};
template <>
struct EnumNames<Area> {
  static constexpr auto names = std::to_array<std::string_view>(
      {"plans", "agreements", "deliveries", "meetings", "actions", "complaints", "surveys", "improvements", "contacts"});
};
static_assert(EnumNames<Urgency>::names.size() == urgency_count && EnumNames<Area>::names.size() == area_count);

inline std::string_view urgency_name(Urgency u) { return name_of(u); }
inline std::string_view area_name(Area a) { return name_of(a); }

/// One thing to do, with the record (and line) it comes from and the day that makes it due.
struct Finding {
  std::string customer;
  Area area = Area::plans;
  Urgency urgency = Urgency::due;
  std::string text;
  Source source;
  std::optional<Date> date;  // the day it is (or was) due
  std::optional<long> days;  // overdue: days past `date`; due: days left until it
};

/// Counts of findings per area and urgency for one customer.
struct CustomerSummary {
  std::string id, name;
  std::array<std::array<int, urgency_count>, area_count> counts{};
  int total(Urgency u) const;
};

struct ReviewOptions {
  long within_days = 30;
  long missed_periods = 3;  // a level missed this many periods running is overdue
  std::set<std::string, std::less<>> customers;  // empty: every customer
  std::optional<Urgency> only;                   // keep only findings of this urgency
};

struct Review {
  Date as_of;
  long within_days = 30;
  long missed_periods = 3;
  Policy policy;
  std::vector<CustomerSummary> customers;  // most overdue first, then by name
  std::vector<Finding> findings;           // grouped by customer in that order, most pressing first
  /// Every finding of the customers reviewed by urgency, also those `only` leaves out:
  /// whether the review fails (--fail-on) does not depend on what it shows.
  std::array<int, urgency_count> totals{};
};

/// The review as of a day, from the facts of the records that passed validation.
Review compute_review(const Records& data, const Settings& settings, Date as_of, const ReviewOptions& options);

/// Findings of one customer, whose own facts `c.customer` must be there.
std::vector<Finding> review_customer(const CustomerRecords& c, const Policy& policy, Date as_of, long within_days,
                                     long missed_periods = 3);


}  // namespace brm
