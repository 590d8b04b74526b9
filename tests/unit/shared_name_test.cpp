#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "brm/util/shared_name.hpp"

TEST_CASE("equal names share one copy, which outlives the text it was made from") {
  std::string first = "resolution-time-p1", second = "resolution-time-p1";
  const auto a = brm::shared_name(first);
  const auto b = brm::shared_name(second);
  CHECK(a.data() == b.data());
  CHECK(a.data() != first.data());
  first.assign(40, 'x');  // the source changes; the shared copy does not
  CHECK(a == "resolution-time-p1");
  CHECK(brm::shared_name("availability") != a);
  CHECK(brm::shared_name("") == "");
}

TEST_CASE("threads that share a name get the same copy") {
  std::vector<const char*> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i)
    threads.emplace_back([&seen, i] { seen[i] = brm::shared_name(std::string("metric-from-") + "threads").data(); });
  for (auto& t : threads) t.join();
  for (const char* p : seen) CHECK(p == seen[0]);
}
