#include <catch2/catch.hpp>

#include "brm/model/hierarchy.hpp"

using namespace brm;
using Links = std::vector<std::pair<std::string, std::string>>;
using Ids = std::vector<std::string>;

TEST_CASE("a hierarchy gives the customers below one, however deep") {
  const Hierarchy h(Links{{"c", "b"}, {"b", "a"}, {"a", ""}, {"d", "a"}, {"e", "x"}});
  CHECK(h.subtree("b") == std::set<std::string, std::less<>>{"b", "c"});
  CHECK(h.subtree("a") == std::set<std::string, std::less<>>{"a", "b", "c", "d"});
  CHECK(h.children("a") == Ids{"b", "d"});
  // A parent that is no customer of the hierarchy makes a top.
  CHECK(h.tops() == Ids{"a", "e"});
}

TEST_CASE("a loop in the hierarchy is named once and does not stop the walk") {
  const Hierarchy h(Links{{"a", "b"}, {"b", "c"}, {"c", "a"}, {"d", "a"}, {"s", "s"}});
  CHECK(h.cycles() == std::vector<Ids>{{"a", "b", "c", "a"}, {"s", "s"}});
  CHECK(h.subtree("b") == std::set<std::string, std::less<>>{"a", "b", "c", "d"});
  // Its own parent counts as none.
  CHECK(h.tops() == Ids{"s"});
}

TEST_CASE("a chain that runs into a loop names the loop from where it closes") {
  const Hierarchy h(Links{{"a", "b"}, {"b", "c"}, {"c", "b"}});
  CHECK(h.cycles() == std::vector<Ids>{{"b", "c", "b"}});
}
