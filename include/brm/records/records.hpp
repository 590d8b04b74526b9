#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "brm/model/date.hpp"
#include "brm/model/diagnostic.hpp"
#include "brm/model/kinds.hpp"
#include "brm/model/policy.hpp"
#include "brm/workspace/workspace.hpp"

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

struct PurchaserFacts {
  std::string name, business_line, email, phone;
};

struct PlanFacts {
  std::string id, title, type, status, progress;
  std::optional<Date> start, due, reviewed;
  Position pos;
};

struct RequirementFacts {
  std::string id, title, status;
  std::optional<Date> raised;
  Position pos;
};

struct BudgetFacts {
  std::string year;
  std::optional<double> amount;
  std::string amount_text, currency;  // as written; currency defaults to the workspace's
};

struct CustomerFacts {
  std::string id, name, parent;
  Contact customer;
  std::vector<PurchaserFacts> purchasers;
  std::string relationship_manager, delivery_manager;
  std::vector<std::string> service_owners;
  std::string description, it_usage;
  std::vector<BudgetFacts> budget;
  std::vector<PlanFacts> plans;
  std::vector<RequirementFacts> requirements;
  Origin origin;
  std::optional<Position> team_key, purchasers_key;  // where those keys stand, when present
};

struct ServiceFacts {
  std::string id, name, owner, status;
  Origin origin;
};

struct LevelFacts {
  std::string metric, target, unit;
};

struct AgreedServiceFacts {
  std::string service;
  std::vector<LevelFacts> levels;
};

struct AgreementFacts {
  std::string id, customer, title, status;
  Date from, until;
  std::string signed_by;
  std::optional<Date> signed_on;
  std::vector<AgreedServiceFacts> services;
  std::optional<double> amount;
  std::string amount_text, period, currency, cost_center;  // currency defaults to the workspace's
  Origin origin;
};

struct HistoryFacts {
  Date date;
  std::string status;
};

struct ComplaintFacts {
  std::string id, customer, summary, severity, status, channel, from_name, from_role, service;
  Date received;
  std::vector<HistoryFacts> history;  // entries with a date, in file order
  Origin origin;
};

/// A score as written ("4.5") and as a number, when it is one (as the checks read
/// numbers; a record that fails them may hold "n/a").
struct Score {
  std::string dimension, written;
  std::optional<double> value;
};

struct SurveyFacts {
  std::string id, customer, respondent, role;
  Date date;
  std::vector<Score> scores;  // every scalar score, in file order
  Origin origin;
};

struct ActionFacts {
  std::string what, owner, status;
  std::optional<Date> due;
  Position pos;
};

struct MeetingFacts {
  std::string id, customer, type;
  Date date;
  std::vector<std::string> decisions;
  std::vector<ActionFacts> actions;
  Origin origin;
};

struct ImprovementFacts {
  std::string id, customer, title, status, source;
  std::optional<Date> proposed;
  Origin origin;
};

/// Every record a report reads, each list sorted by id.
struct ReportData {
  std::vector<ServiceFacts> services;
  std::vector<CustomerFacts> customers;
  std::vector<AgreementFacts> agreements;
  std::vector<MeetingFacts> meetings;
  std::vector<ComplaintFacts> complaints;
  std::vector<SurveyFacts> surveys;
  std::vector<ImprovementFacts> improvements;

  const CustomerFacts* customer(std::string_view id) const;
  const ServiceFacts* service(std::string_view id) const;
  /// The service's catalogue name, or its id when it has none.
  std::string service_name(std::string_view id) const;
};

/// Reads the facts of records as the loader reads each file (while it is in the cache),
/// so that a report keeps no documents: on 100,000 files that is most of the memory
/// and of the copying. Which records pass validation is known only at the end.
class FactCollector {
 public:
  /// Collects the records of `kinds`; amounts without a currency are in `currency`.
  FactCollector(std::set<Kind> kinds, std::string currency);
  /// Once every record is listed, before any is read.
  void listed(const Workspace& ws);
  /// Safe to call from several threads at once, each with a different record of the
  /// listed workspace.
  void read(const Record& r);
  /// The facts of every record read, but those of the files named by an error in
  /// `found` (left out of the report); each list sorted by id, records with the same id
  /// in path order. `ws` is the workspace that was listed, wherever it lives now.
  ReportData finish(const Workspace& ws, const Diagnostics& found);

 private:
  std::set<Kind> kinds_;
  std::string currency_;
  const Workspace* ws_ = nullptr;
  std::vector<std::optional<ServiceFacts>> services_;
  std::vector<std::optional<CustomerFacts>> customers_;
  std::vector<std::optional<AgreementFacts>> agreements_;
  std::vector<std::optional<MeetingFacts>> meetings_;
  std::vector<std::optional<ComplaintFacts>> complaints_;
  std::vector<std::optional<SurveyFacts>> surveys_;
  std::vector<std::optional<ImprovementFacts>> improvements_;
};

/// Every kind of record that has facts (all but brm.yaml).
std::set<Kind> all_fact_kinds();

/// The facts of every record of `kinds` in a loaded workspace (others stay empty), read
/// on all cores. `settings` gives the default currency.
ReportData gather_facts(const Workspace& ws, const Settings& settings, const std::set<Kind>& kinds);

/// The complaint's status on `day`: the last history entry dated on or before it, or
/// the `status` field when no history entry is dated after the day (as the meeting
/// agendas and the review read it).
std::string status_on(const ComplaintFacts& c, Date day);

/// Received on or before `day` and neither resolved nor rejected on that day.
bool open_on(const ComplaintFacts& c, Date day);

/// The date of the history entry that resolved (or rejected) the complaint, when it
/// is closed on `day`; a complaint reopened and closed again counts from the last
/// closing. nullopt when it is open on `day` or no dated entry closed it.
std::optional<Date> closed_on(const ComplaintFacts& c, Date day);

/// The agreement is active, signed on or before `day` and valid on `day`: a written
/// agreement in the sense of the process measurements.
bool written_on(const AgreementFacts& a, Date day);

/// How many times a year the financing is paid: year 1, quarter 4, month 12; nullopt
/// for once (a one-off amount is never annualised) or an unknown period.
std::optional<int> payments_per_year(std::string_view period);

}  // namespace brm
