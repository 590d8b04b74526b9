#include "brm/compute/calendar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

#include "brm/compute/delivery.hpp"
#include "brm/compute/words.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

/// Further ahead than any date, for the review's functions that take a window: the
/// calendar shows every date, not only those within --within or the notice period.
constexpr long any_distance = std::numeric_limits<long>::max();

/// More days than the longest delivery period (a quarter) holds: the next report of an
/// agreement falls due within this many days.
constexpr long longest_period_days = 93;

/// The kind and the ids, joined with '+', which no id may hold: two records can never
/// make the same uid ("plan-item-a+b-c" is not "plan-item-a-b+c").
std::string uid_of(CalendarKind kind, std::string_view id, std::string_view entry = {}) {
  if (entry.empty()) return fmt::format("{}-{}@brm", name_of(kind), id);
  return fmt::format("{}-{}+{}@brm", name_of(kind), id, entry);
}

/// One customer's part of the calendar: its records and where the items go.
struct Sheet {
  const CustomerRecords& records;
  const Customer& customer;
  const Policy& policy;
  Date day;
  std::vector<CalendarItem>& out;

  std::string name() const { return customer.name.empty() ? customer.id : customer.name; }

  /// An item whose description is `detail`, then the customer and the file it comes from.
  void add(CalendarKind kind, Date date, std::string uid, std::string summary, const std::string& detail,
           Source source) {
    auto description = fmt::format("{}\n{}\n{}", detail, trf("Customer: {} ({})", name(), customer.id),
                                   trf("File: {}:{}", source.path, source.pos.line));
    out.push_back(
        {kind, date, std::move(uid), std::move(summary), std::move(description), customer.id, std::move(source)});
  }
};

/// A meeting file dated after the day is a meeting booked, as the review reads it.
void meetings(Sheet& s) {
  for (const auto* m : s.records.meetings) {
    if (m->date <= s.day) continue;
    const auto type = word(m->type);
    s.add(CalendarKind::meeting, m->date, uid_of(CalendarKind::meeting, m->id), trf("{}: {} meeting", s.name(), type),
          trf("A {} meeting booked for {}", type, m->date.str()),
          {Kind::meeting, m->id, {}, m->origin.path, m->origin.pos});
  }
}

/// Each action's place in its meeting (1 for the first), by meeting and position: what
/// names it when its text is reworded or its due date moved. One map for all actions,
/// so that a meeting of 20,000 actions is not searched once per action.
using ActionPlace = std::tuple<std::string_view, std::uint32_t, std::uint32_t>;
std::map<ActionPlace, std::size_t> action_numbers(const CustomerRecords& c) {
  std::map<ActionPlace, std::size_t> out;
  for (const auto* m : c.meetings)
    for (std::size_t i = 0; i < m->actions.size(); ++i)
      out.emplace(ActionPlace{m->id, m->actions[i].pos.line, m->actions[i].pos.column}, i + 1);
  return out;
}

/// Open actions with a due date, all of them or only those `owner` owns.
void actions(Sheet& s, const std::optional<std::string>& owner) {
  const auto numbers = action_numbers(s.records);
  for (const auto& a : open_actions(s.records, s.day)) {
    if (!a.due || (owner && a.owner != *owner)) continue;
    const auto it = numbers.find(ActionPlace{a.source.id, a.source.pos.line, a.source.pos.column});
    const auto number = std::to_string(it == numbers.end() ? 0 : it->second);
    s.add(CalendarKind::action, *a.due, uid_of(CalendarKind::action, a.source.id, number),
          trf("{}: action: {} ({})", s.name(), a.what, a.owner),
          trf("{} owns this action from the meeting of {}, due {}", a.owner, a.meeting_date.str(), a.due->str()),
          a.source);
  }
}

/// The end of every active agreement, and the first day of the notice period of those
/// no signed agreement follows: the day the review starts asking for the renewal.
void agreements(Sheet& s) {
  const auto state = agreements_on(s.records, s.day);
  for (const auto* list : {&state.in_force, &state.upcoming, &state.lapsed})
    for (const auto& a : *list)
      s.add(CalendarKind::agreement_end, a.until, uid_of(CalendarKind::agreement_end, a.source.id),
            trf("{}: agreement '{}' ends", s.name(), a.title),
            trf("Agreement '{}' ({}) is valid from {} to {}", a.title, a.source.id, a.from.str(), a.until.str()),
            a.source);
  // An agreement signed to start later comes into force before its notice period does.
  auto ahead = state;
  ahead.in_force.insert(ahead.in_force.end(), state.upcoming.begin(), state.upcoming.end());
  const long notice = s.policy.agreement_notice_days;
  for (const auto& a : agreements_ending_within(ahead, s.day, any_distance))
    s.add(CalendarKind::renewal_notice, renewal_notice_starts(a.until, s.policy),
          uid_of(CalendarKind::renewal_notice, a.source.id),
          trf("{}: renew agreement '{}' (ends {})", s.name(), a.title, a.until.str()),
          trf("Agreement '{}' ({}) ends on {}; its notice period of {} days (policy.agreement_notice_days) "
              "starts on this day: agree its renewal with the customer",
              a.title, a.source.id, a.until.str(), notice),
          a.source);
}

void plans(Sheet& s) {
  for (const auto& p : plan_items_due(s.records, s.day, any_distance)) {
    const auto status = word(p.status);
    const auto detail =
        p.progress.empty()
            ? trf("Plan item '{}' is due on {}; status: {}", p.title, p.due.str(), status)
            // xgettext:no-c-format
            : trf("Plan item '{}' is due on {}; status: {}, {}% done", p.title, p.due.str(), status, p.progress);
    s.add(CalendarKind::plan_item, p.due, uid_of(CalendarKind::plan_item, s.customer.id, p.source.entry),
          trf("{}: plan item '{}' due", s.name(), p.title), detail, p.source);
  }
}

/// The next survey, a survey interval after the last one; a customer never surveyed
/// has no date to show (the review calls it missing).
void surveys(Sheet& s) {
  const auto results = surveys_until(s.records, s.day);
  if (results.empty()) return;
  const auto& last = results.back();
  s.add(CalendarKind::survey_due, next_survey_due(last.date, s.policy), uid_of(CalendarKind::survey_due, s.customer.id),
        trf("{}: survey due", s.name()),
        trf("The last survey was answered on {}; one is due every {} days (policy.survey_interval_days)",
            last.date.str(), s.policy.survey_interval_days),
        last.source);
}

void delivery_report(Sheet& s, const Agreement& a, const CalendarPeriod& p) {
  const long days = s.policy.delivery_report_days;
  s.add(CalendarKind::delivery_report, delivery_report_due(p, s.policy),
        uid_of(CalendarKind::delivery_report, a.id, p.str()),
        trf("{}: delivery report for {} of '{}' due", s.name(), p.str(), a.title),
        trf("The figures of {} for agreement '{}' ({}) are due {} days after the period ends "
            "(policy.delivery_report_days)",
            p.str(), a.title, a.id, days),
        {Kind::agreement, a.id, {}, a.origin.path, a.origin.pos});
}

/// The reports the review finds missing, and the next one each agreement owes: the
/// first missing on a day one period ahead whose due date is not past yet.
void deliveries(Sheet& s) {
  for (const auto* a : s.records.agreements) {
    for (const auto& p : missing_reports(*a, s.records.deliveries, s.policy, s.day)) delivery_report(s, *a, p);
    const auto later = missing_reports(*a, s.records.deliveries, s.policy, s.day.plus_days(longest_period_days));
    const auto next = std::find_if(later.begin(), later.end(),
                                   [&](const CalendarPeriod& p) { return delivery_report_due(p, s.policy) >= s.day; });
    if (next != later.end()) delivery_report(s, *a, *next);
  }
}

std::string calendar_name(const Settings& settings, const CalendarOptions& options) {
  if (!options.person) return settings.organization;
  return trf("{}, calendar of {}", settings.organization, *options.person);
}

}  // namespace

Calendar compute_calendar(const Records& data, const Settings& settings, Date as_of, const CalendarOptions& options) {
  Calendar calendar{as_of, calendar_name(settings, options), {}};
  for (const auto& c : records_by_customer(data)) {
    if (!c.customer || (!options.customers.empty() && !options.customers.contains(c.id))) continue;
    Sheet s{c, *c.customer, settings.policy, as_of, calendar.items};
    // A relationship manager follows up everything of their customers; elsewhere only
    // the actions they own are theirs.
    const bool theirs = !options.person || c.customer->relationship_manager == *options.person;
    if (theirs) {
      meetings(s);
      agreements(s);
      plans(s);
      surveys(s);
      deliveries(s);
    }
    actions(s, theirs ? std::nullopt : options.person);
  }
  std::sort(calendar.items.begin(), calendar.items.end(), [](const CalendarItem& a, const CalendarItem& b) {
    return std::tie(a.date, a.kind, a.uid) < std::tie(b.date, b.kind, b.uid);
  });
  return calendar;
}

std::vector<std::string> calendar_people(const Records& data) {
  std::vector<std::string> out;
  for (const auto& c : data.customers)
    if (!c.relationship_manager.empty()) out.push_back(c.relationship_manager);
  for (const auto& m : data.meetings)
    for (const auto& a : m.actions)
      if (!a.owner.empty()) out.push_back(a.owner);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace brm
