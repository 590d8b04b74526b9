#include "brm/compute/agenda.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "brm/compute/delivery.hpp"
#include "brm/compute/words.hpp"
#include "brm/model/text.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

std::string days(long n) { return trnf("{} day", "{} days", static_cast<unsigned long>(n < 0 ? -n : n), n); }

/// "in 25 days", "today" or "23 days overdue": how a due date stands on the meeting day.
std::string when_due(long days_left) {
  if (days_left > 0) return trf("in {}", days(days_left));
  if (days_left == 0) return tr("today");
  return trf("{} overdue", days(-days_left));
}

/// Joins the non-empty parts with ", ".
std::string joined(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& p : parts)
    if (!p.empty()) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string complaint_line(const OpenComplaint& c) {
  const auto open_for = trf("open {}", days(c.days_open));
  const auto state = c.status == ComplaintStatus::open        ? open_for
                     : c.status == ComplaintStatus::escalated ? trf("escalated {}, {}", c.since.str(), open_for)
                                                              : fmt::format("{}, {}", word(c.status), open_for);
  return trf("Complaint {}: {} ({})", c.source.id, c.summary, state);
}

std::string action_line(const OpenAction& a) {
  const auto details = joined({a.owner, a.due ? trf("due {}", a.due->str()) : "",
                               a.days_overdue > 0 ? trf("{} overdue", days(a.days_overdue)) : ""});
  const auto line = a.days_overdue > 0 ? trf("Overdue action from {}: {}", a.meeting_date.str(), a.what)
                                       : trf("Open action from {}: {}", a.meeting_date.str(), a.what);
  return details.empty() ? line : fmt::format("{} ({})", line, details);
}

std::string plan_line(const DuePlanItem& p) {
  // xgettext:no-c-format
  const auto done = p.progress.empty() ? std::string() : trf("{}% done", p.progress);
  const auto details = joined({word(p.status), done, trf("due {}, {}", p.due.str(), when_due(p.days_left))});
  return trf("Plan item {}: {} ({})", p.source.entry, p.title, details);
}

std::string requirement_line(const PendingItem& r) {
  return r.since ? trf("New requirement {}: {} (raised {})", r.source.entry, r.title, r.since->str())
                 : trf("New requirement {}: {}", r.source.entry, r.title);
}

std::string improvement_line(const PendingItem& i) {
  return trf("Improvement {}: {} ({})", i.source.id, i.title, i.status);
}

/// What stands in for an agreement that is missing: drafts to sign, one that lapsed.
std::string no_agreement_line(const AgreementState& s) {
  std::vector<std::string> why;
  for (const auto& a : s.lapsed) why.push_back(trf("{} ended {} but is still active", a.source.id, a.until.str()));
  for (const auto& a : s.upcoming) why.push_back(trf("{} starts {}", a.source.id, a.from.str()));
  for (const auto& a : s.drafts) why.push_back(trf("draft {} not yet signed", a.source.id));
  return why.empty() ? tr("No agreement in force") : trf("No agreement in force: {}", fmt::join(why, "; "));
}

std::string renewal_line(const AgreementInfo& a, const AgreementState& s, Date day) {
  std::vector<std::string> drafts;
  for (const auto& d : s.drafts)
    if (d.from > a.from) drafts.push_back(trf("draft {} not yet signed", d.source.id));
  if (drafts.empty()) drafts.emplace_back(tr("no draft yet"));
  return trf("Agreement {} ends {} ({}): renewal to discuss, {}", a.source.id, a.until.str(), when_due(a.until - day),
             fmt::join(drafts, ", "));
}

std::string agreement_line(const AgreementInfo& a, Date day, long notice_days) {
  const long left = a.until - day;
  return left <= notice_days
             ? trf("Agreement {}: {}, in force until {} (ends {})", a.source.id, a.title, a.until.str(), when_due(left))
             : trf("Agreement {}: {}, in force until {}", a.source.id, a.title, a.until.str());
}

std::string levels_line(const AgreedService& s) {
  return trf("Service levels of {}: {}", s.name,
             s.levels.empty() ? std::string(tr("none agreed")) : fmt::format("{}", fmt::join(s.levels, ", ")));
}

std::string survey_line(const SurveyResult& latest, const SurveyResult* previous) {
  std::vector<std::string> scores;
  for (const auto& [dimension, score] : latest.scores) scores.push_back(fmt::format("{} {}", dimension, score));
  auto overall = [](const SurveyResult& s) {
    for (const auto& [dimension, score] : s.scores)
      if (dimension == "overall") return score;
    return std::string();
  };
  std::string trend;
  if (previous && !overall(latest).empty() && !overall(*previous).empty())
    trend = trf(" (previous {}: overall {})", previous->date.str(), overall(*previous));
  const auto who = latest.respondent.empty() ? std::string() : ", " + latest.respondent;
  return trf("Latest survey {}{}: {}{}", latest.date.str(), who, fmt::join(scores, ", "), trend);
}

/// One agreed level over the periods to review: achieved against agreed, met or missed.
std::string delivery_line(const CustomerRecords& c, const std::vector<const LevelResult*>& periods) {
  const auto& first = *periods.front();
  std::vector<std::string> parts;
  for (const auto* r : periods) {
    const auto value = value_text(r->value, r->unit);
    auto part = r->met ? trf("{} {} met", r->period.str(), value) : trf("{} {} missed", r->period.str(), value);
    parts.push_back(r->note.empty() ? part : fmt::format("{} ({})", part, r->note));
  }
  return trf("Delivery of {}, {} ({}, agreed {}): {}",
             c.data ? c.data->service_name(first.service) : std::string(first.service), first.metric,
             first.agreement->id, agreed_text(first), fmt::join(parts, ", "));
}

/// The agenda under construction and what every section needs.
struct Builder {
  const CustomerRecords& c;
  const Settings& settings;
  Date day;
  Agenda agenda;

  // An agenda point is one line of a meeting record: the names and summaries in it are
  // folded onto one line of single spaces, whatever white space their files hold.
  void add(const std::string& text, Source source) { agenda.lines.push_back({one_line(text), std::move(source)}); }

  /// Points about the customer as a whole come from the customer's file.
  Source customer_file() const {
    return {Kind::customer, c.id, {}, c.customer ? c.customer->origin.path : std::string(), {}};
  }

  void agreements_to_renew(const AgreementState& state) {
    if (state.in_force.empty()) add(no_agreement_line(state), customer_file());
    for (const auto& a : agreements_ending(state, day, settings.policy)) add(renewal_line(a, state, day), a.source);
  }

  void planning() {
    for (const auto& p : plan_items_due(c, day, planning_horizon_days)) add(plan_line(p), p.source);
    for (const auto& r : new_requirements(c)) add(requirement_line(r), r.source);
    agreements_to_renew(agreements_on(c, day));
    for (const auto& i : pending_improvements(c)) add(improvement_line(i), i.source);
    // Planning is where the customer brings new needs, whatever the records hold.
    add(tr("New needs and changes in the business"), customer_file());
  }

  void follow_up() {
    for (const auto& a : open_actions(c, day)) add(action_line(a), a.source);
    for (const auto& complaint : open_complaints(c, day)) add(complaint_line(complaint), complaint.source);
    const auto state = agreements_on(c, day);
    if (state.in_force.empty()) agreements_to_renew(state);
    for (const auto& a : state.in_force) {
      add(agreement_line(a, day, settings.policy.agreement_notice_days), a.source);
      for (const auto& s : a.services) add(levels_line(s), a.source);
    }
    deliveries_since_last_follow_up();
    const auto surveys = surveys_until(c, day);
    if (!surveys.empty())
      add(survey_line(surveys.back(), surveys.size() > 1 ? &surveys[surveys.size() - 2] : nullptr),
          surveys.back().source);
  }

  /// Each agreed level over the periods that ended since the last follow-up meeting (or
  /// within a meeting interval, when there was none), the levels with a miss first.
  void deliveries_since_last_follow_up() {
    auto since = meeting_look_back(day, settings.policy);
    for (const auto* m : c.meetings)
      if (m->type == MeetingType::follow_up && m->date < day && m->date > since) since = m->date;
    const auto results = level_results(c);
    std::vector<std::vector<const LevelResult*>> missed, met;
    for (const auto& h : level_histories(results)) {
      std::vector<const LevelResult*> periods;
      for (const auto* r : h.results)
        if (r->period.last_day() >= since && r->period.last_day() < day) periods.push_back(r);
      if (periods.empty()) continue;
      const bool any_miss = std::any_of(periods.begin(), periods.end(), [](const auto* r) { return !r->met; });
      (any_miss ? missed : met).push_back(std::move(periods));
    }
    for (const auto* list : {&missed, &met})
      for (const auto& periods : *list) add(delivery_line(c, periods), source_of(*periods.back()));
  }

  void steering() {
    for (const auto& complaint : open_complaints(c, day))
      if (complaint.status == ComplaintStatus::escalated) add(complaint_line(complaint), complaint.source);
    for (const auto& a : open_actions(c, day))
      if (a.days_overdue > 0) add(action_line(a), a.source);
    agreements_to_renew(agreements_on(c, day));
  }
};

}  // namespace

Agenda prepare_agenda(const CustomerRecords& c, const Settings& settings, Date date, MeetingType type) {
  Builder b{c, settings, date, {}};
  switch (type) {
    case MeetingType::planning:
      b.planning();
      break;
    case MeetingType::follow_up:
      b.follow_up();
      break;
    case MeetingType::steering:
    case MeetingType::escalation:
      b.steering();
      break;
  }
  return std::move(b.agenda);
}

}  // namespace brm
