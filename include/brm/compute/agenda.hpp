#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "brm/compute/customer_records.hpp"
#include "brm/model/date.hpp"
#include "brm/model/diagnostic.hpp"
#include "brm/model/kinds.hpp"
#include "brm/model/policy.hpp"

namespace brm {

/// How far ahead a planning meeting looks for plan items that fall due.
inline constexpr long planning_horizon_days = 90;

/// The record a finding comes from, and the entry inside it (a plan item, an action),
/// so that whoever shows the finding can point at the line.
struct Source {
  Kind kind = Kind::config;
  std::string id;     // the record's id
  std::string entry;  // the plan or requirement id inside a customer file; else empty
  std::string path;
  Position pos;
};

/// A complaint that is still open work on a given day.
struct OpenComplaint {
  Source source;
  std::string summary;
  ComplaintSeverity severity{};
  ComplaintStatus status{};  // on that day, from the history
  Date received;
  Date since;  // when it took that status: the history entry, or the day it was received
  long days_open = 0;
};

/// The customer's complaints received by `day` and neither resolved nor rejected on
/// that day (the status on the day is read from the history), by received date then id.
std::vector<OpenComplaint> open_complaints(const CustomerRecords& c, Date day);

/// An action of an earlier meeting that is not done.
struct OpenAction {
  Source source;
  Date meeting_date;
  std::string what, owner;
  std::optional<Date> due;
  long days_overdue = 0;  // 0 unless due before the day
};

/// Open actions of the customer's meetings held before `day`, by meeting date, meeting
/// id, then their order in the meeting.
std::vector<OpenAction> open_actions(const CustomerRecords& c, Date day);

/// A plan item of the customer that falls due.
struct DuePlanItem {
  Source source;
  std::string title;
  PlanStatus status{};
  std::string progress;  // as written, may be empty
  Date due;
  long days_left = 0;  // negative when overdue
};

/// Plan items neither done nor cancelled that are due within `within_days` after `day`
/// or overdue, by due date then plan id.
std::vector<DuePlanItem> plan_items_due(const CustomerRecords& c, Date day, long within_days);

/// A requirement or an improvement still waiting for a decision or for work.
struct PendingItem {
  Source source;
  std::string title, status;
  std::optional<Date> since;  // raised or proposed
};

/// The customer's requirements still `new`, by raised date (undated last) then id.
std::vector<PendingItem> new_requirements(const CustomerRecords& c);

/// The improvements for the customer that are proposed or approved, by proposed date
/// (undated last) then id.
std::vector<PendingItem> pending_improvements(const CustomerRecords& c);

/// One service of an agreement with its levels written out ("availability 99.5%").
struct AgreedService {
  std::string service, name;  // id, and the catalogue name when it has one
  std::vector<std::string> levels;
};

struct AgreementInfo {
  Source source;
  std::string title;
  AgreementStatus status{};
  Date from, until;
  std::vector<AgreedService> services;
};

/// The customer's agreements as they stand on a day, each list by end date then id.
struct AgreementState {
  std::vector<AgreementInfo> in_force;  // active, and the day lies within its validity
  std::vector<AgreementInfo> upcoming;  // active, starting after the day
  std::vector<AgreementInfo> lapsed;    // still marked active, but ended before the day
  std::vector<AgreementInfo> drafts;
};

AgreementState agreements_on(const CustomerRecords& c, Date day);

/// Agreements in force on `day` within their notice period (in_renewal_window) with no
/// signed agreement starting after them: the renewals to discuss.
std::vector<AgreementInfo> agreements_ending(const AgreementState& state, Date day, const Policy& policy);

/// The same for agreements ending within `days` after `day`, whatever the policy (the
/// calendar looks ahead to every notice period to come).
std::vector<AgreementInfo> agreements_ending_within(const AgreementState& state, Date day, long days);

struct SurveyResult {
  Source source;
  std::string respondent;
  Date date;
  std::vector<std::pair<std::string, std::string>> scores;  // dimension, score as written
  std::optional<double> mean;                               // of the scores that are numbers
};

/// The customer's survey responses dated on or before `day`, by date then id.
std::vector<SurveyResult> surveys_until(const CustomerRecords& c, Date day);

/// One point of an agenda and the record it was prepared from.
struct AgendaLine {
  std::string text;
  Source source;
};

struct Agenda {
  std::vector<AgendaLine> lines;
};

/// The agenda of a meeting with `customer` on `date`, judged as of that date.
/// planning: plan items due within planning_horizon_days or overdue, new requirements,
/// renewals and a missing agreement, proposed and approved improvements, new needs.
/// follow-up: open actions of earlier meetings, open complaints, the agreements in
/// force with their service levels, each level achieved against agreed in the periods
/// since the last follow-up meeting (levels with a miss first), the latest survey. steering and escalation:
/// escalated complaints, overdue actions, renewals and a missing agreement.
Agenda prepare_agenda(const CustomerRecords& c, const Settings& settings, Date date, MeetingType type);

}  // namespace brm
