#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brm/checks/check.hpp"
#include "brm/usecases/survey_import.hpp"
#include "support.hpp"

using namespace brm;
using brm::test::line_of;
using V = std::vector<std::string>;
using Scores = std::vector<std::pair<std::string, std::size_t>>;

namespace {

CsvRow row(std::vector<std::string> fields) { return {1, std::move(fields)}; }

const V dimensions = {"communication", "delivery", "overall", "value"};

V lines(const Diagnostics& found) {
  V out;
  for (const auto& d : found) out.push_back(line_of(d));
  return out;
}

SurveyColumnOptions mapped(std::vector<SurveyMapping> map) {
  SurveyColumnOptions o;
  o.map = std::move(map);
  o.dimensions = dimensions;
  return o;
}

SurveyColumns columns_of(const CsvRow& h, const SurveyColumnOptions& o = {}) {
  Diagnostics found;
  auto c = map_survey_columns(h, o, "enkat.csv", found);
  INFO(fmt::format("{}", fmt::join(lines(found), "\n")));
  REQUIRE(c);
  return *c;
}

V header_problems(const CsvRow& h, const SurveyColumnOptions& o) {
  Diagnostics found;
  CHECK_FALSE(map_survey_columns(h, o, "enkat.csv", found));
  return lines(found);
}

}  // namespace

TEST_CASE("Swedish headers are found in any case, as the English ones are") {
  const auto c = columns_of(row({"KUND", "namn", "Roll", "Datum", "Helhetsbetyg", "kommentar"}));
  CHECK(c.customer == 0u);
  CHECK(c.respondent == 1u);
  CHECK(c.role == 2u);
  CHECK(c.date == 3u);
  CHECK(c.comments == 5u);
  CHECK(c.scores == Scores{{"helhetsbetyg", 4}});
  // A capital Ä matches too, and Kommentarer is the comments.
  const auto stamped = columns_of(row({"TIDSSTÄMPEL", "Kund", "Leverans", "Kommentarer"}));
  CHECK(stamped.date == 0u);
  CHECK(stamped.comments == 3u);
  CHECK(stamped.scores == Scores{{"leverans", 2}});
}

TEST_CASE("a Swedish forms export: its own columns are never scores, its time stamp is the date") {
  // Microsoft Forms in Swedish: ID, Starttid, Sluttid, E-post, Namn.
  const auto ms = columns_of(row({"ID", "Starttid", "Sluttid", "E-post", "Namn", "Kund", "Helhet"}));
  CHECK(ms.date == 2u);
  CHECK(ms.respondent == 4u);
  CHECK(ms.scores == Scores{{"helhet", 6}});
  // Google Forms in Swedish: Tidstämpel, E-postadress.
  const auto google = columns_of(row({"Tidstämpel", "E-postadress", "Kund", "Helhet"}));
  CHECK(google.date == 0u);
  CHECK(google.scores == Scores{{"helhet", 3}});
}

TEST_CASE("a Datum (or Date) column is the date; the time stamps beside it are left out") {
  const auto c = columns_of(row({"Tidsstämpel", "Kund", "Datum", "Completion time", "Betyg"}));
  CHECK(c.date == 2u);
  CHECK(c.scores == Scores{{"betyg", 4}});
  // Two time stamps and no date say nothing about which to take.
  CHECK(header_problems(row({"Timestamp", "Sluttid", "Kund", "Betyg"}), {}) ==
        V{"enkat.csv:1:2: error: column 1 ('Timestamp') and column 2 ('Sluttid') could both be the date column; "
          "choose one with --date-column [survey-import]"});
}

TEST_CASE("a mapping is HEADER=FIELD (--map) split at the last '='") {
  const auto m = parse_survey_mapping("Betyg (1=dålig, 5=bra) = overall");
  REQUIRE(m);
  CHECK(m->header == "Betyg (1=dålig, 5=bra)");
  CHECK(m->field == "overall");
  CHECK_FALSE(parse_survey_mapping("Helhetsbetyg"));
  CHECK_FALSE(parse_survey_mapping("=overall"));
  CHECK_FALSE(parse_survey_mapping("Helhetsbetyg= "));
}

TEST_CASE("a mapping (--map) sends a column to a field or to a score dimension, known or new") {
  const auto c = columns_of(row({"Förvaltning", "Svarsdatum", "Helhetsbetyg", "Hur nöjd är du?", "Leverans"}),
                            mapped({{"förvaltning", "customer"},
                                    {"Svarsdatum", "Date"},
                                    {"Helhetsbetyg", "overall"},
                                    {"Hur nöjd är du?", "scores.Nöjdhet"},
                                    {"Leverans", "delivery"}}));
  CHECK(c.customer == 0u);
  CHECK(c.date == 1u);
  CHECK(c.scores == Scores{{"overall", 2}, {"nojdhet", 3}, {"delivery", 4}});
  // A --map that names what the convention finds anyway changes nothing.
  CHECK(columns_of(row({"Kund", "Datum", "Helhet"}), mapped({{"Kund", "customer"}})).customer == 0u);
  // With --score-columns, a mapped score counts as one of them.
  auto o = mapped({{"Helhet", "overall"}});
  o.scores = {"Helhet", "Leverans"};
  CHECK(columns_of(row({"Kund", "Datum", "Helhet", "Leverans"}), o).scores == Scores{{"overall", 2}, {"leverans", 3}});
}

TEST_CASE("a --map to an unknown field or a header the file lacks names the option and the closest") {
  CHECK(header_problems(row({"Kund", "Datum", "Helhetsbetyg"}), mapped({{"Helhetsbetyg", "overal"}})) ==
        V{"enkat.csv:1:3: error: --map 'Helhetsbetyg=overal': 'overal' is neither a field nor a score dimension "
          "(did you mean 'overall'?): the fields are customer, respondent, role, date, comments; the dimensions are "
          "communication, delivery, overall, value; a new dimension is written scores.NAME [survey-import]"});
  CHECK(header_problems(row({"Kund", "Datum", "Helhetsbetyg"}), mapped({{"Helhetsbetyget", "overall"}})) ==
        V{"enkat.csv:1:1: error: --map 'Helhetsbetyget=overall' names the column 'Helhetsbetyget', but the header "
          "has none of that name (did you mean 'Helhetsbetyg'?); the columns are Kund, Datum, Helhetsbetyg "
          "[survey-import]"});
  CHECK(header_problems(row({"Kund", "Datum", "2026"}), mapped({{"2026", "scores.2026"}})) ==
        V{"enkat.csv:1:3: error: --map '2026=scores.2026': '2026' makes no usable score name: a score name starts "
          "with a letter and is not a YAML word such as yes, no or null [survey-import]"});
}

TEST_CASE("a --map never drops a column silently") {
  // The conventional Kund column is passed over: it must be left out on purpose.
  CHECK(header_problems(row({"Kund", "Förvaltning", "Datum", "Betyg"}), mapped({{"Förvaltning", "customer"}})) ==
        V{"enkat.csv:1:1: error: column 1 ('Kund') is not used, since --map 'Förvaltning=customer' chose another "
          "column; to leave it out, pass --ignore-column 'Kund' [survey-import]"});
  // Two options choosing the customer column, one column giving two scores, two columns one score.
  auto o = mapped({{"Förvaltning", "customer"}, {"Helhet", "overall"}, {"Helhet", "value"}});
  o.customer = "Kund";
  CHECK(header_problems(row({"Kund", "Förvaltning", "Datum", "Helhet", "Overall"}), o) ==
        V{"enkat.csv:1:1: error: --customer-column and --map 'Förvaltning=customer' both choose the customer column; "
          "give one of them [survey-import]",
          "enkat.csv:1:4: error: column 4 ('Helhet') cannot give both the score 'overall' and the score 'value' "
          "[survey-import]",
          "enkat.csv:1:5: error: column 4 ('Helhet') and column 5 ('Overall') both give the score 'overall' "
          "[survey-import]"});
  // A column both ignored and mapped.
  auto ignored = mapped({{"Helhet", "overall"}});
  ignored.ignore = {"helhet"};
  CHECK(header_problems(row({"Kund", "Datum", "Helhet", "Leverans"}), ignored) ==
        V{"enkat.csv:1:3: error: column 3 ('Helhet') cannot be both an ignored column and a score column "
          "[survey-import]"});
}

TEST_CASE("the dimensions a --map may name: the contract's four and those the surveys use") {
  const auto ws = test::workspace_of({{"surveys/a.yaml", "id: a\nscores:\n  nps: 9\n  overall: 4\n"},
                                      {"surveys/b.yaml", "id: b\nscores:\n  Odd Key: 3\n"}});
  CHECK(survey_dimensions(ws) == V{"communication", "delivery", "nps", "overall", "value"});
}

TEST_CASE("a Swedish row: roles in Swedish, the hour without a leading zero") {
  OpenWorkspace lw{test::workspace_of({{"customers/water.yaml", test::valid_customer("water")}}), {}, {}, {}};
  lw.ctx = {read_settings(lw.ws.config), *Date::parse("2026-11-23")};
  const auto c = columns_of(row({"Kund", "Roll", "Tidstämpel", "Helhet"}));
  const SurveyRowContext ctx{lw, "enkat.csv", std::nullopt};
  Diagnostics found;
  const auto a = read_survey_row({2, {"water", "Beställare", "2026-11-20 9:14:03", "4,5"}}, c, ctx, found);
  CHECK(lines(found) == V{});
  REQUIRE(a);
  CHECK(a->role == "purchaser");
  CHECK(a->date == "2026-11-20");
  CHECK(a->scores == std::vector<std::pair<std::string, std::string>>{{"helhet", "4.5"}});
  CHECK(read_survey_row({3, {"water", "ANVÄNDARE", "2026-11-20", "3"}}, c, ctx, found)->role == "user");
  CHECK_FALSE(read_survey_row({4, {"water", "kund", "2026-11-20 9:1", "3"}}, c, ctx, found));
}
