#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

#include "brm/model/text.hpp"
#include "brm/usecases/survey_import.hpp"
#include "brm/util/i18n.hpp"
#include "brm/yaml/writer.hpp"

namespace brm {
namespace {

using Scores = std::vector<std::pair<std::string, std::string>>;

constexpr std::size_t max_id_length = 64;

/// The same number written the same way: "4", "4.0" and "04" all become "4".
std::string number_key(std::string_view v) {
  double x = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  return ec == std::errc() && end == v.data() + v.size() ? fmt::format("{}", x) : std::string(v);
}

/// What makes two answers the same: customer, date, respondent name and scores.
std::string answer_key(std::string_view customer, std::string_view date, std::string_view name, Scores scores) {
  std::sort(scores.begin(), scores.end());
  auto key = fmt::format("{}\n{}\n{}", customer, date, name);
  for (const auto& [dimension, value] : scores) key += fmt::format("\n{}={}", dimension, number_key(value));
  return key;
}

std::string key_of(const yaml::Document& doc) {
  const yaml::Node* root = doc.root();
  if (!root || root->type != yaml::NodeType::mapping) return {};
  const yaml::Node* respondent = doc.find(*root, "respondent");
  const yaml::Node* scores = doc.find(*root, "scores");
  Scores values;
  if (scores && scores->type == yaml::NodeType::mapping)
    for (std::size_t i = 0; i < doc.size(*scores); ++i)
      values.emplace_back(doc.text(doc.key(*scores, i)), doc.text(doc.value(*scores, i)));
  return answer_key(doc.find_text(*root, "customer"), doc.find_text(*root, "date"),
                    respondent ? doc.find_text(*respondent, "name") : std::string_view(), std::move(values));
}

/// <year>-<customer>-<respondent>, the respondent cut to leave `room` for a suffix.
std::string id_core(const SurveyAnswer& a, std::size_t room) {
  const auto prefix = fmt::format("{}-{}", a.date.substr(0, 4), a.customer);
  const auto slug = prefix.size() + 1 < room ? slugify(a.name, room - prefix.size() - 1) : std::string();
  return slug.empty() ? prefix : prefix + "-" + slug;
}

/// The core and suffix within the id length, the core ending in a letter or digit.
std::string fit(std::string core, const std::string& suffix) {
  if (core.size() + suffix.size() > max_id_length) core.resize(max_id_length - suffix.size());
  while (!core.empty() && !std::isalnum(static_cast<unsigned char>(core.back()))) core.pop_back();
  return core + suffix;
}

/// The plainest id no survey has: the core, then with the date, then with a
/// fingerprint of the content as well.
std::string free_id(const SurveyAnswer& a, const std::string& body, const std::set<std::string>& taken) {
  std::vector<std::string> suffixes{"", "-" + a.date, fmt::format("-{}-{}", a.date, fingerprint(body, 6))};
  for (std::size_t n = 1;; ++n) {
    for (const auto& suffix : suffixes)
      if (auto id = fit(id_core(a, max_id_length - suffix.size()), suffix); !taken.contains(id)) return id;
    suffixes = {fmt::format("-{}-{}", a.date, fingerprint(body + std::to_string(n), 6))};
  }
}

}  // namespace

std::string survey_text(const std::optional<std::string>& id, const SurveyAnswer& a) {
  yaml::RecordWriter w;
  if (id) w.text("id", *id);
  w.text("customer", a.customer).raw("date", a.date);
  if (!a.name.empty() || !a.role.empty()) {
    w.begin_map("respondent");
    if (!a.name.empty()) w.text("name", a.name);
    if (!a.role.empty()) w.raw("role", a.role);
    w.end_map();
  }
  w.begin_map("scores");
  for (const auto& [dimension, value] : a.scores) w.raw(dimension, value);
  w.end_map();
  if (!a.comments.empty()) w.text("comments", a.comments);
  return w.str();
}

SurveyPlan plan_survey_import(const Workspace& ws, const std::vector<SurveyAnswer>& answers, const std::string& path,
                              Diagnostics& out) {
  std::set<std::string> present, taken;
  for (const auto& r : ws.of_kind(Kind::survey)) {
    taken.insert(r.id);
    if (r.doc) present.insert(key_of(*r.doc));
  }
  std::map<std::string, std::uint32_t> seen;  // answer key -> first line in the file
  SurveyPlan plan;
  for (const auto& a : answers) {
    const auto key = answer_key(a.customer, a.date, a.name, a.scores);
    if (present.contains(key)) {
      ++plan.present;
      continue;
    }
    if (const auto [first, fresh] = seen.emplace(key, a.line); !fresh) {
      out.push_back({path,
                     {a.line, 1},
                     Severity::warning,
                     survey_import_rule,
                     trf("the same answer as line {} (customer, date, respondent and scores); it is "
                         "imported once",
                         first->second)});
      ++plan.present;
      continue;
    }
    const auto id = free_id(a, survey_text(std::nullopt, a), taken);
    taken.insert(id);
    plan.create.push_back(
        {id, fmt::format("{}/{}.yaml", spec_of(Kind::survey).folder, id), survey_text(id, a), a.line});
  }
  return plan;
}

}  // namespace brm
