// The diagnostics in the formats code-review services read: SARIF 2.1.0 (GitHub code
// scanning and others) and GitLab's Code Quality report.
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <map>

#include "brm/render/diagnostics.hpp"
#include "brm/render/json_text.hpp"
#include "brm/render/rule_docs.hpp"

namespace brm {
namespace {

using Json = nlohmann::ordered_json;

/// "unresolved-reference" as SARIF names rules for people: "UnresolvedReference".
std::string pascal_case(std::string_view id) {
  std::string out;
  bool up = true;
  for (char c : id) {
    if (c == '-') {
      up = true;
      continue;
    }
    out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return out;
}

Json sarif_rule(const RuleDoc& r) {
  Json rule = {{"id", std::string(r.name)}};
  // SARIF wants a name only where it says more than the id (a one-word rule has none).
  if (r.name.find('-') != std::string_view::npos) rule["name"] = pascal_case(r.name);
  return rule;
}

Json sarif_rule_text(const RuleDoc& r) {
  return {{"shortDescription", {{"text", std::string(r.meaning)}}},
          {"fullDescription", {{"text", std::string(r.help.empty() ? r.meaning : r.help)}}},
          {"help",
           {{"text", fmt::format("{} See docs/rules.md, section '{}'.", r.help.empty() ? r.meaning : r.help, r.name)}}},
          {"defaultConfiguration", {{"level", r.severity == "error" ? "error" : "warning"}}}};
}

/// FNV-1a, 64 bits: the same text gives the same number on every machine and run.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

}  // namespace

void render_sarif(const Diagnostics& list, const std::string& path_prefix, std::string_view version,
                  std::ostream& out) {
  const auto docs = rule_docs();
  std::map<std::string_view, std::size_t> index;
  auto rules = Json::array();
  for (const auto& r : docs) {
    index.emplace(r.name, rules.size());
    auto rule = sarif_rule(r);
    rule.update(sarif_rule_text(r));
    rules.push_back(std::move(rule));
  }
  auto results = Json::array();
  for (const auto& d : list) {
    Json result = {{"ruleId", d.rule}};
    if (const auto it = index.find(d.rule); it != index.end()) result["ruleIndex"] = it->second;
    result["level"] = d.severity == Severity::error ? "error" : "warning";
    result["message"] = {{"text", d.message}};
    result["locations"] =
        Json::array({{{"physicalLocation",
                       {{"artifactLocation", {{"uri", path_prefix + d.path}, {"uriBaseId", "%SRCROOT%"}}},
                        {"region", {{"startLine", d.pos.line}, {"startColumn", d.pos.column}}}}}}});
    results.push_back(std::move(result));
  }
  Json driver = {{"name", "brm"}, {"version", std::string(version)}, {"rules", std::move(rules)}};
  Json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({{{"tool", {{"driver", std::move(driver)}}},
                                     {"columnKind", "unicodeCodePoints"},
                                     {"results", std::move(results)}}})}};
  out << json_text(doc) << '\n';
}

void render_gitlab(const Diagnostics& list, const std::string& path_prefix, std::ostream& out) {
  auto issues = Json::array();
  // The fingerprint names the finding, not its line, so that an issue keeps its identity
  // when lines above it move; the same finding twice in a file is told apart by its count.
  std::map<std::uint64_t, int> seen;
  for (const auto& d : list) {
    const auto path = path_prefix + d.path;
    const auto base = fnv1a(fmt::format("{}\n{}\n{}", path, d.rule, d.message));
    const int n = seen[base]++;
    issues.push_back({{"description", d.message},
                      {"check_name", d.rule},
                      {"fingerprint", fmt::format("{:016x}{:016x}", base, fnv1a(fmt::format("{}#{}", base, n)))},
                      {"severity", d.severity == Severity::error ? "major" : "minor"},
                      {"location", {{"path", path}, {"lines", {{"begin", d.pos.line}}}}}});
  }
  out << json_text(issues) << '\n';
}

}  // namespace brm
