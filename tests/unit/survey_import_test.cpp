#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "brm/checks/check.hpp"
#include "brm/usecases/survey_import.hpp"
#include "support.hpp"

using namespace brm;
using brm::test::line_of;
using brm::test::valid_customer;
using V = std::vector<std::string>;

namespace {

OpenWorkspace loaded(const test::Files& files) {
  OpenWorkspace lw{test::workspace_of(files), {}, {}, {}};
  lw.ctx = {read_settings(lw.ws.config), *Date::parse("2026-11-23")};
  return lw;
}

const test::Files two_customers = {{"customers/finance.yaml", valid_customer("finance")},
                                   {"customers/water.yaml", valid_customer("water")}};

CsvRow row(std::uint32_t line, std::vector<std::string> fields) { return {line, std::move(fields)}; }

const CsvRow header = row(1, {"Customer", " Respondent ", "Role", "Date", "Overall", "Delivery", "Comments"});

V lines(const Diagnostics& found) {
  V out;
  for (const auto& d : found) out.push_back(line_of(d));
  return out;
}

SurveyColumns columns_of(const CsvRow& h, const SurveyColumnOptions& o = {}) {
  Diagnostics found;
  auto c = map_survey_columns(h, o, "s.csv", found);
  INFO(fmt::format("{}", fmt::join(lines(found), "\n")));
  REQUIRE(c);
  return *c;
}

// The problems of mapping a header, one formatted line each.
V header_problems(const CsvRow& h, const SurveyColumnOptions& o = {}) {
  Diagnostics found;
  CHECK_FALSE(map_survey_columns(h, o, "s.csv", found));
  return lines(found);
}

SurveyAnswer answer(const std::string& customer, const std::string& date, const std::string& name,
                    std::vector<std::pair<std::string, std::string>> scores, std::uint32_t line = 2) {
  return {line, customer, date, name, "customer", "", std::move(scores)};
}

}  // namespace

TEST_CASE("the metadata columns of a forms export are never scores") {
  // Microsoft Forms' export: ID, Start time, Completion time, Email, Name, Last modified time.
  const auto c = columns_of(
      row(1, {"ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Customer", "Overall"}));
  REQUIRE(c.scores.size() == 1);
  CHECK(c.scores.front().first == "overall");
  CHECK(c.date == 2u);
  CHECK(c.respondent == 4u);
  // Named as scores, they are scores: the user said so.
  SurveyColumnOptions o;
  o.scores = {"ID", "Overall"};
  CHECK(columns_of(row(1, {"ID", "Date", "Customer", "Overall", "Email"}), o).scores.size() == 2);
}

TEST_CASE("columns are found by the header convention; every other column is a score") {
  const auto c = columns_of(header);
  CHECK(c.customer == 0u);
  CHECK(c.respondent == 1u);
  CHECK(c.role == 2u);
  CHECK(c.date == 3u);
  CHECK(c.comments == 6u);
  CHECK(c.scores == std::vector<std::pair<std::string, std::size_t>>{{"overall", 4}, {"delivery", 5}});
  const auto named = columns_of(row(1, {"customer", "Name", "date", "Overall satisfaction (1-5)"}));
  CHECK(named.respondent == 1u);
  CHECK(named.scores == std::vector<std::pair<std::string, std::size_t>>{{"overall_satisfaction_1_5", 3}});
}

TEST_CASE("options name the columns; with --score-columns every other column is mapped or ignored") {
  SurveyColumnOptions o;
  o.date = "TIMESTAMP";
  o.respondent = "Your name";
  o.scores = {"Q1", "q2"};
  o.ignore = {"Department"};
  o.fixed_customer = true;
  const auto c = columns_of(row(1, {"Timestamp", "Your name", "Department", "Q1", "Q2"}), o);
  CHECK_FALSE(c.customer);
  CHECK(c.date == 0u);
  CHECK(c.respondent == 1u);
  CHECK(c.scores == std::vector<std::pair<std::string, std::size_t>>{{"q1", 3}, {"q2", 4}});
  o.ignore.clear();
  CHECK(header_problems(row(1, {"Timestamp", "Your name", "Department", "Q1", "Q2"}), o) ==
        V{"s.csv:1:3: error: column 3 ('Department') is not one of --score-columns; to leave it out, pass "
          "--ignore-column "
          "'Department' [survey-import]"});
}

TEST_CASE("header problems name the column and the way out") {
  CHECK(header_problems(row(1, {"Name", "Respondent", "Overall", "overall", "2026", "Yes"})) ==
        V{"s.csv:1:2: error: column 1 ('Name') and column 2 ('Respondent') could both be the respondent column; "
          "choose one with --respondent-column [survey-import]",
          "s.csv:1:4: error: column 3 ('Overall') and column 4 ('overall') both give the score 'overall' "
          "[survey-import]",
          "s.csv:1:5: error: column 5 ('2026') makes no usable score name: a score name starts with a letter and is "
          "not a YAML word such as yes, no or null; rename the column, or leave it out with --ignore-column '2026' "
          "[survey-import]",
          "s.csv:1:6: error: column 6 ('Yes') makes no usable score name: a score name starts with a letter and is "
          "not a YAML word such as yes, no or null; rename the column, or leave it out with --ignore-column 'Yes' "
          "[survey-import]",
          "s.csv:1:1: error: no column says which customer answered: name one 'customer', choose one with "
          "--customer-column, or give --customer ID when every row is for one customer [survey-import]",
          "s.csv:1:1: error: no column holds the date of the answer: name one 'date', or choose one with "
          "--date-column [survey-import]"});
  SurveyColumnOptions o;
  o.date = "When";
  o.fixed_customer = true;
  CHECK(header_problems(row(1, {"customer", "Wen", "overall"}), o) ==
        V{"s.csv:1:1: error: --date-column names the column 'When', but the header has none of that name (did you "
          "mean 'Wen'?); the columns are customer, Wen, overall [survey-import]",
          "s.csv:1:1: error: --customer is for a file without a customer column, but column 1 ('customer') is one; "
          "leave out --customer, or pass --ignore-column 'customer' [survey-import]"});
  o = {};
  o.date = "Overall";
  CHECK(header_problems(row(1, {"customer", "overall", "date"}), o) ==
        V{"s.csv:1:3: error: column 3 ('date') is not used, since --date-column chose another column; to leave it "
          "out, pass --ignore-column 'date' [survey-import]"});
  o.ignore = {"date"};
  CHECK(header_problems(row(1, {"customer", "overall", "date"}), o) ==
        V{"s.csv:1:1: error: no column holds a score: every column but customer, respondent (or name), role, date "
          "and comments is a score, unless --score-columns names them [survey-import]"});
  o.ignore.clear();
  o.scores = {"overall"};
  CHECK(header_problems(row(1, {"customer", "overall", "date"}), o) ==
        V{"s.csv:1:2: error: column 2 ('overall') cannot be both the date column and a score column [survey-import]",
          "s.csv:1:3: error: column 3 ('date') is not used, since --date-column chose another column; to leave it "
          "out, pass --ignore-column 'date' [survey-import]"});
}

TEST_CASE("a clean row becomes an answer: a time stamp gives its date, the customer may be named") {
  const auto lw = loaded(two_customers);
  const auto c = columns_of(header);
  Diagnostics found;
  const SurveyRowContext ctx{lw, "s.csv", std::nullopt};
  const auto a = read_survey_row(
      row(4, {"Division finance", "Åsa Öberg", "Purchaser", "2026-10-01 14:30:05", "4,5", "", "Fast.\nFriendly."}), c,
      ctx, found);
  CHECK(lines(found) == V{});
  REQUIRE(a);
  CHECK(a->line == 4);
  CHECK(a->customer == "finance");
  CHECK(a->date == "2026-10-01");
  CHECK(a->role == "purchaser");
  CHECK(a->comments == "Fast.\nFriendly.\n");
  CHECK(a->scores == std::vector<std::pair<std::string, std::string>>{{"overall", "4.5"}});
  CHECK(read_survey_row(row(5, {"WATER", "", "", "2026-11-23T08:00Z", "5", "1"}), c, ctx, found)->customer == "water");
}

TEST_CASE("every problem of a row is reported at its line and column") {
  const auto lw = loaded(two_customers);
  const auto c = columns_of(header);
  Diagnostics found;
  const SurveyRowContext ctx{lw, "s.csv", std::nullopt};
  CHECK_FALSE(read_survey_row(row(3, {"finanse", "A\nB", "boss", "2026-02-30", "7", "good", "", "x"}), c, ctx, found));
  CHECK_FALSE(read_survey_row(row(5, {"", "", "user", "2026-12-01", "", ""}), c, ctx, found));
  CHECK_FALSE(read_survey_row(row(6, {"water", "", "usr", "1/10/2026", "3"}), c, ctx, found));
  CHECK(lines(found) ==
        V{"s.csv:3:8: error: the row has 8 fields but the header has 7 columns; a value that holds the delimiter must "
          "be in double quotes [survey-import]",
          "s.csv:3:1: error: no customer has the id 'finanse' (did you mean 'finance'?); the customers are finance, "
          "water [survey-import]",
          "s.csv:3:4: error: the date 2026-02-30 does not exist [survey-import]",
          "s.csv:3:2: error: the respondent's name must be one line [survey-import]",
          "s.csv:3:3: error: the role 'boss' must be one of customer, purchaser, user, or empty [survey-import]",
          "s.csv:3:5: error: score 'overall' is 7, outside the scale 1..5 [survey-import]",
          "s.csv:3:6: error: score 'delivery' must be a number, not 'good'; leave the cell empty when there is no "
          "answer [survey-import]",
          "s.csv:5:1: error: the customer is empty [survey-import]",
          "s.csv:5:4: error: the date 2026-12-01 is after the as-of date 2026-11-23; an answer cannot come from the "
          "future [survey-import]",
          "s.csv:5:5: error: the row has no score: at least one score cell must be filled [survey-import]",
          "s.csv:6:4: error: the date '1/10/2026' must be written YYYY-MM-DD (a time may follow, as in 2026-10-01 "
          "14:30) [survey-import]",
          "s.csv:6:3: error: the role 'usr' must be one of customer, purchaser, user, or empty (did you mean 'user'?) "
          "[survey-import]"});
}

TEST_CASE("the scale comes from the policy, and --customer stands in for a customer column") {
  auto files = two_customers;
  files.push_back({"brm.yaml", "brm: 1\norganization: T\ncurrency: SEK\npolicy:\n  survey_scale: [0, 10]\n"});
  const auto lw = loaded(files);
  SurveyColumnOptions o;
  o.fixed_customer = true;
  const auto c = columns_of(row(1, {"date", "nps"}), o);
  Diagnostics found;
  const SurveyRowContext ctx{lw, "s.csv", "water"};
  const auto a = read_survey_row(row(2, {"2026-10-01", "9"}), c, ctx, found);
  REQUIRE(a);
  CHECK(a->customer == "water");
  CHECK_FALSE(read_survey_row(row(3, {"2026-10-01", "11"}), c, ctx, found));
  CHECK(lines(found) == V{"s.csv:3:2: error: score 'nps' is 11, outside the scale 0..10 [survey-import]"});
}

TEST_CASE("a survey file holds the contract's fields in order, quoted where YAML would misread them") {
  auto a = answer("finance", "2026-10-01", "Åsa Öberg", {{"overall", "4"}, {"value", "3.5"}});
  a.comments = "yes";
  CHECK(survey_text("2026-finance-asa-oberg", a) ==
        "id: 2026-finance-asa-oberg\ncustomer: finance\ndate: 2026-10-01\nrespondent:\n  name: Åsa Öberg\n"
        "  role: customer\nscores:\n  overall: 4\n  value: 3.5\ncomments: \"yes\"\n");
  a.name.clear(), a.role.clear(), a.comments.clear();
  CHECK(survey_text(std::nullopt, a) == "customer: finance\ndate: 2026-10-01\nscores:\n  overall: 4\n  value: 3.5\n");
}

TEST_CASE("an answer the workspace already holds is not imported again, whatever its file is called") {
  auto files = two_customers;
  files.push_back({"surveys/anna-2026.yaml",
                   "id: anna-2026\ncustomer: finance\ndate: 2026-10-01\nrespondent:\n  name: Anna Berg\n"
                   "scores:\n  value: 3\n  overall: 4.0\n"});
  const auto lw = loaded(files);
  Diagnostics found;
  const auto plan =
      plan_survey_import(lw.ws,
                         {answer("finance", "2026-10-01", "Anna Berg", {{"overall", "4"}, {"value", "3"}}),
                          answer("finance", "2026-10-01", "Anna Berg", {{"overall", "5"}, {"value", "3"}}, 3),
                          answer("finance", "2026-10-01", "Anna Berg", {{"overall", "5"}, {"value", "3"}}, 4)},
                         "s.csv", found);
  CHECK(plan.present == 2);
  REQUIRE(plan.create.size() == 1);
  CHECK(plan.create[0].id == "2026-finance-anna-berg");
  CHECK(plan.create[0].path == "surveys/2026-finance-anna-berg.yaml");
  CHECK(plan.create[0].line == 3);
  CHECK(lines(found) == V{"s.csv:4:1: warning: the same answer as line 3 (customer, date, respondent and scores); it "
                          "is imported once [survey-import]"});
}

TEST_CASE("ids never clash: the date, then a fingerprint is added; ids stay within 64 characters") {
  auto files = two_customers;
  files.push_back({"surveys/2026-finance-anna-berg.yaml", "id: 2026-finance-anna-berg\n"});
  const auto lw = loaded(files);
  Diagnostics found;
  const auto plan = plan_survey_import(
      lw.ws,
      {answer("finance", "2026-10-01", "Anna Berg", {{"overall", "4"}}),
       answer("finance", "2026-10-01", "Anna Berg", {{"overall", "3"}}),
       answer("finance", "2026-10-01", "", {{"overall", "3"}}),
       answer("finance", "2026-10-01", "Maria Magdalena Charlotta Wilhelmina von Essen-Lindqvist", {{"overall", "3"}}),
       answer("finance", "2026-10-01", "Maria Magdalena Charlotta Wilhelmina von Essen-Lindqvist", {{"overall", "2"}})},
      "s.csv", found);
  V ids;
  for (const auto& p : plan.create) ids.push_back(p.id);
  CHECK(ids == V{"2026-finance-anna-berg-2026-10-01", "2026-finance-anna-berg-2026-10-01-zhz27w", "2026-finance",
                 "2026-finance-maria-magdalena-charlotta-wilhelmina-von-essen",
                 "2026-finance-maria-magdalena-charlotta-wilhelmina-2026-10-01"});
  for (const auto& p : plan.create) {
    CHECK(p.id.size() <= 64);
    CHECK(check_new_record(lw.ws, lw.ctx, Kind::survey, p.path, p.text).empty());
  }
}
