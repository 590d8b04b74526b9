// L7: one rule for every text option, and every accepted text reads back exactly.
#include <catch2/catch.hpp>

#include "brm/model/text.hpp"
#include "brm/yaml/reader.hpp"
#include "brm/yaml/writer.hpp"

using namespace brm;

namespace {

std::string read_back(const std::string& file, const std::string& key) {
  Diagnostics out;
  const auto doc = yaml::read_document(file, "t.yaml", out);
  INFO(file);
  REQUIRE(out.empty());
  return std::string(doc->find_text(*doc->root(), key));
}

}  // namespace

TEST_CASE("the text rule accepts tabs, line feeds where allowed, and any printable character") {
  CHECK(check_text_value("Åsa Öberg\tIT", TextLines::one).empty());
  CHECK(check_text_value("漢字 and emoji \xF0\x9F\x98\x80", TextLines::one).empty());
  CHECK(check_text_value("two\nlines", TextLines::many).empty());
}

TEST_CASE("the text rule refuses what cannot be stored as given, naming the character") {
  CHECK(check_text_value("two\nlines", TextLines::one) ==
        "holds a line break (U+000A) at character 4; it must be one line of text");
  CHECK(check_text_value("bad \xFF byte", TextLines::many) == "is not valid UTF-8 (byte 0xFF at character 5)");
  CHECK(check_text_value("esc\x1B[31m", TextLines::many) ==
        "holds a control character (U+001B) at character 4; text may hold tabs and line breaks, but no other "
        "control characters");
  CHECK(check_text_value("esc\x1B", TextLines::one) ==
        "holds a control character (U+001B) at character 4; it may hold tabs, but no other control characters");
  CHECK(check_text_value("x: \xE2\x80\xA8y", TextLines::many).starts_with("holds a line separator (U+2028) at character 4"));
  CHECK(check_text_value("a\xE2\x80\xA9", TextLines::many).starts_with("holds a paragraph separator (U+2029)"));
  CHECK(check_text_value("a\xC2\x85", TextLines::many).starts_with("holds a next-line character (NEL) (U+0085)"));
  CHECK(check_text_value("a\rb", TextLines::many) ==
        "holds a carriage return (U+000D) at character 2; break lines with line feeds (\\n) only");
  CHECK(check_text_value("\xEF\xBB\xBFx", TextLines::one).starts_with("holds a byte order mark (U+FEFF)"));
  CHECK(check_text_value("\xED\xA0\x80", TextLines::one).starts_with("is not valid UTF-8"));  // a surrogate
}

TEST_CASE("= and << are quoted: YAML 1.1 readers give them a meaning of their own") {
  for (const std::string v : {"=", "<<"}) {
    CHECK(!yaml::plain_is_safe(v));
    CHECK(yaml::scalar_for(v, 2) == "\"" + v + "\"");
    yaml::RecordWriter w;
    w.text("summary", v);
    CHECK(w.str() == "summary: \"" + v + "\"\n");
  }
}

TEST_CASE("double quotes escape every character a reader would break a line at or refuse") {
  for (const std::string& v : {std::string("x: \xE2\x80\xA8y"), std::string("p\xE2\x80\xA9q"), std::string("n\xC2\x85m"),
                              std::string("c1\xC2\x9F"), std::string("bom\xEF\xBB\xBF"), std::string("nul\x01\x7F"),
                              std::string("cr\r\nlf"), std::string("nonchar\xEF\xBF\xBE")}) {
    CHECK(read_back("k: " + yaml::double_quoted(v) + "\n", "k") == v);
    CHECK(read_back("k: " + yaml::scalar_for(v, 2) + "\n", "k") == v);
  }
}

TEST_CASE("new records carry NEL, LS, PS and DEL escaped, in fields and in lists") {
  const std::vector<std::string> values = {"x: \xE2\x80\xA8y", "n\xC2\x85m", "p\xE2\x80\xA9", "del\x7F",
                                           "brm-verbatim-0", "two\nlines\xE2\x80\xA8\n"};
  const auto key = [](std::size_t i) { return std::string("k").append(std::to_string(i)); };
  yaml::RecordWriter w;
  for (std::size_t i = 0; i < values.size(); ++i) w.text(key(i), values[i]);
  w.flow_list("flow", values).block_list("block", values);
  const auto file = w.str();
  for (std::size_t i = 0; i < values.size(); ++i) CHECK(read_back(file, key(i)) == values[i]);
  Diagnostics out;
  const auto doc = yaml::read_document(file, "t.yaml", out);
  REQUIRE(doc);
  for (const char* list : {"flow", "block"}) {
    const auto* items = doc->find(*doc->root(), list);
    REQUIRE(items);
    REQUIRE(doc->size(*items) == values.size());
    for (std::size_t i = 0; i < values.size(); ++i) CHECK(doc->text(doc->item(*items, i)) == values[i]);
  }
}

TEST_CASE("an id that looks like the writer's own placeholder is written as it is") {
  yaml::RecordWriter w;
  w.raw("id", "brm-verbatim-0").text("summary", "brm-verbatim-9").flow_list("attendees", {"brm-verbatim-1"});
  const auto file = w.str();
  CHECK(read_back(file, "id") == "brm-verbatim-0");
  CHECK(read_back(file, "summary") == "brm-verbatim-9");
}

TEST_CASE("one_line collapses blanks and line breaks, and leaves plain text as it is") {
  CHECK(brm::one_line("Payroll run on time") == "Payroll run on time");
  CHECK(brm::one_line("") == "");
  CHECK(brm::one_line("  Late  salary\n  files \t") == "Late salary files");
  CHECK(brm::one_line("a\r\nb") == "a b");
  CHECK(brm::one_line(" leading") == "leading");
  CHECK(brm::one_line("trailing ") == "trailing");
  CHECK(brm::one_line("two  spaces") == "two spaces");
  CHECK(brm::one_line("Åsa Öberg 田中") == "Åsa Öberg 田中");
}

TEST_CASE("is_one_line says whether one_line would change the text") {
  for (const char* t : {"Payroll run on time", "", "svc-055", "Åsa Öberg 田中"}) CHECK(brm::is_one_line(t));
  for (const char* t : {" leading", "trailing ", "two  spaces", "a\nb", "a\tb", "a\rb"}) {
    CHECK_FALSE(brm::is_one_line(t));
    CHECK(brm::one_line(t) != t);
  }
}
