#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "brm/compute/agenda.hpp"
#include "support.hpp"

using namespace brm;
using brm::test::facts_of;
using brm::test::Files;
using brm::test::valid_customer;
using V = std::vector<std::string>;

namespace {

const Date day = *Date::parse("2026-11-23");

std::pair<std::string, std::string> file(const std::string& path, const std::string& text) { return {path, text}; }

std::string complaint(const std::string& customer, const std::string& received, const std::string& status,
                      const std::string& history = "") {
  return fmt::format("customer: {}\nreceived: {}\nseverity: high\nsummary: Late  salary\n  files\nstatus: {}\n{}",
                     customer, received, status, history);
}

std::string meeting(const std::string& customer, const std::string& date, const std::string& actions) {
  return fmt::format("customer: {}\ndate: {}\ntype: follow-up\nactions:\n{}", customer, date, actions);
}

std::string action(const std::string& what, const std::string& extra) {
  return fmt::format("  - what: {}\n    owner: Karin Holm\n{}", what, extra);
}

std::string agreement(const std::string& status, const std::string& from, const std::string& until) {
  return fmt::format(
      "customer: finance\ntitle: Core {}\nstatus: {}\nvalid_from: {}\nvalid_until: {}\nservices:\n"
      "  - service: payroll\n    levels:\n      - metric: availability\n        target: 99.5\n        unit: \"%\"\n"
      "      - metric: response time\n        target: 4\n        unit: hours\n  - service: mail\n",
      until.substr(0, 4), status, from, until);
}

const auto payroll = file("services/payroll.yaml", "id: payroll\nname: Payroll\nowner: Lena Ek\nstatus: live\n");

const std::string plans =
    "plans:\n"
    "  - {id: late, title: Late project, type: project, status: ongoing, due: 2026-10-31, progress: 70}\n"
    "  - {id: soon, title: Soon done, type: operational, status: planned, due: 2027-02-21}\n"
    "  - {id: far, title: Far away, type: strategy, status: ongoing, due: 2027-02-22}\n"
    "  - {id: done, title: Done, type: project, status: done, due: 2026-10-01}\n"
    "  - {id: dropped, title: Dropped, type: project, status: cancelled, due: 2026-12-01}\n"
    "  - {id: undated, title: No date, type: project, status: ongoing}\n"
    "requirements:\n"
    "  - {id: b-later, title: Mobile expenses, status: new, raised: 2026-10-02}\n"
    "  - {id: a-undated, title: Dashboards, status: new}\n"
    "  - {id: taken, title: Taken, status: accepted, raised: 2026-01-01}\n"
    "  - {id: c-first, title: Self-service, status: new, raised: 2026-05-01}\n";

std::vector<std::string> texts(const Agenda& a) {
  std::vector<std::string> out;
  for (const auto& l : a.lines) out.push_back(l.text);
  return out;
}

Policy notice_of(long days) {
  Policy p;
  p.agreement_notice_days = days;
  return p;
}

}  // namespace

TEST_CASE("meeting types are read from the words in meeting files") {
  CHECK(parse_enum<MeetingType>("follow-up") == MeetingType::follow_up);
  CHECK(parse_enum<MeetingType>("planning") == MeetingType::planning);
  CHECK(parse_enum<MeetingType>("escalation") == MeetingType::escalation);
  CHECK(!parse_enum<MeetingType>("follow_up"));
}

TEST_CASE("open complaints are judged by their status on the day, from the history") {
  const auto ws = facts_of({
      file("complaints/b-open.yaml", complaint("finance", "2026-11-02", "open")),
      file("complaints/a-progress.yaml", complaint("finance", "2026-11-02", "in-progress")),
      file("complaints/resolved.yaml", complaint("finance", "2026-10-01", "resolved")),
      file("complaints/later.yaml", complaint("finance", "2026-11-24", "open")),
      file("complaints/other.yaml", complaint("hr", "2026-11-01", "open")),
      file("complaints/escalated.yaml",
           complaint("finance", "2026-06-09", "resolved",
                     "history:\n  - {date: 2026-06-09, status: open}\n  - {date: 2026-08-26, status: escalated}\n"
                     "  - {date: 2026-11-30, status: resolved}\n")),
  });
  const auto found = open_complaints(records_of(ws, "finance"), day);
  REQUIRE(found.size() == 3);
  CHECK(found[0].source.id == "escalated");
  CHECK(found[0].status == ComplaintStatus::escalated);
  CHECK(found[0].since == Date::parse("2026-08-26"));
  CHECK(found[0].days_open == 167);
  CHECK(found[1].source.id == "a-progress");
  CHECK(found[1].summary == "Late  salary files");  // as written; the agenda line folds it
  CHECK(found[1].source.path == "complaints/a-progress.yaml");
  CHECK(found[2].source.id == "b-open");
  CHECK(found[2].days_open == 21);
  CHECK(found[2].status == ComplaintStatus::open);
  CHECK(found[2].since == found[2].received);
  CHECK(open_complaints(records_of(ws, "finance"), *Date::parse("2026-12-01")).size() ==
        3);  // resolved, one more received
}

TEST_CASE("open actions come from the customer's earlier meetings, with days overdue") {
  const auto ws = facts_of({
      file("meetings/m2.yaml",
           meeting("finance", "2026-10-14",
                   action("Send the plan", "    due: 2026-11-13\n") +
                       action("Done already", "    due: 2026-10-20\n    status: done\n") + action("Call Erik", ""))),
      file("meetings/m1.yaml", meeting("finance", "2026-10-14", action("Book a room", "    due: 2026-12-01\n"))),
      file("meetings/m0.yaml", meeting("finance", "2026-09-30", action("Order laptops", "    status: open\n"))),
      file("meetings/today.yaml", meeting("finance", "2026-11-23", action("Not earlier", ""))),
      file("meetings/other.yaml", meeting("hr", "2026-09-30", action("Not ours", ""))),
  });
  const auto found = open_actions(records_of(ws, "finance"), day);
  V lines;
  for (const auto& a : found)
    lines.push_back(fmt::format("{} {} {}:{} {} {}", a.meeting_date.str(), a.what, a.source.path, a.source.pos.line,
                                a.due ? a.due->str() : "-", a.days_overdue));
  CHECK(lines ==
        V{"2026-09-30 Order laptops meetings/m0.yaml:5 - 0", "2026-10-14 Book a room meetings/m1.yaml:5 2026-12-01 0",
          "2026-10-14 Send the plan meetings/m2.yaml:5 2026-11-13 10", "2026-10-14 Call Erik meetings/m2.yaml:12 - 0"});
}

TEST_CASE("plan items due within the horizon or overdue, neither done nor cancelled") {
  const auto ws = facts_of({file("customers/finance.yaml", valid_customer("finance") + plans)});
  V lines;
  for (const auto& p : plan_items_due(records_of(ws, "finance"), day, 90))
    lines.push_back(fmt::format("{} {} {} {} {}", p.source.entry, p.status, p.progress, p.due.str(), p.days_left));
  CHECK(lines == V{"late ongoing 70 2026-10-31 -23", "soon planned  2027-02-21 90"});
  CHECK(plan_items_due(records_of(ws, "hr"), day, 90).empty());
}

TEST_CASE("requirements still new and improvements waiting for work") {
  const auto ws = facts_of({
      file("customers/finance.yaml", valid_customer("finance") + plans),
      file("improvements/b.yaml", "title: Monitor files\ncustomer: finance\nstatus: approved\nproposed: 2026-09-01\n"),
      file("improvements/a.yaml", "title: Check pay\ncustomer: finance\nstatus: proposed\nproposed: 2026-09-01\n"),
      file("improvements/c.yaml", "title: Underway\ncustomer: finance\nstatus: in-progress\n"),
      file("improvements/d.yaml", "title: Elsewhere\ncustomer: hr\nstatus: proposed\n"),
  });
  V lines;
  for (const auto& r : new_requirements(records_of(ws, "finance"))) lines.push_back(r.source.entry + " " + r.title);
  CHECK(lines == V{"c-first Self-service", "b-later Mobile expenses", "a-undated Dashboards"});
  lines.clear();
  for (const auto& i : pending_improvements(records_of(ws, "finance"))) lines.push_back(i.source.id + " " + i.status);
  CHECK(lines == V{"a proposed", "b approved"});
}

TEST_CASE("agreements on a day: in force, upcoming, lapsed, drafts; renewals within the notice period") {
  const auto ws = facts_of({
      payroll,
      file("agreements/old.yaml", agreement("active", "2025-01-01", "2025-12-31")),
      file("agreements/now.yaml", agreement("active", "2026-01-01", "2026-12-31")),
      file("agreements/next.yaml", agreement("draft", "2027-01-01", "2027-12-31")),
      file("agreements/gone.yaml", agreement("terminated", "2024-01-01", "2024-12-31")),
  });
  const auto state = agreements_on(records_of(ws, "finance"), day);
  REQUIRE(state.in_force.size() == 1);
  CHECK(state.in_force[0].source.id == "now");
  CHECK(state.lapsed.size() == 1);
  CHECK(state.drafts.size() == 1);
  CHECK(state.upcoming.empty());
  const auto& services = state.in_force[0].services;
  REQUIRE(services.size() == 2);
  CHECK(services[0].name == "Payroll");
  CHECK(services[0].levels == V{"availability 99.5%", "response time 4 hours"});
  CHECK(services[1].name == "mail");
  CHECK(agreements_ending(state, day, notice_of(90)).size() == 1);
  CHECK(agreements_ending(state, day, notice_of(37)).empty());

  auto signed_next = facts_of({file("agreements/now.yaml", agreement("active", "2026-01-01", "2026-12-31")),
                               file("agreements/next.yaml", agreement("active", "2027-01-01", "2027-12-31"))});
  const auto renewed = agreements_on(records_of(signed_next, "finance"), day);
  CHECK(renewed.upcoming.size() == 1);
  CHECK(agreements_ending(renewed, day, notice_of(90)).empty());
}

TEST_CASE("surveys up to the day, oldest first") {
  const auto ws = facts_of({
      file("surveys/b.yaml",
           "customer: finance\ndate: 2026-10-01\nrespondent: {name: Anna Berg}\n"
           "scores: {overall: 4, delivery: 3}\n"),
      file("surveys/a.yaml", "customer: finance\ndate: 2026-10-01\nscores: {overall: 5}\n"),
      file("surveys/c.yaml", "customer: finance\ndate: 2026-11-24\nscores: {overall: 1}\n"),
  });
  const auto found = surveys_until(records_of(ws, "finance"), day);
  REQUIRE(found.size() == 2);
  CHECK(found[0].source.id == "a");
  CHECK(found[1].respondent == "Anna Berg");
  CHECK(found[1].scores == std::vector<std::pair<std::string, std::string>>{{"overall", "4"}, {"delivery", "3"}});
}

namespace {

Files sample() {
  return {
      payroll,
      file("customers/finance.yaml", valid_customer("finance") + plans),
      file("agreements/now.yaml", agreement("active", "2026-01-01", "2026-12-31")),
      file("agreements/next.yaml", agreement("draft", "2027-01-01", "2027-12-31")),
      file("complaints/2026-11-02-late.yaml", complaint("finance", "2026-11-02", "open")),
      file("complaints/2026-10-27-slow.yaml", complaint("finance", "2026-10-27", "in-progress")),
      file("complaints/2026-06-09-down.yaml",
           complaint("finance", "2026-06-09", "escalated", "history:\n  - {date: 2026-08-26, status: escalated}\n")),
      file("meetings/2026-09-30-finance-follow-up.yaml",
           meeting("finance", "2026-09-30",
                   action("Send revised delivery plan", "    due: 2026-10-31\n") + action("Call Erik", ""))),
      file("surveys/s1.yaml", "customer: finance\ndate: 2026-09-01\nscores: {overall: 4}\n"),
      file("surveys/s2.yaml",
           "customer: finance\ndate: 2026-10-01\nrespondent: {name: Anna Berg}\n"
           "scores: {overall: 3, delivery: 2}\n"),
      file("improvements/monitor.yaml", "title: Monitor salary files\ncustomer: finance\nstatus: proposed\n"),
  };
}

}  // namespace

TEST_CASE("a planning agenda looks forward") {
  const auto agenda = prepare_agenda(records_of(facts_of(sample()), "finance"), Settings{}, day, MeetingType::planning);
  CHECK(texts(agenda) ==
        V{
            "Plan item late: Late project (ongoing, 70% done, due 2026-10-31, 23 days overdue)",
            "Plan item soon: Soon done (planned, due 2027-02-21, in 90 days)",
            "New requirement c-first: Self-service (raised 2026-05-01)",
            "New requirement b-later: Mobile expenses (raised 2026-10-02)",
            "New requirement a-undated: Dashboards",
            "Agreement now ends 2026-12-31 (in 38 days): renewal to discuss, draft next not yet signed",
            "Improvement monitor: Monitor salary files (proposed)",
            "New needs and changes in the business",
        });
  CHECK(agenda.lines[0].source.path == "customers/finance.yaml");
  CHECK(agenda.lines[0].source.pos.line == 12);
  CHECK(agenda.lines[5].source.path == "agreements/now.yaml");
}

TEST_CASE("a follow-up agenda reviews the delivery") {
  const auto agenda =
      prepare_agenda(records_of(facts_of(sample()), "finance"), Settings{}, day, MeetingType::follow_up);
  CHECK(texts(agenda) ==
        V{
            "Overdue action from 2026-09-30: Send revised delivery plan (Karin Holm, due 2026-10-31, 23 days overdue)",
            "Open action from 2026-09-30: Call Erik (Karin Holm)",
            "Complaint 2026-06-09-down: Late salary files (escalated 2026-08-26, open 167 days)",
            "Complaint 2026-10-27-slow: Late salary files (in-progress, open 27 days)",
            "Complaint 2026-11-02-late: Late salary files (open 21 days)",
            "Agreement now: Core 2026, in force until 2026-12-31 (ends in 38 days)",
            "Service levels of Payroll: availability 99.5%, response time 4 hours",
            "Service levels of mail: none agreed",
            "Latest survey 2026-10-01, Anna Berg: overall 3, delivery 2 (previous 2026-09-01: overall 4)",
        });
}

TEST_CASE("a steering agenda takes escalations, overdue actions and renewals") {
  const auto agenda = prepare_agenda(records_of(facts_of(sample()), "finance"), Settings{}, day, MeetingType::steering);
  CHECK(texts(agenda) ==
        V{
            "Complaint 2026-06-09-down: Late salary files (escalated 2026-08-26, open 167 days)",
            "Overdue action from 2026-09-30: Send revised delivery plan (Karin Holm, due 2026-10-31, 23 days overdue)",
            "Agreement now ends 2026-12-31 (in 38 days): renewal to discuss, draft next not yet signed",
        });
}

TEST_CASE("a renewal says when no successor has been drafted") {
  const auto ws = facts_of({file("agreements/now.yaml", agreement("active", "2026-01-01", "2026-12-31"))});
  CHECK(texts(prepare_agenda(records_of(ws, "finance"), Settings{}, day, MeetingType::steering)) ==
        V{"Agreement now ends 2026-12-31 (in 38 days): renewal to discuss, no draft yet"});
  Settings short_notice;
  short_notice.policy.agreement_notice_days = 30;
  CHECK(prepare_agenda(records_of(ws, "finance"), short_notice, day, MeetingType::steering).lines.empty());
}

TEST_CASE("a customer with no agreement in force gets that on the agenda, with what stands in for one") {
  Files files = sample();
  const auto later = *Date::parse("2027-01-15");
  auto agenda = prepare_agenda(records_of(facts_of(files), "finance"), Settings{}, later, MeetingType::escalation);
  CHECK(texts(agenda).back() ==
        "No agreement in force: now ended 2026-12-31 but is still active; draft next not yet signed");
  CHECK(agenda.lines.back().source.path == "customers/finance.yaml");
  agenda = prepare_agenda(records_of(facts_of({}), "finance"), Settings{}, day, MeetingType::follow_up);
  CHECK(texts(agenda) == V{"No agreement in force"});
}

TEST_CASE("records that are broken or of the wrong shape are passed over") {
  const auto ws = facts_of({
      file("customers/finance.yaml", "id: finance\nplans: 3\nrequirements: [x, {status: new}]\n"),
      file("complaints/list.yaml", "- customer: finance\n"),
      file("complaints/bad-date.yaml", complaint("finance", "2026-02-30", "open")),
      file("meetings/m.yaml", "customer: finance\ndate: 2026-01-01\nactions: {what: x}\n"),
      file("surveys/s.yaml", "customer: finance\ndate: 2026-01-01\nscores: [1, 2]\n"),
      file("agreements/a.yaml", "customer: finance\nstatus: active\nvalid_from: 2026-01-01\nservices: 7\n"),
      file("improvements/i.yaml", "customer: finance\nstatus: approved\n"),
  });
  for (auto type : {MeetingType::planning, MeetingType::follow_up, MeetingType::steering}) {
    const auto lines = texts(prepare_agenda(records_of(ws, "finance"), Settings{}, day, type));
    CHECK(!lines.empty());
  }
  CHECK(new_requirements(records_of(ws, "finance")).size() == 1);
  CHECK(surveys_until(records_of(ws, "finance"), day).size() == 1);
}

TEST_CASE("a follow-up agenda shows each level since the last follow-up, levels with a miss first") {
  auto files = sample();
  const auto delivered = [&](const std::string& period, const std::string& availability, const std::string& response,
                             const std::string& note = "") {
    files.push_back(file("deliveries/now-" + period + ".yaml",
                         fmt::format("agreement: now\nperiod: {}\nlevels:\n  - service: payroll\n    metric: response "
                                     "time\n    value: {}\n  - service: payroll\n    metric: availability\n"
                                     "    value: {}\n{}",
                                     period, response, availability, note.empty() ? "" : "    note: " + note + "\n")));
  };
  delivered("2026-08", "90", "1");  // reviewed at the follow-up of 2026-09-30
  delivered("2026-09", "99.7", "5");
  delivered("2026-10", "99.1", "6", "Disk full");
  delivered("2026-11", "90", "1");  // not ended on the meeting day
  const auto lines =
      texts(prepare_agenda(records_of(facts_of(files), "finance"), Settings{}, day, MeetingType::follow_up));
  const auto first = std::find_if(lines.begin(), lines.end(), [](const auto& l) { return l.starts_with("Delivery"); });
  REQUIRE(std::distance(first, lines.end()) >= 2);
  CHECK(*first ==
        "Delivery of Payroll, availability (now, agreed at least 99.5%): 2026-09 99.7% met, 2026-10 99.1% missed "
        "(Disk full)");
  CHECK(*(first + 1) ==
        "Delivery of Payroll, response time (now, agreed at least 4 hours): 2026-09 5 hours met, "
        "2026-10 6 hours met");
  CHECK((first + 2)->starts_with("Latest survey"));
}
