#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "brm/compute/review.hpp"
#include "support.hpp"

using brm::Date;
using brm::test::facts_of;
using brm::test::valid_customer;

namespace {

const std::string customer_file = valid_customer("finance") +
                                  "plans:\n  - id: p\n    title: Payroll\n    type: project\n"
                                  "    status: ongoing\n    due: 2028-02-29\n    reviewed: 2028-01-01\n";

/// The review of one customer as lines "urgency area date days: text".
std::vector<std::string> review(const brm::test::Files& extra, const std::string& as_of, long within = 30,
                                long missed_periods = 3) {
  brm::test::Files files = {{"customers/finance.yaml", customer_file}};
  files.insert(files.end(), extra.begin(), extra.end());
  const auto facts = facts_of(files);
  std::vector<std::string> out;
  for (const auto& f : brm::review_customer(brm::records_of(facts, "finance"), {}, *Date::parse(as_of), within,
                                                 missed_periods))
    out.push_back(fmt::format("{} {} {} {}: {}", brm::urgency_name(f.urgency), brm::area_name(f.area),
                              f.date ? f.date->str() : "-", f.days ? std::to_string(*f.days) : "-", f.text));
  return out;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

std::string meeting(const std::string& date) {
  return fmt::format("id: m\ncustomer: finance\ndate: {}\ntype: follow-up\n", date);
}

std::string complaint(const std::string& received, const std::string& status = "open") {
  return fmt::format("id: c\ncustomer: finance\nreceived: {}\nseverity: high\nsummary: Late\nstatus: {}\n", received,
                     status);
}

}  // namespace

TEST_CASE("a meeting exactly meeting_interval_days ago is due today, one day more is overdue") {
  const auto on_the_day = review({{"meetings/m.yaml", meeting("2026-08-25")}}, "2026-11-23");
  CHECK(has(on_the_day, "due meetings 2026-11-23 0: Next meeting due (last 2026-08-25)"));
  const auto next_day = review({{"meetings/m.yaml", meeting("2026-08-25")}}, "2026-11-24");
  CHECK(has(next_day, "overdue meetings 2026-11-23 1: No meeting since 2026-08-25"));
  CHECK(has(review({}, "2026-11-23"), "missing meetings - -: No meeting held yet"));
}

TEST_CASE("a complaint on its last allowed day is not overdue; the day after it is") {
  const auto last_day = review({{"complaints/c.yaml", complaint("2026-11-13")}}, "2026-11-23");
  for (const auto& line : last_day) CHECK(line.find("complaints") == std::string::npos);
  const auto day_after = review({{"complaints/c.yaml", complaint("2026-11-13")}}, "2026-11-24");
  CHECK(has(day_after, "overdue complaints 2026-11-23 1: Complaint 'Late' is open since 2026-11-13"));
  const auto escalated = review({{"complaints/c.yaml", complaint("2026-11-20", "escalated")}}, "2026-11-23");
  CHECK(has(escalated, "due complaints 2026-11-30 7: Complaint 'Late' is escalated since 2026-11-20"));
}

TEST_CASE("plan items count days across a leap day") {
  CHECK(has(review({}, "2028-02-28"), "due plans 2028-02-29 1: Plan item 'Payroll' (ongoing) is due on 2028-02-29"));
  CHECK(
      has(review({}, "2028-03-01"), "overdue plans 2028-02-29 1: Plan item 'Payroll' (ongoing) was due on 2028-02-29"));
  CHECK(
      has(review({}, "2028-01-30", 30), "due plans 2028-02-29 30: Plan item 'Payroll' (ongoing) is due on 2028-02-29"));
  const auto outside = review({}, "2028-01-29", 30);
  for (const auto& line : outside) CHECK(line.find("is due on") == std::string::npos);
}

TEST_CASE("a plan item not reviewed within plan_review_days is overdue for review") {
  // Reviewed 2028-01-01; 180 days later is 2028-06-29 (2028 is a leap year).
  CHECK(has(review({}, "2028-06-30"), "overdue plans 2028-06-29 1: Plan item 'Payroll' not reviewed since 2028-01-01"));
}

TEST_CASE("agreements: the notice period is inclusive, across the year end") {
  const std::string agreement =
      "id: a\ncustomer: finance\ntitle: Core\nstatus: active\nvalid_from: 2026-01-01\nvalid_until: 2026-12-31\n"
      "signed:\n  by: Anna Berg\n  date: 2025-12-01\nservices:\n  - service: payroll\nfinancing:\n  amount: 1\n"
      "  period: year\n";
  CHECK(has(review({{"agreements/a.yaml", agreement}}, "2026-10-02"),
            "due agreements 2026-12-31 90: Agreement 'Core' ends on 2026-12-31: renew it"));
  for (const auto& line : review({{"agreements/a.yaml", agreement}}, "2026-10-01"))
    CHECK(line.find("agreements") == std::string::npos);
  CHECK(has(review({{"agreements/a.yaml", agreement}}, "2027-01-01"),
            "overdue agreements 2026-12-31 1: Agreement 'Core' ended on 2026-12-31 but is still active"));
  CHECK(has(review({}, "2026-11-23"), "missing agreements - -: No agreement in force"));
}

TEST_CASE("overdue actions count across a month end") {
  const std::string m = meeting("2026-01-15") +
                        "actions:\n  - what: Send the plan\n    owner: Karin Holm\n"
                        "    due: 2026-01-31\n    status: open\n";
  CHECK(has(review({{"meetings/m.yaml", m}}, "2026-03-01"),
            "overdue actions 2026-01-31 29: Action 'Send the plan' (Karin Holm) from the meeting of 2026-01-15 was "
            "due on 2026-01-31"));
}

TEST_CASE("surveys: due, none, and a drop from the previous response") {
  auto survey = [](const std::string& id, const std::string& date, int score) {
    return std::pair{"surveys/" + id + ".yaml",
                     fmt::format("id: {}\ncustomer: finance\ndate: {}\nscores:\n  overall: {}\n", id, date, score)};
  };
  CHECK(has(review({}, "2026-11-23"), "missing surveys - -: No survey answered yet"));
  const auto lines = review({survey("s1", "2025-10-01", 4), survey("s2", "2025-11-01", 3)}, "2026-11-23");
  CHECK(has(lines, "overdue surveys 2026-11-01 22: No survey since 2025-11-01"));
  CHECK(has(lines, "due surveys 2025-11-01 -: Satisfaction fell from 4.0 (2025-10-01) to 3.0 (2025-11-01)"));
}

TEST_CASE("survey scores are numbers as YAML and the checks read them: +4 is 4, n/a is none") {
  auto survey = [](const std::string& id, const std::string& date, const std::string& scores) {
    return std::pair{"surveys/" + id + ".yaml",
                     fmt::format("id: {}\ncustomer: finance\ndate: {}\nscores: {}\n", id, date, scores)};
  };
  const auto lines = review(
      {survey("s1", "2026-10-01", "{overall: +4, value: n/a}"), survey("s2", "2026-11-01", "{overall: 3, value: 0x4}")},
      "2026-11-23");
  CHECK(has(lines, "due surveys 2026-11-01 -: Satisfaction fell from 4.0 (2026-10-01) to 3.5 (2026-11-01)"));
}

TEST_CASE("contacts: no relationship manager, purchasers without a delivery manager") {
  const auto facts = facts_of(
      {{"customers/f.yaml", "id: f\nname: F\ncustomer:\n  name: A\npurchasers:\n  - name: B\n    business_line: X\n"}});
  std::vector<std::string> texts;
  for (const auto& f : brm::review_customer(brm::records_of(facts, "f"), {}, *Date::parse("2026-11-23"), 30))
    if (f.area == brm::Area::contacts)
      texts.push_back(fmt::format("{}:{}:{} {}", f.source.path, f.source.pos.line, f.source.pos.column, f.text));
  // With no team, the first points at the file's top and the second at the purchasers.
  CHECK(texts == std::vector<std::string>{
                     "customers/f.yaml:1:1 No relationship manager: the customer has no designated IT contact",
                     "customers/f.yaml:5:1 Purchasers have no delivery manager as their IT contact"});
}

TEST_CASE("the hierarchy takes in every customer below, whatever the file order") {
  const auto facts = facts_of({{"customers/a.yaml", valid_customer("a") + "parent: c\n"},
                               {"customers/b.yaml", valid_customer("b") + "parent: a\n"},
                               {"customers/c.yaml", valid_customer("c")},
                               {"customers/d.yaml", valid_customer("d")}});
  CHECK(brm::customer_hierarchy(facts).subtree("c") == std::set<std::string, std::less<>>{"a", "b", "c"});
}

namespace {

// An agreement in force all of 2026 with a level of each direction, and its deliveries.
const std::pair<std::string, std::string> leveled = {
    "agreements/a.yaml",
    "id: a\ncustomer: finance\ntitle: Core\nstatus: active\nvalid_from: 2026-01-01\nvalid_until: 2026-12-31\n"
    "signed:\n  by: Anna Berg\n  date: 2025-12-15\nservices:\n  - service: payroll\n    levels:\n"
    "      - metric: availability\n        target: 99.5\n        unit: \"%\"\n"
    "      - metric: resolution time\n        target: 4\n        unit: h\n        direction: at-most\n"
    "financing:\n  amount: 1000\n  period: year\n"};

std::pair<std::string, std::string> delivered(const std::string& period, const std::string& availability,
                                              const std::string& resolution = "3") {
  const auto id = "a-" + period;
  return {"deliveries/" + id + ".yaml",
          fmt::format("id: {}\nagreement: a\nperiod: {}\nreported: {}\nlevels:\n  - service: payroll\n"
                      "    metric: availability\n    value: {}\n  - service: payroll\n    metric: resolution time\n"
                      "    value: {}\n",
                      id, period, period + "-28", availability, resolution)};
}

/// Every month of 2026 up to `last` delivered with the level met.
brm::test::Files met_until(int last) {
  brm::test::Files files = {leveled, {"services/payroll.yaml", "id: payroll\nname: Payroll\nowner: L\nstatus: live\n"}};
  for (int m = 1; m <= last; ++m) files.push_back(delivered(fmt::format("2026-{:02}", m), "99.9"));
  return files;
}

std::vector<std::string> lines_of(const std::vector<std::string>& all, const std::string& area) {
  std::vector<std::string> out;
  for (const auto& l : all)
    if (l.find(" " + area + " ") != std::string::npos) out.push_back(l);
  return out;
}

}  // namespace

TEST_CASE("a level missed in the latest period is due; missed periods running are overdue") {
  auto files = met_until(7);
  files.push_back(delivered("2026-08", "99.1"));
  CHECK(lines_of(review(files, "2026-09-10"), "deliveries") ==
        std::vector<std::string>{"due deliveries 2026-08-31 -: Level 'availability' of Payroll (a) missed in 2026-08: "
                                 "99.1% against at least 99.5%; take it up at the next follow-up meeting"});
  files.push_back(delivered("2026-09", "99.2"));
  files.push_back(delivered("2026-10", "99.3"));
  CHECK(lines_of(review(files, "2026-11-10"), "deliveries") ==
        std::vector<std::string>{"overdue deliveries 2026-10-31 10: Level 'availability' of Payroll (a) missed 3 "
                                 "periods running (2026-08 to 2026-10), 99.3% against at least 99.5% in 2026-10: "
                                 "propose an escalation"});
  // --missed-periods 4: three running is due, not yet overdue.
  CHECK(lines_of(review(files, "2026-11-10", 30, 4), "deliveries").front().starts_with("due deliveries"));
}

TEST_CASE("a level last reported more than a year ago is not reviewed") {
  auto files = met_until(7);
  files.push_back(delivered("2026-08", "99.1"));
  const auto misses = [&](const std::string& day) {
    const auto lines = lines_of(review(files, day), "deliveries");
    return std::count_if(lines.begin(), lines.end(), [](const auto& l) { return l.starts_with("due deliveries"); });
  };
  CHECK(misses("2027-08-31") == 1);  // 2026-08 ended within the year
  CHECK(misses("2027-09-01") == 0);
}

TEST_CASE("a period not reported breaks a run of misses, and is itself missing once its report is late") {
  auto files = met_until(7);
  files.push_back(delivered("2026-08", "99.1"));
  files.push_back(delivered("2026-10", "99.1"));
  const auto lines = lines_of(review(files, "2026-11-10"), "deliveries");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].starts_with("due deliveries 2026-10-31 -: Level 'availability' of Payroll (a) missed in 2026-10"));
  CHECK(lines[1] == "missing deliveries 2026-10-15 26: No delivery report for 2026-09 of agreement 'Core' (due "
                    "2026-10-15)");
}

TEST_CASE("a delivery report is missing the day after its report days have passed") {
  // October ends on the 31st; its report is due 15 days later, on 2026-11-15.
  CHECK(lines_of(review(met_until(9), "2026-11-15"), "deliveries").empty());
  CHECK(lines_of(review(met_until(9), "2026-11-16"), "deliveries") ==
        std::vector<std::string>{"missing deliveries 2026-11-15 1: No delivery report for 2026-10 of agreement "
                                 "'Core' (due 2026-11-15)"});
  CHECK(lines_of(review(met_until(8), "2026-11-16"), "deliveries") ==
        std::vector<std::string>{"missing deliveries 2026-11-15 1: No delivery report for 2026-10 of agreement "
                                 "'Core' (due 2026-11-15); 1 earlier is missing too"});
}

TEST_CASE("a time limit is met at the target and missed above it") {
  auto files = met_until(8);
  files.push_back(delivered("2026-09", "99.9", "4"));
  CHECK(lines_of(review(files, "2026-10-05"), "deliveries").empty());
  files.back() = delivered("2026-09", "99.9", "4.5");
  CHECK(lines_of(review(files, "2026-10-05"), "deliveries") ==
        std::vector<std::string>{"due deliveries 2026-09-30 -: Level 'resolution time' of Payroll (a) missed in "
                                 "2026-09: 4.5 h against at most 4 h; take it up at the next follow-up meeting"});
}

TEST_CASE("a level missed twice running calls for an improvement, until one points at it") {
  auto files = met_until(7);
  files.push_back(delivered("2026-08", "99.1"));
  files.push_back(delivered("2026-09", "99.2"));
  // Known when September was reported (2026-09-28); an improvement is due within 30 days.
  CHECK(lines_of(review(files, "2026-10-05"), "improvements") ==
        std::vector<std::string>{"due improvements 2026-10-28 23: Level 'availability' of Payroll (a) missed 2 "
                                 "periods running from 2026-08, and no improvement points at those deliveries"});
  CHECK(lines_of(review(files, "2026-10-29"), "improvements").front().starts_with("overdue improvements 2026-10-28 1"));
  files.push_back({"improvements/i.yaml", "id: i\ntitle: More capacity\nsource: delivery/a-2026-08\nstatus: "
                                          "proposed\n"});
  CHECK(lines_of(review(files, "2026-10-29"), "improvements").empty());
}

TEST_CASE("a survey dimension below the middle of the scale calls for an improvement") {
  const std::pair<std::string, std::string> survey = {
      "surveys/s.yaml", "id: s\ncustomer: finance\ndate: 2026-10-01\nscores:\n  overall: 2\n  value: 4\n"};
  CHECK(lines_of(review({survey}, "2026-10-05"), "improvements") ==
        std::vector<std::string>{"due improvements 2026-10-31 26: Satisfaction with 'overall' averages 2.00 in 1 "
                                 "answers since 2025-10-05, below the middle of the scale (3), and no improvement "
                                 "points at those surveys"});
  CHECK(lines_of(review({survey, {"improvements/i.yaml", "id: i\ntitle: T\ncustomer: finance\nsource: survey/s\n"
                                                         "status: proposed\n"}},
                        "2026-10-05"),
                 "improvements")
            .empty());
}
