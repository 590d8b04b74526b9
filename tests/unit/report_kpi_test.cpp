#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "brm/checks/check.hpp"
#include "brm/compute/report_kpi.hpp"
#include "support.hpp"

using namespace brm;
using brm::test::Files;
using brm::test::workspace_of;

namespace {

Date d(const char* text) { return *Date::parse(text); }

/// The KPI of an in-memory workspace as of 2026-11-23, over the default period.
Kpi kpi_of(const Files& files, const char* as_of = "2026-11-23") {
  const auto ws = workspace_of(files);
  const auto settings = read_settings(ws.config);
  const auto data = read_records(ws, settings, kpi_kinds());
  const ReportHeading h{settings.organization, settings.currency, settings.policy, d(as_of), year_up_to(d(as_of))};
  return compute_kpi(data, h);
}

std::string customer(const std::string& id, const std::string& team, int purchasers) {
  auto text = fmt::format("id: {}\nname: Division {}\ncustomer:\n  name: Anna Berg\n", id, id);
  if (purchasers) text += "purchasers:\n";
  for (int i = 0; i < purchasers; ++i) text += fmt::format("  - name: Buyer {}\n    business_line: Line\n", i);
  return text + team;
}

const std::string both_managers = "team:\n  relationship_manager: Karin Holm\n  delivery_manager: Olle Nyberg\n";
const std::string only_rm = "team:\n  relationship_manager: Karin Holm\n";

std::string agreement(const std::string& id, const std::string& customer_id, const std::string& status,
                      const std::string& from, const std::string& until, const std::string& signed_on) {
  auto text = fmt::format("id: {}\ncustomer: {}\ntitle: T\nstatus: {}\nvalid_from: {}\nvalid_until: {}\n", id,
                          customer_id, status, from, until);
  if (!signed_on.empty()) text += fmt::format("signed:\n  by: Anna Berg\n  date: {}\n", signed_on);
  return text + "services:\n  - service: payroll\nfinancing:\n  amount: 100\n  period: year\n";
}

std::string survey(const std::string& customer_id, const std::string& date, const std::string& scores) {
  return fmt::format("customer: {}\ndate: {}\nscores: {}\n", customer_id, date, scores);
}

std::string complaint(const std::string& received, const std::string& status, const std::string& history = "") {
  return fmt::format("customer: a\nreceived: {}\nseverity: low\nsummary: S\nstatus: {}\n{}", received, status, history);
}

std::string entry(const std::string& date, const std::string& status) {
  return fmt::format("  - date: {}\n    status: {}\n", date, status);
}

}  // namespace

TEST_CASE("an empty workspace has counts of zero and no shares or means at all") {
  const auto k = kpi_of({});
  CHECK(k.contacts.both.of == 0);
  CHECK_FALSE(k.contacts.both.ratio());
  CHECK_FALSE(k.contacts.customers.ratio());
  CHECK_FALSE(k.contacts.purchasers.ratio());
  CHECK_FALSE(k.written_agreements.ratio());
  CHECK(k.satisfaction.responses == 0);
  CHECK_FALSE(k.satisfaction.all.now.value());
  CHECK_FALSE(k.satisfaction.all.change());
  CHECK(k.satisfaction.dimensions.empty());
  CHECK(k.complaints.received == 0);
  CHECK(k.complaints.open == 0);
  CHECK(k.complaints.overdue == 0);
  CHECK_FALSE(k.complaints.mean_days);
  CHECK_FALSE(k.complaints.median_days);
  CHECK(k.customers.empty());
  CHECK(k.complaints_per_month.buckets.size() == 13);
  CHECK(k.complaints_per_month.series.at(0).values.at(0) == 0.0);
  CHECK_FALSE(k.satisfaction_per_quarter.series.at(0).values.at(0));
}

TEST_CASE("designated contacts: a relationship manager for the customer, a delivery manager for its purchasers") {
  const auto k = kpi_of({{"customers/a.yaml", customer("a", both_managers, 2)},
                         {"customers/b.yaml", customer("b", only_rm, 1)},
                         {"customers/c.yaml", customer("c", "", 0)}});
  CHECK(k.contacts.customers.count == 2);
  CHECK(k.contacts.customers.of == 3);
  CHECK(k.contacts.purchasers.count == 2);
  CHECK(k.contacts.purchasers.of == 3);
  CHECK(k.contacts.both.count == 4);
  CHECK(k.contacts.both.of == 6);
  REQUIRE(k.customers.size() == 3);
  CHECK(k.customers[1].id == "b");
  CHECK(k.customers[1].purchasers.count == 0);
  CHECK(k.customers[1].purchasers.of == 1);
  CHECK_FALSE(k.customers[2].relationship_manager);
  CHECK_FALSE(k.customers[2].purchasers.ratio());  // no purchasers: no share, not 0%
}

TEST_CASE("a written agreement is active, signed by the as-of date and valid on it") {
  const auto k = kpi_of({
      {"customers/a.yaml", customer("a", both_managers, 0)},
      {"customers/b.yaml", customer("b", both_managers, 0)},
      {"customers/c.yaml", customer("c", both_managers, 0)},
      {"customers/e.yaml", customer("e", both_managers, 0)},
      {"agreements/a1.yaml", agreement("a1", "a", "active", "2026-01-01", "2026-11-23", "2025-12-01")},
      {"agreements/b1.yaml", agreement("b1", "b", "active", "2025-01-01", "2026-11-22", "2024-12-01")},
      {"agreements/b2.yaml", agreement("b2", "b", "draft", "2026-11-23", "2027-12-31", "")},
      {"agreements/c1.yaml", agreement("c1", "c", "active", "2026-01-01", "2026-12-31", "2026-11-24")},
      {"agreements/e1.yaml", agreement("e1", "e", "terminated", "2026-01-01", "2026-12-31", "2025-12-01")},
  });
  CHECK(k.written_agreements.count == 1);
  CHECK(k.written_agreements.of == 4);
  CHECK(k.customers[0].written_agreement);
  CHECK_FALSE(k.customers[1].written_agreement);  // lapsed the day before; the draft is not signed
  CHECK_FALSE(k.customers[2].written_agreement);  // signed the day after
  CHECK_FALSE(k.customers[3].written_agreement);  // terminated
}

TEST_CASE("satisfaction: mean per dimension in the period against the preceding period") {
  const auto k = kpi_of({
      {"customers/a.yaml", customer("a", both_managers, 0)},
      {"surveys/s1.yaml", survey("a", "2026-10-01", "{value: 4, overall: 5, delivery: 3}")},
      {"surveys/s2.yaml", survey("a", "2025-11-24", "{overall: 3, delivery: 4}")},
      {"surveys/s3.yaml", survey("a", "2025-11-23", "{overall: 2, delivery: 2}")},
      {"surveys/s4.yaml", survey("a", "2024-11-23", "{overall: 1}")},  // before both periods
      {"surveys/s5.yaml", survey("a", "2026-11-24", "{overall: 1}")},  // after the as-of date
  });
  CHECK(k.satisfaction.responses == 2);
  CHECK(k.satisfaction.responses_before == 1);
  REQUIRE(k.satisfaction.dimensions.size() == 3);
  CHECK(k.satisfaction.dimensions[0].dimension == "overall");
  CHECK(k.satisfaction.dimensions[1].dimension == "delivery");
  CHECK(k.satisfaction.dimensions[2].dimension == "value");
  CHECK(*k.satisfaction.dimensions[0].trend.now.value() == 4.0);
  CHECK(*k.satisfaction.dimensions[0].trend.change() == 2.0);
  CHECK_FALSE(k.satisfaction.dimensions[2].trend.change());  // value was not asked before
  CHECK(k.satisfaction.all.now.n == 5);
  CHECK(*k.satisfaction.all.now.value() == Approx(19.0 / 5));
  CHECK(*k.satisfaction.all.before.value() == 2.0);
  CHECK(*k.customers[0].satisfaction.all.change() == Approx(19.0 / 5 - 2));
}

TEST_CASE("complaints: received in the period, open and overdue on the as-of date, days to resolve") {
  const auto k = kpi_of({
      {"customers/a.yaml", customer("a", both_managers, 0)},
      // Open for exactly the response time: not yet overdue; one day more: overdue.
      {"complaints/c1.yaml", complaint("2026-11-13", "open")},
      {"complaints/c2.yaml", complaint("2026-11-12", "in-progress")},
      // Received before the period and still open: open and overdue, not received.
      {"complaints/c3.yaml", complaint("2025-06-01", "escalated")},
      // Resolved after 10 days; rejected after 3 days.
      {"complaints/c4.yaml", complaint("2026-03-01", "resolved",
                                       "history:\n" + entry("2026-03-01", "open") + entry("2026-03-11", "resolved"))},
      {"complaints/c5.yaml", complaint("2026-04-01", "rejected", "history:\n" + entry("2026-04-04", "rejected"))},
      // Resolved, reopened and resolved again: counts from received to the last closing.
      {"complaints/c6.yaml", complaint("2026-05-01", "resolved",
                                       "history:\n" + entry("2026-05-02", "resolved") + entry("2026-05-10", "open") +
                                           entry("2026-05-31", "resolved"))},
      // Resolved without a dated history entry: closed, but no time to resolve.
      {"complaints/c7.yaml", complaint("2026-06-01", "resolved")},
      // Received after the as-of date: nothing.
      {"complaints/c8.yaml", complaint("2026-11-24", "open")},
  });
  CHECK(k.complaints.received == 6);
  CHECK(k.complaints.open == 3);
  CHECK(k.complaints.overdue == 2);
  CHECK(k.complaints.resolved == 3);
  CHECK(*k.complaints.mean_days == Approx((10.0 + 3 + 30) / 3));
  CHECK(*k.complaints.median_days == 10.0);
  CHECK(k.customers[0].complaints.overdue == 2);
  const auto& months = k.complaints_per_month;
  CHECK(months.buckets.back().label == "2026-11");
  CHECK(*months.series[0].values.back() == 2.0);
}

TEST_CASE("complaint status on an earlier as-of date comes from the history") {
  const auto files = Files{
      {"customers/a.yaml", customer("a", both_managers, 0)},
      {"complaints/c1.yaml", complaint("2026-03-01", "resolved",
                                       "history:\n" + entry("2026-03-01", "open") + entry("2026-04-20", "resolved"))},
  };
  const auto before = kpi_of(files, "2026-04-01");
  CHECK(before.complaints.open == 1);
  CHECK(before.complaints.overdue == 1);
  CHECK(before.complaints.resolved == 0);
  CHECK_FALSE(before.complaints.mean_days);
  const auto after = kpi_of(files, "2026-04-20");
  CHECK(after.complaints.open == 0);
  CHECK(after.complaints.resolved == 1);
  CHECK(*after.complaints.mean_days == 50.0);
}
