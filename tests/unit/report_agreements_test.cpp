#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "brm/checks/check.hpp"
#include "brm/compute/report_agreements.hpp"
#include "brm/compute/report_customers.hpp"
#include "support.hpp"

using namespace brm;
using brm::test::Files;
using brm::test::workspace_of;

namespace {

Records data_of(const Files& files, const std::set<Kind>& kinds) {
  const auto ws = workspace_of(files);
  return read_records(ws, read_settings(ws.config), kinds);
}

ReportHeading heading(const char* as_of = "2026-11-23") {
  const Date day = *Date::parse(as_of);
  return {"Test IT", "SEK", Policy{}, day, year_up_to(day)};
}

std::string agreement(const std::string& status, const std::string& from, const std::string& until,
                      const std::string& financing) {
  return fmt::format(
      "customer: a\ntitle: T\nstatus: {}\nvalid_from: {}\nvalid_until: {}\nsigned: {{by: Anna Berg, date: "
      "2020-01-01}}\nservices:\n  - service: payroll\n    levels:\n      - {{metric: availability, target: 99.5, unit: "
      "\"%\"}}\nfinancing: {}\n",
      status, from, until, financing);
}

}  // namespace

TEST_CASE("financing is normalised to a year; one-off amounts are kept apart; totals count agreements in force") {
  const auto data = data_of(
      {
          {"customers/a.yaml", "id: a\nname: Alpha\ncustomer: {name: Anna Berg}\n"},
          {"services/payroll.yaml", "id: payroll\nname: Payroll\nowner: X\nstatus: live\n"},
          {"agreements/y.yaml", agreement("active", "2026-01-01", "2026-12-31", "{amount: 1000, period: year}")},
          {"agreements/q.yaml", agreement("active", "2026-01-01", "2026-12-31", "{amount: 250.5, period: quarter}")},
          {"agreements/m.yaml",
           agreement("active", "2026-01-01", "2026-12-31", "{amount: 100, period: month, currency: EUR}")},
          {"agreements/o.yaml", agreement("active", "2026-01-01", "2026-12-31", "{amount: 5000, period: once}")},
          {"agreements/later.yaml", agreement("active", "2027-01-01", "2027-12-31", "{amount: 7, period: year}")},
          {"agreements/ended.yaml", agreement("active", "2025-01-01", "2025-12-31", "{amount: 9, period: year}")},
          {"agreements/draft.yaml", agreement("draft", "2026-01-01", "2026-12-31", "{amount: 11, period: year}")},
          {"agreements/gone.yaml", agreement("terminated", "2026-01-01", "2026-12-31", "{amount: 13, period: year}")},
      },
      agreements_kinds());
  const auto r = compute_agreements(data, heading());
  REQUIRE(r.rows.size() == 8);
  auto row = [&](const std::string& id) {
    for (const auto& x : r.rows)
      if (x.agreement.id == id) return x;
    FAIL("no row " << id);
    return r.rows[0];
  };
  CHECK(*row("y").per_year == 1000);
  CHECK(*row("q").per_year == 1002);
  CHECK(*row("m").per_year == 1200);
  CHECK_FALSE(row("o").per_year);
  CHECK(row("later").standing == Standing::upcoming);
  CHECK(row("ended").standing == Standing::lapsed);
  CHECK(row("draft").standing == Standing::draft);
  CHECK(row("gone").standing == Standing::terminated);
  CHECK(row("y").written);
  CHECK_FALSE(row("later").written);
  CHECK(row("y").service_names == std::vector<std::string>{"Payroll"});
  CHECK(row("y").customer_name == "Alpha");
  REQUIRE(r.totals.size() == 2);
  CHECK(r.totals[0].currency == "EUR");
  CHECK(r.totals[0].per_year == 1200);
  CHECK(r.totals[1].currency == "SEK");
  CHECK(r.totals[1].per_year == 2002);
  CHECK(r.totals[1].recurring == 2);
  CHECK(r.totals[1].once == 5000);
  CHECK(r.totals[1].one_off == 1);
}

TEST_CASE("an empty workspace has an empty register and no totals") {
  const auto r = compute_agreements(data_of({}, agreements_kinds()), heading());
  CHECK(r.rows.empty());
  CHECK(r.totals.empty());
}

TEST_CASE("a customer left out with errors still links those below it to the one above, in every view") {
  // top <- mid <- leaf, where mid's file has errors: it has no facts, only its link.
  Records data;
  for (const auto* id : {"leaf", "top"}) {  // sorted by id, as read_records leaves them
    Customer c;
    c.id = id, c.name = id == std::string("top") ? "Top" : "Leaf", c.parent = id == std::string("top") ? "" : "mid";
    data.customers.push_back(c);
  }
  data.parents = {{"leaf", "mid"}, {"mid", "top"}, {"top", ""}};
  CHECK(customer_hierarchy(data).subtree("top") == std::set<std::string, std::less<>>{"leaf", "mid", "top"});
  const auto below = customers_below(data, customer_hierarchy(data), "top");
  REQUIRE(below.size() == 1);
  CHECK(below[0].first->id == "leaf");
  CHECK(below[0].second == "mid");
  const auto d = compute_customers(data, heading());
  std::vector<std::string> order;
  for (const auto& e : d.entries) order.push_back(std::to_string(e.depth) + " " + e.customer.id + " " + e.parent_name);
  CHECK(order == std::vector<std::string>{"0 top ", "1 leaf mid"});
}

TEST_CASE("a top left out with errors leaves the customers below it at the top") {
  Records data;
  Customer c;
  c.id = "leaf", c.name = "Leaf", c.parent = "top";
  data.customers.push_back(c);
  data.parents = {{"leaf", "top"}, {"top", ""}};
  const auto d = compute_customers(data, heading());
  REQUIRE(d.entries.size() == 1);
  CHECK(d.entries[0].depth == 0);
  CHECK(d.entries[0].parent_name == "top");
}

TEST_CASE("the hierarchy lists each customer under its parent; a missing parent or a cycle cannot lose anyone") {
  auto c = [](const std::string& id, const std::string& name, const std::string& parent) {
    return std::pair{"customers/" + id + ".yaml", fmt::format("id: {}\nname: {}\ncustomer: {{name: X}}\n{}", id, name,
                                                              parent.empty() ? "" : "parent: " + parent + "\n")};
  };
  const auto data = data_of({c("top", "Top", ""), c("b", "Beta", "top"), c("a", "Alpha", "top"), c("aa", "Sub", "a"),
                             c("orphan", "Orphan", "gone"), c("x", "X", "y"), c("y", "Y", "x")},
                            customers_kinds());
  const auto d = compute_customers(data, heading());
  std::vector<std::string> order;
  for (const auto& e : d.entries) order.push_back(std::to_string(e.depth) + " " + e.customer.id);
  CHECK(order == std::vector<std::string>{"0 orphan", "0 top", "1 a", "2 aa", "1 b", "0 x", "1 y"});
  CHECK(d.entries[2].parent_name == "Top");
  CHECK(d.contacts.customers.of == 7);
  CHECK(d.contacts.customers.count == 0);
}
