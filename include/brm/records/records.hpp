#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "brm/model/complaint_status.hpp"
#include "brm/model/date.hpp"
#include "brm/model/diagnostic.hpp"
#include "brm/model/enums.hpp"
#include "brm/model/hierarchy.hpp"
#include "brm/model/kinds.hpp"
#include "brm/model/period.hpp"
#include "brm/model/policy.hpp"

namespace brm {

// What the reports, the review and the agendas need from each record, read out of its
// YAML once. Text is kept as written (one line, spaces collapsed); a field that is
// absent is empty. A record without the dates a report cannot do without (a
// complaint's `received`) is skipped: the checks report it, and the reports see only
// records that passed them. Records and their entries keep where they start, so that
// whatever is computed from them can point at the line.

/// The record's file, relative to the workspace root, and where the record starts.
struct Origin {
  std::string path;
  Position pos;
};

struct Contact {
  std::string name, title, email, phone;
};

struct Purchaser {
  std::string name, business_line, email, phone;
};

struct PlanItem {
  std::string id, title;
  PlanType type{};
  PlanStatus status{};
  std::string progress;
  std::optional<Date> start, due, reviewed;
  Position pos;
};

struct Requirement {
  std::string id, title;
  RequirementStatus status{};
  std::optional<Date> raised;
  Position pos;
};

struct BudgetLine {
  std::string year;
  std::optional<double> amount;
  std::string amount_text, currency;  // as written; currency defaults to the workspace's
};

struct Customer {
  std::string id, name, parent;
  Contact customer;
  std::vector<Purchaser> purchasers;
  std::string relationship_manager, delivery_manager;
  std::vector<std::string> service_owners;
  std::string description, it_usage;
  std::vector<BudgetLine> budget;
  std::vector<PlanItem> plans;
  std::vector<Requirement> requirements;
  Origin origin;
  std::optional<Position> team_key, purchasers_key;  // where those keys stand, when present
};

struct Service {
  std::string id, name, owner;
  ServiceStatus status{};
  Origin origin;
};

struct ServiceLevel {
  std::string metric, target, unit;  // as written
  std::optional<double> target_value;
  Direction direction = Direction::at_least;
};

struct AgreedTerms {
  std::string service;
  std::vector<ServiceLevel> levels;
};

struct Agreement {
  std::string id, customer, title;
  AgreementStatus status{};
  Date from, until;
  std::string signed_by;
  std::optional<Date> signed_on;
  std::vector<AgreedTerms> services;
  std::optional<double> amount;
  std::string amount_text;
  std::optional<FinancingPeriod> period;  // nullopt when there is no financing
  std::string currency, cost_center;      // currency defaults to the workspace's
  Origin origin;
};

struct HistoryEntry {
  Date date;
  ComplaintStatus status{};
};

struct Complaint {
  std::string id, customer, summary;
  ComplaintSeverity severity{};
  ComplaintStatus status{};
  std::optional<ComplaintChannel> channel;
  std::string from_name, from_role, service;
  Date received;
  std::vector<HistoryEntry> history;  // entries with a date, in file order
  Origin origin;
};

/// A score as written ("4.5") and as a number, when it is one (as the checks read
/// numbers; a record that fails them may hold "n/a").
struct Score {
  std::string dimension, written;
  std::optional<double> value;
};

struct Survey {
  std::string id, customer, respondent, role;
  Date date;
  std::vector<Score> scores;  // every scalar score, in file order
  Origin origin;
};

struct Action {
  std::string what, owner;
  ActionStatus status{};  // open when not written
  std::optional<Date> due;
  Position pos;
};

struct Meeting {
  std::string id, customer;
  MeetingType type{};
  Date date;
  std::vector<std::string> decisions;
  std::vector<Action> actions;
  Origin origin;
};

struct Improvement {
  std::string id, customer, title;
  ImprovementStatus status{};
  std::string source;
  std::optional<Date> proposed;
  Origin origin;
};

/// One achieved value in a delivery report.
struct AchievedLevel {
  std::string_view service, metric;  // shared_name: the same few names in every delivery
  std::string note;
  std::optional<double> amount;  // the value, when it is a number
  Position pos;
};

struct Delivery {
  std::string id, agreement;
  CalendarPeriod period;
  std::optional<Date> reported;
  std::string source;
  std::vector<AchievedLevel> levels;
  Origin origin;
};

/// Every record a report reads, each list sorted by id.
struct Records {
  std::vector<Service> services;
  std::vector<Customer> customers;
  std::vector<Agreement> agreements;
  std::vector<Meeting> meetings;
  std::vector<Complaint> complaints;
  std::vector<Survey> surveys;
  std::vector<Improvement> improvements;
  std::vector<Delivery> deliveries;
  /// Every customer file's id and parent that could be read as a customer, those left
  /// out with errors too: a customer whose file has errors still links the customers
  /// below it to the one above.
  std::vector<std::pair<std::string, std::string>> parents;

  const Customer* customer(std::string_view id) const;
  const Service* service(std::string_view id) const;
  const Agreement* agreement(std::string_view id) const;
  /// The service's catalogue name, or its id when it has none.
  std::string service_name(std::string_view id) const;
};

/// Every kind of record that has facts (all but brm.yaml).
std::set<Kind> record_kinds();

/// The complaint's status on `day`: the last history entry dated on or before it, or
/// the `status` field when no history entry is dated after the day (as the meeting
/// agendas and the review read it).
ComplaintStatus status_on(const Complaint& c, Date day);

/// Since when the complaint has had its status on `day`: the history entry that last
/// changed it, or the day it was received.
Date status_since(const Complaint& c, Date day);

/// Received on or before `day` and neither resolved nor rejected on that day.
bool open_on(const Complaint& c, Date day);

/// Open on `day` and past the response time (policy.complaint_response_days).
bool overdue_on(const Complaint& c, Date day, const Policy& policy);

/// The date of the history entry that resolved (or rejected) the complaint, when it
/// is closed on `day`; a complaint reopened and closed again counts from the last
/// closing. nullopt when it is open on `day` or no dated entry closed it.
std::optional<Date> closed_on(const Complaint& c, Date day);

/// The agreement is active and `day` lies in its validity.
bool in_force_on(const Agreement& a, Date day);

/// In force on `day` and signed on or before it: a written agreement in the sense of
/// the process measurements.
bool written_on(const Agreement& a, Date day);

/// What the agreement agrees for `service`, or nullptr when it does not cover it.
const AgreedTerms* terms_for(const Agreement& a, std::string_view service);

/// The agreement lists `service` among the services it covers.
bool covers(const Agreement& a, std::string_view service);

/// Who writes on the customer's behalf when nobody is named (`--by`): its relationship
/// manager, or empty when the customer is unknown or names none.
std::string default_author(const Records& records, std::string_view customer);

/// The customer's agreements in force on `day` that cover `service`.
std::vector<const Agreement*> agreements_covering(const Records& records, std::string_view customer,
                                                  std::string_view service, Date day);

/// How many times a year the financing is paid: year 1, quarter 4, month 12; nullopt
/// for once (a one-off amount is never annualised) or no period.
std::optional<int> payments_per_year(std::optional<FinancingPeriod> period);

/// The customers' parent links as a hierarchy: who is directly below whom. The one
/// source of it for every command (review and calendar --tree, report customers, the
/// customer pages); it holds the customers left out with errors too (Records::parents).
Hierarchy customer_hierarchy(const Records& data);

/// The customers directly below `id` that have facts, a left-out customer's own
/// children in its place (and theirs, when they are left out too), each with the id of
/// its parent; in the hierarchy's order.
std::vector<std::pair<const Customer*, std::string>> customers_below(const Records& data, const Hierarchy& tree,
                                                                     std::string_view id);

}  // namespace brm
