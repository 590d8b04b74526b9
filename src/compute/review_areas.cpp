#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "brm/compute/delivery.hpp"
#include "brm/compute/report_common.hpp"
#include "brm/compute/review.hpp"
#include "brm/compute/words.hpp"
#include "brm/model/number.hpp"
#include "brm/util/i18n.hpp"
#include "brm/util/locale_format.hpp"

namespace brm {
namespace {

/// What every area needs: the customer's records and where findings go.
struct Scope {
  const CustomerRecords& records;
  const Customer& customer;
  const Policy& policy;
  Date day;
  long within;
  long missed_periods;
  std::vector<Finding>& out;

  void add(Area a, Urgency u, std::string text, Source s, std::optional<Date> date = {},
           std::optional<long> days = {}) {
    out.push_back({customer.id, a, u, std::move(text), std::move(s), date, days});
  }
  /// Overdue when `day` is past `deadline`, due when it lies within the window; else nothing.
  void deadline(Area a, Date deadline, std::string late, std::string soon, Source s) {
    if (day > deadline)
      add(a, Urgency::overdue, std::move(late), std::move(s), deadline, day - deadline);
    else if (deadline - day <= within)
      add(a, Urgency::due, std::move(soon), std::move(s), deadline, deadline - day);
  }
  /// The customer's file, at `key` when it is there, else at the top.
  Source at_customer(const std::optional<Position>& key = {}) const {
    return {Kind::customer, customer.id, {}, customer.origin.path, key.value_or(customer.origin.pos)};
  }
};

void plan_reviews(Scope& s) {
  if (s.customer.plans.empty())
    return s.add(Area::plans, Urgency::missing, tr("No plans recorded for the customer"), s.at_customer());
  for (const auto& p : s.customer.plans) {
    if (p.status == PlanStatus::done || p.status == PlanStatus::cancelled) continue;
    const auto& title = p.title;
    const Source src{Kind::customer, s.customer.id, p.id, s.customer.origin.path, p.pos};
    const auto& reviewed = p.reviewed;
    if (!reviewed) {
      s.add(Area::plans, Urgency::missing, trf("Plan item '{}' has never been reviewed with the customer", title), src);
      continue;
    }
    s.deadline(Area::plans, reviewed->plus_days(s.policy.plan_review_days),
               trf("Plan item '{}' not reviewed since {}", title, reviewed->str()),
               trf("Plan item '{}' due for review (last {})", title, reviewed->str()), src);
  }
}

void plans(Scope& s) {
  for (const auto& item : plan_items_due(s.records, s.day, s.within)) {
    const bool late = item.days_left < 0;
    s.add(Area::plans, late ? Urgency::overdue : Urgency::due,
          late ? trf("Plan item '{}' ({}) was due on {}", item.title, word(item.status), item.due.str())
               : trf("Plan item '{}' ({}) is due on {}", item.title, word(item.status), item.due.str()),
          item.source, item.due, late ? -item.days_left : item.days_left);
  }
  plan_reviews(s);
  for (const auto& r : new_requirements(s.records))
    s.add(Area::plans, Urgency::due,
          r.since ? trf("Requirement '{}' is still new (raised {})", r.title, r.since->str())
                  : trf("Requirement '{}' is still new", r.title),
          r.source, r.since);
}

void agreements(Scope& s) {
  const auto state = agreements_on(s.records, s.day);
  for (const auto& a : state.lapsed)
    s.add(Area::agreements, Urgency::overdue,
          trf("Agreement '{}' ended on {} but is still active", a.title, a.until.str()), a.source, a.until,
          s.day - a.until);
  for (const auto& a : agreements_ending(state, s.day, s.policy))
    s.add(Area::agreements, Urgency::due, trf("Agreement '{}' ends on {}: renew it", a.title, a.until.str()), a.source,
          a.until, a.until - s.day);
  // A draft is due as soon as it starts within the notice period, whatever --within says:
  // signing takes that long.
  for (const auto& a : state.drafts) {
    if (s.day > a.from)
      s.add(Area::agreements, Urgency::overdue,
            trf("Draft agreement '{}' should have started on {} and is not signed", a.title, a.from.str()), a.source,
            a.from, s.day - a.from);
    else if (a.from - s.day <= s.policy.agreement_notice_days)
      s.add(Area::agreements, Urgency::due,
            trf("Draft agreement '{}' starts on {} and is not signed", a.title, a.from.str()), a.source, a.from,
            a.from - s.day);
  }
  if (state.in_force.empty()) s.add(Area::agreements, Urgency::missing, tr("No agreement in force"), s.at_customer());
}

/// A meeting file dated after the as-of day is a meeting booked: when it falls within
/// the interval, nothing is missing or due; when it falls later, the finding says so.
void meetings(Scope& s) {
  std::optional<Date> last, booked;
  for (const auto* m : s.records.meetings) {
    if (m->date <= s.day && (!last || m->date > *last)) last = m->date;
    if (m->date > s.day && (!booked || m->date < *booked)) booked = m->date;
  }
  if (!last && booked) return;
  if (!last) return s.add(Area::meetings, Urgency::missing, tr("No meeting held yet"), s.at_customer());
  const auto due = next_meeting_due(*last, s.policy);
  if (booked && *booked <= due) return;
  const auto later = booked ? trf("; the next is booked for {}", booked->str()) : std::string();
  s.deadline(Area::meetings, due, trf("No meeting since {}", last->str()) + later,
             trf("Next meeting due (last {})", last->str()) + later, s.at_customer());
}

void actions(Scope& s) {
  for (const auto& a : open_actions(s.records, s.day))
    if (a.due && a.days_overdue > 0)
      s.add(Area::actions, Urgency::overdue,
            trf("Action '{}' ({}) from the meeting of {} was due on {}", a.what, a.owner, a.meeting_date.str(),
                a.due->str()),
            a.source, a.due, a.days_overdue);
}

void complaints(Scope& s) {
  for (const auto& c : open_complaints(s.records, s.day)) {
    const auto limit = complaint_deadline(c.received, s.policy);
    const auto text = trf("Complaint '{}' is {} since {}", c.summary, word(c.status), c.since.str());
    if (s.day > limit)
      s.add(Area::complaints, Urgency::overdue, text, c.source, limit, s.day - limit);
    else if (c.status == ComplaintStatus::escalated)
      s.add(Area::complaints, Urgency::due, text, c.source, limit, limit - s.day);
  }
}

void surveys(Scope& s) {
  const auto results = surveys_until(s.records, s.day);
  if (results.empty()) return s.add(Area::surveys, Urgency::missing, tr("No survey answered yet"), s.at_customer());
  const auto& last = results.back();
  s.deadline(Area::surveys, next_survey_due(last.date, s.policy), trf("No survey since {}", last.date.str()),
             trf("Next survey due (last {})", last.date.str()), last.source);
  if (results.size() < 2) return;
  const auto& before = results[results.size() - 2];
  const double now = last.mean.value_or(0), then = before.mean.value_or(0);
  if (now < then)
    s.add(Area::surveys, Urgency::due,
          trf("Satisfaction fell from {} ({}) to {} ({})", localized_number(then, 1, 1), before.date.str(),
              localized_number(now, 1, 1), last.date.str()),
          last.source, last.date);
}

std::string level_text(const CustomerRecords& c, const LevelResult& r) {
  return trf("Level '{}' of {} ({})", r.metric, c.data ? c.data->service_name(r.service) : r.service, r.agreement->id);
}

std::string achieved(const LevelResult& r) { return trf("{} against {}", value_text(r.value, r.unit), agreed_text(r)); }

/// The latest reported period of each level: a miss is for the next follow-up meeting;
/// misses running for `missed_periods` periods call for an escalation. Then the
/// agreements in force whose reports are late.
void deliveries(Scope& s, const std::vector<LevelHistory>& histories) {
  const Date year_ago = s.day.plus_days(-365);
  for (const auto& h : histories) {
    const auto& last = h.latest();
    const auto run = static_cast<long>(h.missed_in_a_row());
    const auto end = last.period.last_day();
    // A level last reported more than a year ago belongs to an agreement long over.
    if (run == 0 || end < year_ago) continue;
    if (run >= s.missed_periods) {
      const auto& first = *h.results[h.results.size() - static_cast<std::size_t>(run)];
      s.add(Area::deliveries, Urgency::overdue,
            trf("{} missed {} periods running ({} to {}), {} in {}: propose an escalation", level_text(s.records, last),
                run, first.period.str(), last.period.str(), achieved(last), last.period.str()),
            source_of(last), end, s.day - end);
    } else {
      s.add(Area::deliveries, Urgency::due,
            trf("{} missed in {}: {}; take it up at the next follow-up meeting", level_text(s.records, last),
                last.period.str(), achieved(last)),
            source_of(last), end);
    }
  }
  for (const auto* a : s.records.agreements) {
    const auto missing = missing_reports(*a, s.records.deliveries, s.policy, s.day);
    if (missing.empty()) continue;
    const auto due = delivery_report_due(missing.back(), s.policy);
    const auto earlier = missing.size() - 1;
    s.add(Area::deliveries, Urgency::missing,
          trf("No delivery report for {} of agreement '{}' (due {})", missing.back().str(), a->title, due.str()) +
              (earlier ? trnf("; {} earlier is missing too", "; {} earlier are missing too", earlier, earlier)
                       : std::string()),
          {Kind::agreement, a->id, {}, a->origin.path, a->origin.pos}, due, s.day - due);
  }
}

/// The ids of the records of `kind` an improvement for the customer (or for no
/// customer in particular) names as its source.
std::set<std::string, std::less<>> answered(const CustomerRecords& c, std::string_view kind) {
  std::set<std::string, std::less<>> out;
  const auto prefix = std::string(kind) + "/";
  const auto take = [&](const Improvement& i) {
    if (i.source.starts_with(prefix)) out.insert(i.source.substr(prefix.size()));
  };
  for (const auto* i : c.improvements) take(*i);
  if (c.data)
    for (const auto& i : c.data->improvements)
      if (i.customer.empty()) take(i);
  return out;
}

/// A result that calls for an improvement and has none: overdue once the response time
/// has passed since the result was known, due before.
void unanswered(Scope& s, std::string text, Source source, Date known) {
  const auto deadline = known.plus_days(s.policy.improvement_response_days);
  if (s.day > deadline)
    s.add(Area::improvements, Urgency::overdue, std::move(text), std::move(source), deadline, s.day - deadline);
  else
    s.add(Area::improvements, Urgency::due, std::move(text), std::move(source), deadline, deadline - s.day);
}

/// A level missed in two consecutive periods within the last year calls for an
/// improvement whose source is one of the deliveries of that run.
void delivery_improvements(Scope& s, const std::vector<LevelHistory>& histories) {
  const auto sources = answered(s.records, "delivery");
  const Date year_ago = s.day.plus_days(-365);
  for (const auto& h : histories) {
    for (std::size_t i = 1; i < h.results.size(); ++i) {
      const auto& before = *h.results[i - 1];
      const auto& now = *h.results[i];
      const bool starts_run = !before.met && !now.met && before.period.next() == now.period &&
                              (i < 2 || h.results[i - 2]->met || h.results[i - 2]->period.next() != before.period);
      if (!starts_run || now.period.last_day() < year_ago) continue;
      // The run goes on while periods follow each other and stay missed.
      std::size_t end = i;
      while (end + 1 < h.results.size() && !h.results[end + 1]->met &&
             h.results[end]->period.next() == h.results[end + 1]->period)
        ++end;
      bool found = false;
      for (std::size_t k = i - 1; k <= end; ++k) found |= sources.contains(h.results[k]->delivery->id);
      if (found) continue;
      const auto known = now.delivery->reported.value_or(delivery_report_due(now.period, s.policy));
      unanswered(s,
                 trf("{} missed {} periods running from {}, and no improvement points at those deliveries",
                     level_text(s.records, now), end - i + 2, before.period.str()),
                 source_of(now), known);
    }
  }
}

/// A survey dimension whose mean over the survey interval is below the middle of the
/// scale calls for an improvement whose source is one of those surveys.
void survey_improvements(Scope& s) {
  const auto results = surveys_until(s.records, s.day);
  const Date since = survey_look_back(s.day, s.policy);
  const auto sources = answered(s.records, "survey");
  std::map<std::string, Mean> means;
  bool found = false;
  const SurveyResult* latest = nullptr;
  for (const auto& r : results) {
    if (r.date < since) continue;
    latest = &r;
    found |= sources.contains(r.source.id);
    for (const auto& [dimension, written] : r.scores)
      if (const auto x = parse_number(written)) means[dimension].add(*x);
  }
  if (!latest || found) return;
  const double middle = (s.policy.survey_min + s.policy.survey_max) / 2;
  for (const auto& [dimension, mean] : means)
    if (mean.value() && *mean.value() < middle)
      unanswered(s,
                 trf("Satisfaction with '{}' averages {} in {} answers since {}, below the middle of the "
                     "scale ({}), and no improvement points at those surveys",
                     dimension, localized_number(*mean.value(), 2, 2), mean.n, since.str(),
                     localized_number(middle, 0, 6, false)),
                 latest->source, latest->date);
}

void contacts(Scope& s) {
  const auto& c = s.customer;
  if (c.relationship_manager.empty())
    s.add(Area::contacts, Urgency::missing, tr("No relationship manager: the customer has no designated IT contact"),
          s.at_customer(c.team_key));
  if (!c.purchasers.empty() && c.delivery_manager.empty())
    s.add(Area::contacts, Urgency::missing, tr("Purchasers have no delivery manager as their IT contact"),
          s.at_customer(c.team_key ? c.team_key : c.purchasers_key));
}

}  // namespace

std::vector<Finding> review_customer(const CustomerRecords& c, const Policy& policy, Date as_of, long within_days,
                                     long missed_periods) {
  std::vector<Finding> out;
  if (!c.customer) return out;
  Scope s{c, *c.customer, policy, as_of, within_days, missed_periods, out};
  const auto results = level_results(c);
  const auto histories = level_histories(results);
  plans(s);
  agreements(s);
  deliveries(s, histories);
  meetings(s);
  actions(s);
  complaints(s);
  surveys(s);
  delivery_improvements(s, histories);
  survey_improvements(s);
  contacts(s);
  return out;
}

}  // namespace brm
