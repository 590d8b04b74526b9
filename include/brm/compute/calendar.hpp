#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "brm/compute/agenda.hpp"
#include "brm/model/date.hpp"
#include "brm/model/enums.hpp"
#include "brm/model/policy.hpp"
#include "brm/records/records.hpp"

namespace brm {

/// What a calendar item is about, in the order the items of one day are listed.
enum class CalendarKind { meeting, action, agreement_end, renewal_notice, plan_item, survey_due, delivery_report };

template <>
struct EnumNames<CalendarKind> {
  static constexpr auto names = std::to_array<std::string_view>(
      {"meeting", "action", "agreement-end", "renewal-notice", "plan-item", "survey-due", "delivery-report"});
};

/// One day in the calendar. The uid is made of the kind and the ids of the record (and
/// entry) the item comes from, never of its date or text, so that a calendar that
/// imports the feed again moves or rewords the event it has instead of adding another.
struct CalendarItem {
  CalendarKind kind = CalendarKind::meeting;
  Date date;
  std::string uid;
  std::string summary;
  std::string description;
  std::string customer;  // the customer's id
  Source source;         // the record, and the file and line it stands on
};

/// Whose calendar: every customer, some of them, and with `person` one relationship
/// manager's own (their customers, and the actions they own at any customer).
struct CalendarOptions {
  std::set<std::string, std::less<>> customers;  // empty: every customer
  std::optional<std::string> person;
};

struct Calendar {
  Date as_of;
  std::string name;                 // the organization, and whose calendar it is
  std::vector<CalendarItem> items;  // by date, kind, then uid
};

/// The dates ahead and the dates still open as of a day, found by the same functions the
/// review uses: meetings booked after the day, open meeting actions by their due date,
/// the end and the renewal notice of active agreements, plan items due, the next survey
/// due and the delivery reports due.
Calendar compute_calendar(const Records& data, const Settings& settings, Date as_of, const CalendarOptions& options);

/// The people a calendar can be asked for: every relationship manager and every owner of
/// a meeting action, sorted, each once.
std::vector<std::string> calendar_people(const Records& data);

}  // namespace brm
