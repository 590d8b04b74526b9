#include <catch2/catch.hpp>

#include "brm/checks/check.hpp"
#include "support.hpp"

using brm::test::valid_customer;
using brm::test::validate;
using V = std::vector<std::string>;

namespace {

const auto finance = std::pair{std::string("customers/finance.yaml"), valid_customer("finance")};
const auto payroll = std::pair{std::string("services/payroll.yaml"),
                               std::string("id: payroll\nname: Payroll\nowner: Lena Ek\nstatus: live\n")};

std::string agreement(const std::string& status, const std::string& extra) {
  return "id: a\ncustomer: finance\ntitle: Core\nstatus: " + status +
         "\nvalid_from: 2026-01-01\nvalid_until: 2026-12-31\nservices:\n  - service: payroll\n"
         "financing:\n  amount: 1000\n  period: year\n" +
         extra;
}

const std::string signed_ok = "signed:\n  by: Anna Berg\n  date: 2025-12-15\n";

std::string complaint(const std::string& status, const std::string& extra) {
  return "id: c\ncustomer: finance\nreceived: 2026-11-10\nseverity: high\nsummary: Late\nstatus: " + status + "\n" +
         extra;
}

}  // namespace

TEST_CASE("id must equal the file name and be well formed") {
  CHECK(validate({{"services/payroll.yaml", "id: payrol\nname: P\nowner: L\nstatus: live\n"}}) ==
        V{"services/payroll.yaml:1:5: error: id 'payrol' differs from the file name 'payroll'; they must be equal "
          "[id-mismatch]"});
  CHECK(validate({{"services/Pay Roll.yaml", "id: Pay Roll\nname: P\nowner: L\nstatus: live\n"}}) ==
        V{"services/Pay Roll.yaml:1:5: error: 'Pay Roll' is not a valid id: use lowercase letters a-z, digits, '-', "
          "'_' and '.', start with a letter or digit, at most 64 characters [invalid-id]"});
}

TEST_CASE("an id used twice within a kind") {
  CHECK(validate({payroll, {"services/payroll.yml", payroll.second}}) ==
        V{"services/payroll.yml:1:1: error: the service id 'payroll' is also used by services/payroll.yaml; ids must "
          "be unique within a kind [duplicate-id]"});
}

TEST_CASE("plan ids are unique within the customer") {
  const auto plans =
      "plans:\n  - id: p\n    title: A\n    type: project\n    status: ongoing\n"
      "  - id: p\n    title: B\n    type: project\n    status: done\n";
  CHECK(validate({{"customers/finance.yaml", valid_customer("finance") + plans}}) ==
        V{"customers/finance.yaml:16:9: error: 'p' is used by two entries of 'plans'; ids must be unique within the "
          "customer [duplicate-id]"});
}

TEST_CASE("references resolve, with a suggestion when close") {
  CHECK(validate({finance, payroll, {"agreements/a.yaml", agreement("draft", "").replace(16, 7, "finanse")}}) ==
        V{"agreements/a.yaml:2:11: error: no customer has the id 'finanse' (did you mean 'finance'?) "
          "[unresolved-reference]"});
  CHECK(validate({finance, {"improvements/i.yaml", "id: i\ntitle: T\nstatus: proposed\nsource: complaint/nope\n"}}) ==
        V{"improvements/i.yaml:4:9: error: no complaint has the id 'nope' [unresolved-reference]"});
  CHECK(validate({{"improvements/i.yaml", "id: i\ntitle: T\nstatus: proposed\nsource: complaints/x\n"}}) ==
        V{"improvements/i.yaml:4:9: error: 'complaints/x' must be written kind/id with kind one of service, "
          "customer, agreement, meeting, complaint, survey, improvement, delivery (did you mean 'complaint'?) "
          "[unresolved-reference]"});
}

TEST_CASE("a record that cannot be read still reserves its id") {
  CHECK(validate({{"customers/finance.yaml", "id: finance\nname: [broken\n"},
                  payroll,
                  {"agreements/a.yaml", agreement("draft", "")}}) ==
        V{"customers/finance.yaml:2:7: error: invalid YAML: the list that starts here with '[' is not closed: did "
          "not find expected ',' or ']' at line 3, column 1 [yaml-syntax]"});
}

TEST_CASE("the customer hierarchy may not go round in a circle") {
  auto with_parent = [](const std::string& id, const std::string& parent) {
    return valid_customer(id) + "parent: " + parent + "\n";
  };
  CHECK(validate({{"customers/a.yaml", with_parent("a", "b")},
                  {"customers/b.yaml", with_parent("b", "c")},
                  {"customers/c.yaml", with_parent("c", "a")},
                  {"customers/d.yaml", with_parent("d", "a")}}) ==
        V{"customers/a.yaml:11:9: error: the customer hierarchy goes round in a circle: a -> b -> c -> a "
          "[parent-cycle]"});
  CHECK(validate({{"customers/a.yaml", with_parent("a", "a")}}) ==
        V{"customers/a.yaml:11:9: error: the customer hierarchy goes round in a circle: a -> a [parent-cycle]"});
}

TEST_CASE("agreements: dates in order, active ones signed by the mandate holder") {
  CHECK(validate({finance, payroll, {"agreements/a.yaml", agreement("active", signed_ok)}}).empty());
  CHECK(validate({finance, payroll, {"agreements/a.yaml", agreement("active", "")}}) ==
        V{"agreements/a.yaml:1:1: error: an active agreement must be signed: add 'signed' with 'by' and 'date' "
          "[agreement-unsigned]"});
  auto reversed = agreement("draft", "");
  reversed.replace(reversed.find("valid_until: 2026-12-31"), 23, "valid_until: 2025-12-31");
  CHECK(validate({finance, payroll, {"agreements/a.yaml", reversed}}) ==
        V{"agreements/a.yaml:6:14: error: the agreement ends (2025-12-31) before it starts (2026-01-01) "
          "[agreement-dates]"});
  CHECK(validate({finance,
                  payroll,
                  {"agreements/a.yaml", agreement("active", "signed:\n  by: Erik Lund\n  date: 2025-12-15\n")}}) ==
        V{"agreements/a.yaml:13:7: error: signed by Erik Lund, a purchaser, who cannot decide on agreements; the "
          "customer of 'finance' with the mandate is Anna Berg [agreement-signer]"});
}

TEST_CASE("an active agreement covering a retired service is a warning") {
  const auto retired = std::pair{std::string("services/payroll.yaml"),
                                 std::string("id: payroll\nname: Payroll\nowner: Lena Ek\nstatus: retired\n")};
  CHECK(validate({finance, retired, {"agreements/a.yaml", agreement("active", signed_ok)}}) ==
        V{"agreements/a.yaml:8:14: warning: the active agreement covers 'payroll', a retired service "
          "[retired-service]"});
  CHECK(validate({finance, retired, {"agreements/a.yaml", agreement("terminated", signed_ok)}}).empty());
}

TEST_CASE("complaints: resolution when closed, history forward in time") {
  CHECK(validate({finance, {"complaints/c.yaml", complaint("resolved", "")}}) ==
        V{"complaints/c.yaml:1:1: error: a resolved or rejected complaint needs a 'resolution' saying how or why "
          "[missing-resolution]"});
  CHECK(validate({finance, {"complaints/c.yaml", complaint("rejected", "resolution: Not ours\n")}}).empty());
  const auto history =
      "history:\n  - date: 2026-11-09\n    status: open\n  - date: 2026-11-12\n    status: open\n"
      "  - date: 2026-11-11\n    status: in-progress\n";
  CHECK(validate({finance, {"complaints/c.yaml", complaint("in-progress", history)}}) ==
        V{"complaints/c.yaml:8:11: error: history starts on 2026-11-09, before the complaint was received "
          "(2026-11-10) [history-order]",
          "complaints/c.yaml:12:11: error: history goes back in time: this entry is dated 2026-11-11, before the "
          "entry above it (2026-11-12) [history-order]"});
}

TEST_CASE("customers need a relationship manager, and a delivery manager when they have purchasers") {
  CHECK(validate({{"customers/f.yaml", "id: f\nname: F\ncustomer:\n  name: A\n"}}) ==
        V{"customers/f.yaml:1:1: warning: the customer has no relationship manager (team.relationship_manager), so "
          "no designated IT contact [missing-relationship-manager]"});
  CHECK(validate({{"customers/f.yaml",
                   "id: f\nname: F\ncustomer:\n  name: A\npurchasers:\n  - name: B\n    business_line: X\n"
                   "team:\n  relationship_manager: K\n"}}) ==
        V{"customers/f.yaml:8:1: warning: the customer has purchasers but no delivery manager "
          "(team.delivery_manager) to be their contact [missing-delivery-manager]"});
}

TEST_CASE("dates in the future where they cannot be") {
  CHECK(
      validate({finance, {"complaints/c.yaml", complaint("open", "")}}, "2026-11-09") ==
      V{"complaints/c.yaml:3:11: warning: the complaint was received on 2026-11-10, which is after today (2026-11-09) "
        "[future-date]"});
  const auto meeting = "id: m\ncustomer: finance\ndate: 2026-12-01\ntype: planning\n";
  CHECK(validate({finance, {"meetings/m.yaml", meeting}}).empty());
  CHECK(validate({finance, {"meetings/m.yaml", std::string(meeting) + "decisions: [Go]\n"}}) ==
        V{"meetings/m.yaml:3:7: warning: the meeting has minutes or decisions but is dated 2026-12-01, which is "
          "after today (2026-11-23) [future-date]"});
}

TEST_CASE("a complaint received in the future is reported once, not again for its history") {
  const auto history = "history:\n  - date: 2026-11-10\n    status: open\n";
  CHECK(validate({finance, {"complaints/c.yaml", complaint("open", history)}}, "2026-11-09") ==
        V{"complaints/c.yaml:3:11: warning: the complaint was received on 2026-11-10, which is after today "
          "(2026-11-09) [future-date]"});
  const auto later = "history:\n  - date: 2026-11-10\n    status: open\n  - date: 2026-11-30\n    status: open\n";
  CHECK(validate({finance, {"complaints/c.yaml", complaint("open", later)}}) ==
        V{"complaints/c.yaml:10:11: warning: a history entry is dated 2026-11-30, which is after today (2026-11-23) "
          "[future-date]"});
}

TEST_CASE("a record about to be written is checked alone, not blamed for problems elsewhere") {
  const auto ws = brm::test::workspace_of({finance, payroll, {"services/payroll.yml", payroll.second}});
  const brm::CheckContext ctx{{}, *brm::Date::parse("2026-11-23")};
  const brm::NewRecordChecker checker(ws, ctx);
  CHECK(checker.check(brm::Kind::complaint, "complaints/c.yaml", complaint("open", "")).empty());
  const auto found = checker.check(brm::Kind::complaint, "complaints/c.yaml", complaint("open", "service: payrol\n"));
  REQUIRE(found.size() == 1);
  CHECK(brm::test::line_of(found[0]) ==
        "complaints/c.yaml:7:10: error: no service has the id 'payrol' (did you mean 'payroll'?) [unresolved-reference]");
}

TEST_CASE("a policy number out of its range keeps the default instead of overflowing (fuzz_reader finding)") {
  const auto ws = brm::test::workspace_of({{"brm.yaml",
                                 "brm: 1\norganization: IT\ncurrency: SEK\npolicy:\n"
                                 "  complaint_response_days: 10666666666666666666666666666\n"
                                 "  meeting_interval_days: 45\n  plan_review_days: -3\n"}});
  const auto settings = brm::read_settings(ws.config);
  CHECK(settings.policy.complaint_response_days == 10);
  CHECK(settings.policy.meeting_interval_days == 45);
  CHECK(settings.policy.plan_review_days == 180);
}

namespace {

const std::string levels =
    "services:\n  - service: payroll\n    levels:\n      - metric: availability\n        target: 99.5\n"
    "        unit: \"%\"\n      - metric: resolution time\n        target: 4\n        unit: h\n"
    "        direction: at-most\n";

/// An active agreement 'a' from `from` to `until` with two levels for payroll.
std::pair<std::string, std::string> leveled(const std::string& from = "2026-01-01",
                                            const std::string& until = "2026-12-31") {
  return {"agreements/a.yaml", "id: a\ncustomer: finance\ntitle: Core\nstatus: active\nvalid_from: " + from +
                                   "\nvalid_until: " + until + "\n" + signed_ok + levels +
                                   "financing:\n  amount: 1000\n  period: year\n"};
}

std::pair<std::string, std::string> delivery(const std::string& id, const std::string& period,
                                             const std::string& level_list) {
  return {"deliveries/" + id + ".yaml", "id: " + id + "\nagreement: a\nperiod: " + period + "\nlevels:\n" + level_list};
}

const std::string availability = "  - service: payroll\n    metric: availability\n    value: 99.2\n";

}  // namespace

TEST_CASE("a delivery of agreed levels in a past period within the agreement is valid") {
  CHECK(validate({finance, payroll, leveled(), delivery("d", "2026-10", availability)}).empty());
  // A quarter that overlaps an agreement starting mid-quarter, and a month of the same
  // agreement next to it: different periods, not the same one twice.
  CHECK(validate({finance, payroll, leveled("2026-08-15"), delivery("q", "2026-Q3", availability),
                  delivery("m", "2026-09", availability)})
            .empty());
}

TEST_CASE("a delivery names only services and levels the agreement has agreed, once each") {
  CHECK(validate({finance, payroll, leveled(),
                  delivery("d", "2026-10",
                           "  - service: payroll\n    metric: availabilty\n    value: 99.2\n" + availability +
                               availability + "  - service: fax\n    metric: availability\n    value: 1\n")}) ==
        V{"deliveries/d.yaml:6:13: error: the agreement 'a' has agreed no level 'availabilty' for 'payroll'; its "
          "levels are availability, resolution time (did you mean 'availability'?) [delivery-level]",
          "deliveries/d.yaml:12:13: error: 'availability' of 'payroll' is reported twice in this delivery; keep one "
          "value per level [duplicate-level]",
          "deliveries/d.yaml:14:14: error: the agreement 'a' does not cover the service 'fax'; it covers payroll "
          "[delivery-level]",
          "deliveries/d.yaml:14:14: error: no service has the id 'fax' [unresolved-reference]"});
}

TEST_CASE("a delivery's period exists, lies within the agreement and is reported once") {
  CHECK(validate({finance, payroll, leveled(), delivery("d", "2026-13", availability)}) ==
        V{"deliveries/d.yaml:3:9: error: 'period' is not a real period: 2026-13 does not exist (months are 01-12, "
          "quarters Q1-Q4) [invalid-period]"});
  CHECK(validate({finance, payroll, leveled(), delivery("d", "2026-Q5", availability)}).size() == 1);
  CHECK(validate({finance, payroll, leveled(), delivery("d", "2025-12", availability)}) ==
        V{"deliveries/d.yaml:3:9: error: the period 2025-12 (2025-12-01 to 2025-12-31) lies outside the validity of "
          "the agreement 'a' (2026-01-01 to 2026-12-31) [delivery-period]"});
  CHECK(validate({finance, payroll, leveled(), delivery("d1", "2026-10", availability),
                  delivery("d2", "2026-10", availability)}) ==
        V{"deliveries/d2.yaml:3:9: error: deliveries/d1.yaml already reports the agreement 'a' for 2026-10; keep one "
          "delivery per agreement and period [duplicate-delivery]"});
}

TEST_CASE("a delivery for a period not ended on the as-of date is warned about") {
  // The last day of the period still counts as not ended.
  CHECK(validate({finance, payroll, leveled(), delivery("d", "2026-11", availability)}, "2026-11-30") ==
        V{"deliveries/d.yaml:3:9: warning: the period 2026-11 ends on 2026-11-30, so it has not ended on 2026-11-30; "
          "report it once it has [delivery-period-open]"});
  CHECK(validate({finance, payroll, leveled(), delivery("d", "2026-11", availability)}, "2026-12-01").empty());
}

TEST_CASE("an agreed level measured in time needs a direction") {
  auto a = leveled();
  a.second.replace(a.second.find("        direction: at-most\n"), 27, "");
  CHECK(validate({finance, payroll, a}) ==
        V{"agreements/a.yaml:18:15: warning: the level 'resolution time' is a time (h) without a 'direction'; a time "
          "is usually a maximum: add 'direction: at-most' (or 'at-least' if more is better) [level-direction]"});
}
