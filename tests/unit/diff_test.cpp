#include <catch2/catch.hpp>

#include <algorithm>

#include "brm/compute/diff.hpp"

namespace {

using brm::Date;

Date day(const char* text) { return *Date::parse(text); }

brm::Agreement agreement(brm::AgreementStatus status, const char* until) {
  brm::Agreement a;
  a.id = "water-2026", a.customer = "water", a.status = status;
  a.from = day("2026-01-01"), a.until = day(until);
  a.origin.path = "agreements/water-2026.yaml";
  brm::AgreedTerms terms{"mail", {{"availability", "99.5", "%", 99.5, brm::Direction::at_least},
                                  {"response-time-p1", "4", "h", 4, brm::Direction::at_most}}};
  a.services.push_back(terms);
  return a;
}

brm::Customer customer(brm::PlanStatus status, const char* progress) {
  brm::Customer c;
  c.id = "water", c.name = "Water";
  c.origin.path = "customers/water.yaml";
  c.plans.push_back({"p1", "New billing system", {}, status, progress, {}, {}, {}, {}});
  return c;
}

std::vector<std::string> whats(const brm::RelationshipDiff& d, brm::Kind kind) {
  std::vector<std::string> out;
  for (const auto& e : d.events)
    if (e.kind == kind) out.push_back(e.id + ": " + e.what);
  return out;
}

}  // namespace

TEST_CASE("diff: an agreement signed and ending soon, a plan item that moved, a delivery with a miss") {
  brm::Records before, after;
  before.agreements = {agreement(brm::AgreementStatus::draft, "2026-12-31")};
  after.agreements = {agreement(brm::AgreementStatus::active, "2026-12-31")};
  before.customers = {customer(brm::PlanStatus::planned, "")};
  after.customers = {customer(brm::PlanStatus::ongoing, "40")};
  brm::Delivery d{"water-2026-2026-10", "water-2026", *brm::CalendarPeriod::parse("2026-10"), {}, "", {}, {}};
  d.origin.path = "deliveries/water-2026-2026-10.yaml";
  d.levels = {{"mail", "availability", "", 99.1, {}}, {"mail", "response-time-p1", "", 3.0, {}}};
  after.deliveries = {d};
  const auto diff = brm::compare_records({&before, &after,
                                          {"agreements/water-2026.yaml", "customers/water.yaml"},
                                          day("2026-11-23"), {}, {}});
  CHECK(whats(diff, brm::Kind::agreement) ==
        std::vector<std::string>{"water-2026: signed", "water-2026: ends on 2026-12-31"});
  CHECK(whats(diff, brm::Kind::customer) ==
        std::vector<std::string>{"water: plan item 'New billing system': planned -> ongoing, progress none -> 40"});
  CHECK(whats(diff, brm::Kind::delivery) ==
        std::vector<std::string>{"water-2026-2026-10: reported for 2026-10: 1 of 2 levels missed (mail availability)"});
  const auto kinds = diff.kinds;
  REQUIRE(kinds.size() == 3);
  CHECK(kinds[0].kind == brm::Kind::customer);
  CHECK(kinds[0].changed == std::vector<std::string>{"water"});
  CHECK(kinds[2].added == std::vector<std::string>{"water-2026-2026-10"});
}

TEST_CASE("diff: a record whose file did not change is not listed, and a broken one is not removed") {
  brm::Records before, after;
  before.agreements = {agreement(brm::AgreementStatus::active, "2027-12-31")};
  after.agreements = before.agreements;
  CHECK(brm::compare_records({&before, &after, {}, day("2026-11-23"), {}, {}}).kinds.empty());
  after.agreements.clear();  // left out of the records: its file has errors now
  CHECK(brm::compare_records({&before, &after, {}, day("2026-11-23"), {}, {"agreements/water-2026.yaml"}})
            .kinds.empty());
  const auto removed = brm::compare_records({&before, &after, {}, day("2026-11-23"), {}, {}});
  REQUIRE(removed.kinds.size() == 1);
  CHECK(removed.kinds[0].removed == std::vector<std::string>{"water-2026"});
}
