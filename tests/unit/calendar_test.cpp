// The calendar: which dates it holds, their uids (stable whatever the text or the date),
// whose calendar --for gives, and the iCalendar text libical writes.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <sstream>

#include "brm/compute/calendar.hpp"
#include "brm/render/icalendar.hpp"
#include "brm/usecases/calendar.hpp"
#include "support.hpp"

using namespace brm;
using brm::test::valid_customer;
using V = std::vector<std::string>;

namespace {

const Date day = *Date::parse("2026-11-23");

std::string meeting(const std::string& id, const std::string& date, const std::string& actions = "") {
  return fmt::format("id: {}\ncustomer: finance\ndate: {}\ntype: follow-up\n{}", id, date, actions);
}

std::string action(const std::string& what, const std::string& owner, const std::string& due,
                   const std::string& status = "open") {
  return fmt::format("  - what: {}\n    owner: {}\n    due: {}\n    status: {}\n", what, owner, due, status);
}

std::string agreement(const std::string& id, const std::string& from, const std::string& until) {
  return fmt::format(
      "id: {}\ncustomer: finance\ntitle: Core {}\nstatus: active\nvalid_from: {}\nvalid_until: {}\n"
      "signed:\n  by: Anna Berg\n  date: 2025-12-01\nservices:\n  - service: payroll\n    levels:\n"
      "      - metric: availability\n        target: 99.5\n        unit: \"%\"\n"
      "financing:\n  amount: 100\n  period: year\n",
      id, id, from, until);
}

Calendar calendar_of(const test::Files& files, const CalendarOptions& options = {}) {
  return compute_calendar(test::facts_of(files), {}, day, options);
}

/// Each item as "date kind uid".
V lines(const Calendar& c) {
  V out;
  for (const auto& i : c.items) out.push_back(fmt::format("{} {} {}", i.date.str(), name_of(i.kind), i.uid));
  return out;
}

}  // namespace

TEST_CASE("calendar: a meeting after the as-of date is booked; one on or before it is not") {
  const auto c = calendar_of({{"customers/finance.yaml", valid_customer("finance")},
                              {"meetings/2026-12-03-finance.yaml", meeting("2026-12-03-finance", "2026-12-03")},
                              {"meetings/2026-11-23-finance.yaml", meeting("2026-11-23-finance", "2026-11-23")}});
  CHECK(lines(c) == V{"2026-12-03 meeting meeting-2026-12-03-finance@brm"});
  CHECK(c.items[0].summary == "Division finance: follow-up meeting");
  CHECK(c.items[0].description ==
        "A follow-up meeting booked for 2026-12-03\nCustomer: Division finance (finance)\n"
        "File: meetings/2026-12-03-finance.yaml:1");
}

TEST_CASE("calendar: an open action keeps its uid when reworded or moved; done and undated ones are left out") {
  const auto with = [](const std::string& what, const std::string& due) {
    return calendar_of(
        {{"customers/finance.yaml", valid_customer("finance")},
         {"meetings/m.yaml", meeting("m", "2026-10-01",
                                     "actions:\n" + action("Old", "Ann", "2026-10-15", "done") +
                                         action(what, "Bo", due) + "  - what: No date\n    owner: Bo\n")}});
  };
  CHECK(lines(with("Send it", "2026-12-01")) == V{"2026-12-01 action action-m+2@brm"});
  CHECK(lines(with("Send the proposal", "2026-12-09")) == V{"2026-12-09 action action-m+2@brm"});
  // An overdue action stays on its due date: it is still open.
  CHECK(lines(with("Send it", "2026-11-01")) == V{"2026-11-01 action action-m+2@brm"});
}

TEST_CASE("calendar: an agreement's end, its renewal notice from policy, and the next delivery report") {
  const test::Files files = {{"customers/finance.yaml", valid_customer("finance")},
                             {"agreements/a.yaml", agreement("a", "2026-10-01", "2026-12-31")},
                             {"deliveries/a-2026-10.yaml",
                              "id: a-2026-10\nagreement: a\nperiod: 2026-10\nlevels:\n  - service: payroll\n"
                              "    metric: availability\n    value: 99.9\n"}};
  // 2026-12-31 less 90 days' notice is 2026-10-02: the day the review starts asking.
  CHECK(lines(calendar_of(files)) == V{"2026-10-02 renewal-notice renewal-notice-a@brm",
                                       "2026-12-15 delivery-report delivery-report-a+2026-11@brm",
                                       "2026-12-31 agreement-end agreement-end-a@brm"});
  // A signed agreement that follows needs no renewal; its own notice comes in time.
  auto more = files;
  more.push_back({"agreements/b.yaml", agreement("b", "2027-01-01", "2027-12-31")});
  const auto c = lines(calendar_of(more));
  CHECK(std::count(c.begin(), c.end(), "2026-10-02 renewal-notice renewal-notice-a@brm") == 0);
  CHECK(std::count(c.begin(), c.end(), "2027-10-02 renewal-notice renewal-notice-b@brm") == 1);
  CHECK(std::count(c.begin(), c.end(), "2027-12-31 agreement-end agreement-end-b@brm") == 1);
}

TEST_CASE("calendar: reports the review finds missing are each on their due date") {
  const auto c = lines(calendar_of({{"customers/finance.yaml", valid_customer("finance")},
                                    {"agreements/a.yaml", agreement("a", "2026-09-01", "2027-08-31")}}));
  CHECK(c == V{"2026-10-15 delivery-report delivery-report-a+2026-09@brm",
               "2026-11-15 delivery-report delivery-report-a+2026-10@brm",
               "2026-12-15 delivery-report delivery-report-a+2026-11@brm",
               "2027-06-02 renewal-notice renewal-notice-a@brm", "2027-08-31 agreement-end agreement-end-a@brm"});
}

TEST_CASE("calendar: plan items due and the next survey, with uids from the customer and the entry") {
  const auto customer = valid_customer("finance") +
                        "plans:\n  - id: p\n    title: Payroll\n    type: project\n    status: ongoing\n"
                        "    due: 2027-03-01\n    progress: 40\n  - id: q\n    title: Done\n    type: project\n"
                        "    status: done\n    due: 2027-01-01\n";
  const auto c =
      calendar_of({{"customers/finance.yaml", customer},
                   {"surveys/s.yaml", "id: s\ncustomer: finance\ndate: 2026-05-01\nscores:\n  overall: 4\n"}});
  CHECK(lines(c) == V{"2027-03-01 plan-item plan-item-finance+p@brm", "2027-05-01 survey-due survey-due-finance@brm"});
  CHECK(c.items[0].description.starts_with("Plan item 'Payroll' is due on 2027-03-01; status: ongoing, 40% done"));
}

TEST_CASE("calendar --for: everything of the person's customers, only their own actions elsewhere") {
  const auto other =
      fmt::format("id: hr\nname: HR\ncustomer:\n  name: Eva Lind\nteam:\n  relationship_manager: Per Holm\n");
  const auto hr_meeting = "id: h\ncustomer: hr\ndate: 2026-10-01\ntype: planning\nactions:\n" +
                          action("Mine", "Karin Holm", "2026-12-01") + action("Theirs", "Per Holm", "2026-12-02");
  const test::Files files = {{"customers/finance.yaml", valid_customer("finance")},
                             {"customers/hr.yaml", other},
                             {"meetings/h.yaml", hr_meeting},
                             {"meetings/f.yaml", meeting("f", "2026-12-10")},
                             {"meetings/g.yaml", "id: g\ncustomer: hr\ndate: 2026-12-11\ntype: planning\n"}};
  CHECK(lines(calendar_of(files, {{}, "Karin Holm"})) ==
        V{"2026-12-01 action action-h+1@brm", "2026-12-10 meeting meeting-f@brm"});
  CHECK(lines(calendar_of(files, {{"hr"}, {}})) ==
        V{"2026-12-01 action action-h+1@brm", "2026-12-02 action action-h+2@brm", "2026-12-11 meeting meeting-g@brm"});
  CHECK(calendar_of(files, {{}, "Karin Holm"}).name.ends_with(", calendar of Karin Holm"));
  CHECK(calendar_people(test::facts_of(files)) == V{"Karin Holm", "Per Holm"});
}

TEST_CASE("calendar use case: refuses a person nobody is, with the name meant") {
  const test::Files files = {{"customers/finance.yaml", valid_customer("finance")}};
  const auto w = open_workspace(test::source_of(files), day, calendar_needs());
  REQUIRE(w);
  const auto typo = calendar_workspace(*w, {{}, false, "Karin Hom"});
  REQUIRE_FALSE(typo);
  CHECK(typo.failure().errors == V{"--for: nobody named 'Karin Hom' is a customer's relationship manager or owns a "
                                   "meeting action (did you mean 'Karin Holm'?)"});
  CHECK(calendar_workspace(*w, {{}, false, "Karin Holm"}).ok());
  CHECK_FALSE(calendar_workspace(*w, {"nobody", false, {}}).ok());
}

TEST_CASE("icalendar: all-day events, DTSTAMP as given, CRLF, lines folded at 75 octets between characters") {
  Calendar c{day, "Nordvik", {}};
  const std::string long_summary = "Åsa Öberg: " + std::string(40, 'x') + " ÅÄÖ åäö 漢字 " + std::string(60, 'y');
  c.items.push_back({CalendarKind::meeting,
                     *Date::parse("2026-12-31"),
                     "meeting-m@brm",
                     long_summary,
                     "One, two; three\nFile: meetings/m.yaml:1",
                     "finance",
                     {}});
  std::ostringstream out;
  render_icalendar(c, 1767225600, out);  // 2026-01-01T00:00:00Z
  const auto text = out.str();
  CHECK(text.find("DTSTAMP:20260101T000000Z\r\n") != std::string::npos);
  CHECK(text.find("DTSTART;VALUE=DATE:20261231\r\n") != std::string::npos);
  CHECK(text.find("DTEND;VALUE=DATE:20270101\r\n") != std::string::npos);
  CHECK(text.find("UID:meeting-m@brm\r\n") != std::string::npos);
  CHECK(text.find("DESCRIPTION:One\\, two\\; three\\nFile: meetings/m.yaml:1\r\n") != std::string::npos);
  CHECK(text.find("X-WR-CALNAME:Nordvik\r\n") != std::string::npos);
  CHECK(text.ends_with("END:VCALENDAR\r\n"));
  std::string unfolded;
  for (std::size_t at = 0; at < text.size();) {
    const auto end = text.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    const auto line = text.substr(at, end - at);
    CHECK(line.size() <= 75);
    CHECK(line.find('\n') == std::string::npos);
    // A fold never cuts a character: no line starts with a UTF-8 continuation byte.
    if (line.size() > 1) CHECK((static_cast<unsigned char>(line[line.starts_with(" ") ? 1 : 0]) & 0xC0) != 0x80);
    unfolded += line.starts_with(" ") ? line.substr(1) : "\n" + line;
    at = end + 2;
  }
  CHECK(unfolded.find("\nSUMMARY:" + long_summary + "\n") != std::string::npos);
}
