#include <catch2/catch.hpp>

#include "brm/model/date.hpp"

using brm::Date;

TEST_CASE("dates parse only as real YYYY-MM-DD days") {
  CHECK(Date::parse("2026-11-23"));
  CHECK(Date::parse("2028-02-29"));
  CHECK_FALSE(Date::parse("2026-02-29"));
  CHECK_FALSE(Date::parse("2026-02-30"));
  CHECK_FALSE(Date::parse("2100-02-29"));
  CHECK(Date::parse("2000-02-29"));
  CHECK_FALSE(Date::parse("2026-13-01"));
  CHECK_FALSE(Date::parse("2026-1-01"));
  CHECK_FALSE(Date::parse("2026-01-01T10:00"));
  CHECK_FALSE(Date::parse("26-01-01"));
}

TEST_CASE("day counts cross month ends, leap days and year ends") {
  CHECK(*Date::parse("2028-03-01") - *Date::parse("2028-02-28") == 2);
  CHECK(*Date::parse("2027-03-01") - *Date::parse("2027-02-28") == 1);
  CHECK(*Date::parse("2027-01-01") - *Date::parse("2026-12-31") == 1);
  CHECK(Date::parse("1970-01-01")->days() == 0);
  CHECK(Date::parse("2026-11-23")->plus_days(38).str() == "2026-12-31");
}
