// Fuzz target: the CSV reader on raw bytes, then what `brm survey import` does with the
// table against the demo workspace: map the header, read every row, plan the surveys.
// Every survey file it would write must read back as YAML, holding the answer's values.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brm/model/date.hpp"
#include "brm/usecases/survey_import.hpp"
#include "brm/workspace/csv_reader.hpp"
#include "brm/yaml/reader.hpp"
#include "fuzz_support.hpp"

using namespace brm;

namespace {

const OpenWorkspace* demo = nullptr;

std::string show(std::string_view what, const std::string& text) {
  return std::string(what) + "\n--- survey\n" + text + "---";
}

// The survey file reads as YAML, and its values read back as the answer held them.
void check_survey(const std::optional<std::string>& id, const SurveyAnswer& a, const std::string& text) {
  Diagnostics found;
  const auto doc = yaml::read_document(text, "surveys/x.yaml", found);
  if (!doc || !found.empty())
    fuzz::fail("a survey file does not read back as YAML",
               show(found.empty() ? "" : found.front().rule + ": " + found.front().message, text));
  const auto& root = *doc->root();
  const auto same = [&](const yaml::Node* map, std::string_view key, const std::string& value) {
    if (!value.empty() && (!map || doc->find_text(*map, key) != value))
      fuzz::fail("a value of the answer does not read back", show(std::string(key) + ": " + value, text));
  };
  if (id) same(&root, "id", *id);
  same(&root, "customer", a.customer);
  same(&root, "date", a.date);
  same(&root, "comments", a.comments);
  same(doc->find(root, "respondent"), "name", a.name);
  same(doc->find(root, "respondent"), "role", a.role);
  for (const auto& [dimension, score] : a.scores) same(doc->find(root, "scores"), dimension, score);
}

void import(const CsvTable& table, const std::optional<std::string>& customer) {
  if (table.rows.empty()) return;
  Diagnostics found;
  SurveyColumnOptions options;
  options.fixed_customer = customer.has_value();
  const auto columns = map_survey_columns(table.rows.front(), options, "answers.csv", found);
  if (!columns) return;
  const SurveyRowContext ctx{*demo, "answers.csv", customer};
  std::vector<SurveyAnswer> answers;
  for (std::size_t i = 1; i < table.rows.size(); ++i) {
    auto a = read_survey_row(table.rows[i], *columns, ctx, found);
    // The command refuses a file with a field the CSV reader found wrong (not UTF-8,
    // a control character), so such a row is read but never written.
    const auto line = table.rows[i].line;
    if (!a || std::any_of(table.problems.begin(), table.problems.end(),
                          [&](const CsvProblem& p) { return p.pos.line == line; }))
      continue;
    check_survey(std::nullopt, *a, survey_text(std::nullopt, *a));
    answers.push_back(std::move(*a));
  }
  const auto plan = plan_survey_import(demo->ws, answers, "answers.csv", found);
  for (const auto& p : plan.create) {
    Diagnostics ignored;
    fuzz::require(yaml::read_document(p.text, p.path, ignored).has_value(), "a planned survey does not read back",
                  p.text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  demo = new OpenWorkspace(*open_workspace(directory_source(BRM_SOURCE_DIR "/examples/demo"), *Date::parse("2026-11-23"),
                                            survey_import_needs()));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const char delimiter = detect_delimiter(text);
  fuzz::require(delimiter == ',' || delimiter == ';' || delimiter == '\t', "detect_delimiter chose something else");
  const auto table = read_csv(text, std::nullopt);
  fuzz::require(table.delimiter == ',' || table.delimiter == ';' || table.delimiter == '\t',
                "read_csv chose a delimiter detect_delimiter never does");
  // `--delimiter` forces one; the table then has the same shape of problems or rows.
  (void)read_csv(text, delimiter == ';' ? ',' : ';');
  import(table, std::nullopt);
  import(table, std::string("finance"));
  return 0;
}
