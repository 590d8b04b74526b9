#pragma once
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "brm/compute/customer_records.hpp"
#include "brm/compute/report_agreements.hpp"
#include "brm/compute/report_complaints.hpp"
#include "brm/compute/report_delivery.hpp"
#include "brm/compute/report_kpi.hpp"

namespace brm {

/// How many meetings held on or before the as-of date the customer page shows.
inline constexpr std::size_t customer_page_meetings = 5;

struct MeetingRow {
  std::string id, type;
  Date date;
  std::vector<std::string> decisions;
  long open_actions = 0;
};

/// An action of a meeting held before the as-of date that is not done.
struct OpenActionRow {
  std::string meeting;
  Date meeting_date;
  Action action;
  long days_overdue = 0;  // 0 unless due before the as-of date
};

struct SurveyRow {
  Survey survey;
  std::optional<double> mean;  // of its scores
};

/// Everything about one customer, ready for the next meeting.
struct CustomerPage {
  ReportHeading heading;
  Period previous;
  Customer customer;
  std::string parent_name;
  std::vector<std::pair<std::string, std::string>> below;  // id and name of the customers directly below
  CustomerKpi kpi;
  std::vector<RegisterRow> agreements;         // in force and upcoming first, then drafts, lapsed, terminated
  std::vector<ComplaintRow> complaints;        // received in the period or open on as_of
  std::vector<MeetingRow> meetings;            // the last customer_page_meetings held on or before as_of, latest first
  std::vector<MeetingRow> planned;             // meetings after as_of, soonest first
  std::vector<OpenActionRow> open_actions;     // by meeting date
  std::vector<SurveyRow> surveys;              // answered in the period or the preceding one, latest first
  std::vector<Improvement> improvements;  // not done or rejected first, then by proposed date
  std::vector<LevelDelivery> delivery;    // each agreed level with figures in the period
  TimeSeries satisfaction_per_quarter;         // the preceding period and the period
  TimeSeries complaints_per_month;             // the period
};

/// The page of customer `id`; nullopt when no customer has that id.
std::optional<CustomerPage> compute_customer_page(const Records& data, const ReportHeading& heading,
                                                  const std::string& id);
/// The page of the customer whose records are `records` (its own facts there), given
/// its parent's name and the customers directly below it: no search through the whole.
CustomerPage compute_customer_page(const CustomerRecords& records, const ReportHeading& heading,
                                   std::string parent_name, std::vector<std::pair<std::string, std::string>> below);

}  // namespace brm
