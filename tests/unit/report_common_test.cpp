#include <catch2/catch.hpp>

#include "brm/compute/report_common.hpp"

using namespace brm;

namespace {

Date d(const char* text) { return *Date::parse(text); }

}  // namespace

TEST_CASE("the default period is the twelve months up to the as-of date") {
  const auto p = year_up_to(d("2026-11-23"));
  CHECK(p.from.str() == "2025-11-24");
  CHECK(p.to.str() == "2026-11-23");
  CHECK(p.days() == 365);
  CHECK(year_up_to(d("2028-02-29")).from.str() == "2027-03-01");  // 2027-02-28 plus one day
  CHECK(year_up_to(d("2028-03-01")).from.str() == "2027-03-02");
  CHECK(year_up_to(d("2028-03-01")).days() == 366);  // takes in 2028-02-29
}

TEST_CASE("the preceding period has the same length and ends the day before") {
  const Period p{d("2025-11-24"), d("2026-11-23")};
  const auto before = p.preceding();
  CHECK(before.from.str() == "2024-11-24");
  CHECK(before.to.str() == "2025-11-23");
  CHECK(before.days() == p.days());
  CHECK(p.contains(d("2025-11-24")));
  CHECK(p.contains(d("2026-11-23")));
  CHECK_FALSE(p.contains(d("2025-11-23")));
  CHECK_FALSE(p.contains(d("2026-11-24")));
}

TEST_CASE("a share of nothing and the mean of nothing are undefined, not zero") {
  CHECK_FALSE(Share{0, 0}.ratio());
  CHECK(*Share{0, 4}.ratio() == 0.0);
  CHECK(*Share{3, 4}.ratio() == 0.75);
  CHECK_FALSE(Mean{}.value());
  Mean m;
  m.add(2);
  m.add(5);
  CHECK(*m.value() == 3.5);
  Trend t;
  CHECK_FALSE(t.change());
  t.now.add(4);
  CHECK_FALSE(t.change());  // nothing before to compare with
  t.before.add(3);
  CHECK(*t.change() == 1.0);
}

TEST_CASE("the median takes the middle value or the mean of the two middle ones") {
  CHECK_FALSE(median({}));
  CHECK(*median({7}) == 7.0);
  CHECK(*median({61, 4, 18}) == 18.0);
  CHECK(*median({4, 18, 61, 14, 17, 2}) == 15.5);
}

TEST_CASE("months and quarters are calendar buckets cut to the period") {
  const auto months = months_of({d("2025-11-24"), d("2026-11-23")});
  REQUIRE(months.size() == 13);
  CHECK(months.front().label == "2025-11");
  CHECK(months.front().span.from.str() == "2025-11-24");
  CHECK(months.front().span.to.str() == "2025-11-30");
  CHECK(months[3].label == "2026-02");
  CHECK(months[3].span.to.str() == "2026-02-28");
  CHECK(months.back().span.to.str() == "2026-11-23");
  const auto quarters = quarters_of({d("2024-11-24"), d("2026-11-23")});
  REQUIRE(quarters.size() == 9);
  CHECK(quarters.front().label == "2024 Q4");
  CHECK(quarters[1].label == "2025 Q1");
  CHECK(quarters[1].span.to.str() == "2025-03-31");
  CHECK(quarters.back().label == "2026 Q4");
  CHECK(*bucket_of(quarters, d("2025-02-10")) == 1);
  CHECK(*bucket_of(quarters, d("2026-11-23")) == 8);
  CHECK_FALSE(bucket_of(quarters, d("2024-11-23")));
  CHECK_FALSE(bucket_of(quarters, d("2026-11-24")));
  CHECK(months_of({d("2026-03-05"), d("2026-03-05")}).size() == 1);
}
