#include <catch2/catch.hpp>

#include "support.hpp"

using brm::test::valid_customer;
using brm::test::validate;
using V = std::vector<std::string>;

TEST_CASE("a valid customer passes") {
  CHECK(validate({{"customers/finance.yaml", valid_customer("finance")}}).empty());
}

TEST_CASE("a missing required field is reported at its parent mapping") {
  CHECK(validate({{"services/payroll.yaml", "id: payroll\nname: Payroll\nstatus: live\n"}}) ==
        V{"services/payroll.yaml:1:1: error: missing required field 'owner' [required-field]"});
  CHECK(validate({{"customers/finance.yaml", "id: finance\nname: Finance\ncustomer:\n  title: CFO\n"}}) ==
        V{"customers/finance.yaml:1:1: warning: the customer has no relationship manager "
          "(team.relationship_manager), so no designated IT contact [missing-relationship-manager]",
          "customers/finance.yaml:4:3: error: missing required field 'name' in 'customer' [required-field]"});
}

TEST_CASE("an empty required field is reported at the empty value") {
  CHECK(validate({{"services/payroll.yaml", "id: payroll\nname:\nowner: Lena Ek\nstatus: live\n"}}) ==
        V{"services/payroll.yaml:2:6: error: required field 'name' is empty [required-field]"});
}

TEST_CASE("required text that is only quotes or blanks is empty too (data contract rule 16)") {
  CHECK(validate({{"services/payroll.yaml", "id: payroll\nname: \"\"\nowner: '  '\nstatus: live\n"}}) ==
        V{"services/payroll.yaml:2:7: error: required field 'name' is empty [required-field]",
          "services/payroll.yaml:3:8: error: required field 'owner' is empty [required-field]"});
  CHECK(validate({{"customers/finance.yaml", "id: finance\nname: Finance\ncustomer:\n  name: \"\\t\"\n"}}).back() ==
        "customers/finance.yaml:4:9: error: required field 'name' in 'customer' is empty [required-field]");
}

TEST_CASE("a field indented one level wrong is named with where it belongs") {
  const auto found = validate({{"customers/x.yaml",
                                "id: x\nname: X\ncustomer:\n  name: Anna Berg\ntitle: CFO\nteam:\n"
                                "  relationship_manager: Karin Holm\n  name: Y\nstatus: live\n"}});
  CHECK(found == V{"customers/x.yaml:5:1: warning: unknown field 'title' of a customer; did you mean customer.title? "
                   "check the indentation [unknown-field]",
                   "customers/x.yaml:8:3: warning: unknown field 'name' in 'team' of a customer; did you mean the "
                   "customer's own 'name'? check the indentation [unknown-field]",
                   // Known only inside a list item: just unknown.
                   "customers/x.yaml:9:1: warning: unknown field 'status' of a customer [unknown-field]"});
}

TEST_CASE("a value of the wrong type says what was expected and what was found") {
  CHECK(validate({{"services/payroll.yaml", "id: payroll\nname: [a, b]\nowner: Lena Ek\nstatus: live\n"}}) ==
        V{"services/payroll.yaml:2:7: error: 'name' must be one line of text, not a list [wrong-type]"});
}

TEST_CASE("text that YAML reads as something else must be quoted") {
  CHECK(validate({{"services/payroll.yaml", "id: payroll\nname: yes\nowner: Lena Ek\nstatus: live\n"}}) ==
        V{"services/payroll.yaml:2:7: error: 'name' must be text, but YAML reads yes as a yes/no value; write it in "
          "quotes: \"yes\" [wrong-type]"});
  CHECK(validate({{"services/payroll.yaml", "id: payroll\nname: \"yes\"\nowner: Lena Ek\nstatus: live\n"}}).empty());
}

TEST_CASE("an enum value outside its list suggests the closest") {
  CHECK(validate({{"services/payroll.yaml", "id: payroll\nname: Payroll\nowner: Lena Ek\nstatus: lvie\n"}}) ==
        V{"services/payroll.yaml:4:9: error: 'status' must be one of pipeline, live, retired, not 'lvie' (did you "
          "mean 'live'?) [invalid-enum]"});
}

TEST_CASE("dates must exist and be written YYYY-MM-DD") {
  const std::string head = "id: m\ncustomer: finance\ntype: planning\n";
  const auto finance = std::pair{std::string("customers/finance.yaml"), valid_customer("finance")};
  CHECK(validate({finance, {"meetings/m.yaml", head + "date: 2026-02-30\n"}}) ==
        V{"meetings/m.yaml:4:7: error: 'date' is not a real date: 2026-02-30 does not exist [invalid-date]"});
  CHECK(validate({finance, {"meetings/m.yaml", head + "date: 3 March 2026\n"}}) ==
        V{"meetings/m.yaml:4:7: error: 'date' must be a date written YYYY-MM-DD, not '3 March 2026' [invalid-date]"});
  CHECK(validate({finance, {"meetings/m.yaml", head + "date: 2028-02-29\n"}}, "2028-03-01").empty());
}

TEST_CASE("percentages and scores must be in range") {
  const auto plan = "plans:\n  - id: p\n    title: T\n    type: project\n    status: ongoing\n    progress: 140\n";
  CHECK(validate({{"customers/finance.yaml", valid_customer("finance") + plan}}) ==
        V{"customers/finance.yaml:16:15: error: 'plans[1].progress' must be between 0 and 100, not 140 "
          "[out-of-range]"});
  const auto survey = "id: s\ncustomer: finance\ndate: 2026-10-01\nscores:\n  overall: 6\n  value: 0.5\n";
  CHECK(validate({{"customers/finance.yaml", valid_customer("finance")}, {"surveys/s.yaml", survey}}) ==
        V{"surveys/s.yaml:5:12: error: 'scores.overall' must be between 1 and 5, not 6 [out-of-range]",
          "surveys/s.yaml:6:10: error: 'scores.value' must be between 1 and 5, not 0.5 [out-of-range]"});
}

TEST_CASE("the survey scale comes from the policy") {
  const auto survey = "id: s\ncustomer: finance\ndate: 2026-10-01\nscores:\n  overall: 9\n";
  CHECK(validate({{"brm.yaml", "brm: 1\norganization: T\ncurrency: SEK\npolicy:\n  survey_scale: [0, 10]\n"},
                  {"customers/finance.yaml", valid_customer("finance")},
                  {"surveys/s.yaml", survey}})
            .empty());
}

TEST_CASE("an unknown field is a warning with a suggestion") {
  CHECK(validate({{"services/payroll.yaml", "id: payroll\nname: P\nowner: L\nstatus: live\ndescripton: x\n"}}) ==
        V{"services/payroll.yaml:5:1: warning: unknown field 'descripton' of a service (did you mean "
          "'description'?) [unknown-field]"});
}

TEST_CASE("currencies are ISO 4217 codes") {
  CHECK(validate({{"brm.yaml", "brm: 1\norganization: T\ncurrency: kronor\n"}}) ==
        V{"brm.yaml:3:11: error: 'currency' must be an ISO 4217 currency code such as SEK, EUR or USD, not "
          "'kronor' [invalid-enum]"});
}

TEST_CASE("the usual slips get a hint: a colon in text, a decimal comma, spaces in a number") {
  const auto finance = std::pair{std::string("customers/finance.yaml"), valid_customer("finance")};
  const std::string meeting = "id: m\ncustomer: finance\ntype: planning\ndate: 2026-11-02\n";
  CHECK(validate({finance, {"meetings/m.yaml", meeting + "agenda:\n  - E-arkiv: status\n"}}) ==
        V{"meetings/m.yaml:6:5: error: 'agenda[1]' must be one line of text, not a mapping; a ': ' inside text makes "
          "YAML read a key and a value: write it in quotes, \"E-arkiv: status\" [wrong-type]"});
  const std::string survey =
      "id: s\ncustomer: finance\ndate: 2026-11-02\nrespondent:\n  name: Anna Berg\nscores:\n  overall: ";
  CHECK(validate({finance, {"surveys/s.yaml", survey + "4,5\n"}}) ==
        V{"surveys/s.yaml:7:12: error: 'scores.overall' must be a number, not text; write numbers with a decimal "
          "point: 4.5 [wrong-type]"});
  CHECK(validate({finance, {"surveys/s.yaml", survey + "1 000\n"}})
            .front()
            .ends_with("not text; write numbers without spaces: 1000 [wrong-type]"));
  CHECK(validate({finance, {"surveys/s.yaml", survey + "1,000\n"}})
            .front()
            .ends_with("'scores.overall' must be a number, not text [wrong-type]"));  // a thousands comma: no guess
}

TEST_CASE("a reference written as a name or in other case names the id it means") {
  const auto finance = std::pair{std::string("customers/finance.yaml"), valid_customer("finance")};
  const auto child = [](const std::string& parent) {
    return std::pair{std::string("customers/water.yaml"), valid_customer("water") + "parent: " + parent + "\n"};
  };
  CHECK(validate({finance, child("Division finance")}) ==
        V{"customers/water.yaml:11:9: error: no customer has the id 'Division finance' (did you mean 'finance' "
          "(Division finance)? a reference names the id, not the name) [unresolved-reference]"});
  CHECK(validate({finance, child("Finance")}) ==
        V{"customers/water.yaml:11:9: error: no customer has the id 'Finance' (did you mean 'finance'? ids are "
          "written in lower case) [unresolved-reference]"});
}

TEST_CASE("past fifty unknown fields in a file, the rest are counted in one warning") {
  std::string text = "id: payroll\nname: Payroll\nstatus: live\nowner: Lena Ek\n";
  for (int i = 0; i < 70; ++i) text += "extra" + std::to_string(i) + ": x\n";
  const auto found = validate({{"services/payroll.yaml", text}});
  REQUIRE(found.size() == 51);
  // Sorted by place: the count, at the top of the file, comes first.
  CHECK(found.front() ==
        "services/payroll.yaml:1:1: warning: 20 more unknown fields in this file are not listed "
        "[unknown-field]");
  CHECK(found.back() == "services/payroll.yaml:54:1: warning: unknown field 'extra49' of a service [unknown-field]");
}

TEST_CASE("one line of text holds no control character and at most 500 characters") {
  std::string text = "id: payroll\nname: \"Pay\\rroll\"\nstatus: live\nowner: ";
  text.append(501, 'x');
  text += '\n';
  const auto found = validate({{"services/payroll.yaml", text}});
  CHECK(found == std::vector<std::string>{
                     "services/payroll.yaml:2:7: error: 'name' holds the control character U+000D at character 4; one "
                     "line of text may hold tabs, but no other control characters, line breaks or line separators "
                     "[control-character]",
                     "services/payroll.yaml:4:8: error: 'owner' is 501 characters long; one line of text may hold at "
                     "most 500 (write more in a text field such as a description or note) [too-long]"});
}
