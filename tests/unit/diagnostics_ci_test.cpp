#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "brm/render/diagnostics.hpp"
#include "brm/render/rule_docs.hpp"

namespace {

brm::Diagnostic finding(std::uint32_t line, std::string message = "no customer has the id 'x'") {
  return {"agreements/a.yaml", {line, 11}, brm::Severity::error, "unresolved-reference", std::move(message)};
}

nlohmann::json gitlab(const brm::Diagnostics& list) {
  std::ostringstream out;
  brm::render_gitlab(list, "crm/", out);
  return nlohmann::json::parse(out.str());
}

}  // namespace

TEST_CASE("a GitLab fingerprint follows the finding, not its line, and two equal findings differ") {
  const auto before = gitlab({finding(2)});
  const auto moved = gitlab({finding(7)});
  CHECK(before[0]["fingerprint"] == moved[0]["fingerprint"]);
  CHECK(before[0]["location"]["path"] == "crm/agreements/a.yaml");
  CHECK(before[0]["severity"] == "major");
  const auto twice = gitlab({finding(2), finding(9)});
  CHECK(twice[0]["fingerprint"] == before[0]["fingerprint"]);
  CHECK(twice[1]["fingerprint"] != twice[0]["fingerprint"]);
  CHECK(gitlab({finding(2, "no customer has the id 'y'")})[0]["fingerprint"] != before[0]["fingerprint"]);
}

TEST_CASE("SARIF describes every rule of docs/rules.md and points each result at its rule") {
  std::ostringstream out;
  brm::render_sarif({finding(2)}, "", "1.2.3", out);
  const auto run = nlohmann::json::parse(out.str())["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  CHECK(rules.size() == brm::rule_docs().size());
  CHECK(brm::rule_docs().size() >= 40);
  const auto& result = run["results"][0];
  CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == "unresolved-reference");
  CHECK(rules[result["ruleIndex"].get<std::size_t>()]["name"] == "UnresolvedReference");
  CHECK(result["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
  CHECK(run["tool"]["driver"]["version"] == "1.2.3");
}
