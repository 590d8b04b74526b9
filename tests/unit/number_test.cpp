// One reading of numbers: the checks, the settings and the read model agree.
#include <catch2/catch.hpp>

#include <cmath>

#include "brm/checks/check.hpp"
#include "brm/model/number.hpp"
#include "support.hpp"

using namespace brm;

TEST_CASE("numbers read as YAML 1.1 writes them") {
  CHECK(parse_number("1_000") == 1000);
  CHECK(parse_number("+4") == 4);
  CHECK(parse_number("-4.5") == -4.5);
  CHECK(parse_number("0x1F") == 31);
  CHECK(parse_number("0o17") == 15);
  CHECK(parse_number("0b101") == 5);
  CHECK(parse_number("1:30") == 90);
  CHECK(parse_number(".5") == 0.5);
  CHECK(parse_number("1_000.25") == 1000.25);
  CHECK(parse_number("017") == 17);  // leading zeros are decimal
  CHECK(std::isinf(*parse_number("-.inf")));
  CHECK(!parse_number("1e3"));  // no '.': text in YAML 1.1
  CHECK(!parse_number("ten"));
  CHECK(!parse_number("2026-11-23"));
  CHECK(!parse_number(""));
}

TEST_CASE("'1_000' is one thousand in the settings, the checks and the read model alike") {
  const test::Files files = {
      {"brm.yaml", "brm: 1\norganization: IT\ncurrency: SEK\npolicy:\n  meeting_interval_days: 1_000\n"},
      {"customers/finance.yaml", test::valid_customer("finance") + "budget:\n  - {year: 2026, amount: 1_000}\n"}};
  const auto settings = read_settings(test::workspace_of(files).config);
  CHECK(settings.policy.meeting_interval_days == 1000);
  CHECK(test::validate(files).empty());
  const auto records = test::facts_of(files);
  REQUIRE(records.customers.size() == 1);
  REQUIRE(records.customers[0].budget.size() == 1);
  CHECK(records.customers[0].budget[0].amount == 1000);
}

TEST_CASE("figures round halves away from zero, as by hand, everywhere") {
  CHECK(fixed(2.25, 1) == "2.3");  // the review said 2.2 while the reports said 2.3
  CHECK(fixed(-2.25, 1) == "-2.3");
  CHECK(fixed(2.675, 2) == "2.68");
  CHECK(fixed(-0.04, 1) == "0.0");  // never -0.0
  CHECK(round_half_away(3.75, 1) == 3.8);
}
