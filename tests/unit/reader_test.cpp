#include <catch2/catch.hpp>

#include <string>

#include "brm/yaml/reader.hpp"
#include "support.hpp"

using brm::Diagnostics;
using brm::yaml::read_document;

namespace {

std::vector<std::string> read_errors(const std::string& text) {
  Diagnostics out;
  read_document(text, "customers/x.yaml", out);
  std::vector<std::string> lines;
  for (const auto& d : out) lines.push_back(brm::test::line_of(d));
  return lines;
}

}  // namespace

TEST_CASE("every key and value carries its line and column") {
  Diagnostics out;
  const auto doc = read_document("id: x\nteam:\n  relationship_manager: Åsa Öberg\n  list: [a, b]\n", "f.yaml", out);
  REQUIRE(doc);
  CHECK(out.empty());
  const auto* team = doc->find(*doc->root(), "team");
  REQUIRE(team);
  CHECK(team->pos.line == 3);
  CHECK(team->pos.column == 3);
  const auto* rm = doc->find(*team, "relationship_manager");
  REQUIRE(rm);
  CHECK(doc->text(*rm) == "Åsa Öberg");
  CHECK(rm->pos.line == 3);
  CHECK(rm->pos.column == 25);
  const auto* list = doc->find(*team, "list");
  REQUIRE(list);
  CHECK(list->flow);
  CHECK(doc->item(*list, 1).pos.column == 13);
}

TEST_CASE("plain scalars resolve as YAML 1.1 does") {
  using brm::yaml::resolve_plain;
  using brm::yaml::ScalarKind;
  CHECK(resolve_plain("yes") == ScalarKind::boolean);
  CHECK(resolve_plain("Off") == ScalarKind::boolean);
  CHECK(resolve_plain("~") == ScalarKind::null);
  CHECK(resolve_plain("4410") == ScalarKind::integer);
  CHECK(resolve_plain("1:30") == ScalarKind::integer);
  CHECK(resolve_plain("99.5") == ScalarKind::floating);
  CHECK(resolve_plain("2026-01-02") == ScalarKind::timestamp);
  CHECK(resolve_plain("2026-finance-anna") == ScalarKind::string);
  CHECK(resolve_plain("+46 8 123 456") == ScalarKind::string);
  CHECK(resolve_plain("Anna Berg") == ScalarKind::string);
}

TEST_CASE("syntax errors point at the fault") {
  // An unclosed bracket or quote where it was opened, with where libyaml gave up.
  CHECK(read_errors("id: x\nname: [unclosed\n") ==
        std::vector<std::string>{"customers/x.yaml:2:7: error: invalid YAML: the list that starts here with '[' is not "
                                 "closed: did not find expected ',' or ']' at line 3, column 1 [yaml-syntax]"});
  CHECK(read_errors("id: x\nteam: {relationship_manager: A\nname: B\n") ==
        std::vector<std::string>{"customers/x.yaml:2:7: error: invalid YAML: the mapping that starts here with '{' is "
                                 "not closed: did not find expected ',' or '}' at line 3, column 5 [yaml-syntax]"});
  CHECK(read_errors("id: x\nname: \"Water\nowner: Dan\n") ==
        std::vector<std::string>{"customers/x.yaml:2:7: error: invalid YAML: the quoted text that starts here is never "
                                 "closed: the file ends before its closing quote [yaml-syntax]"});
  // A missing space after the colon, on its own line.
  CHECK(
      read_errors("id: x\nowner:Dan\nname: B\n") ==
      std::vector<std::string>{"customers/x.yaml:2:1: error: invalid YAML: 'owner:Dan' has no space after the colon, "
                               "so YAML reads it as text, not as a key and a value; write 'owner: Dan' [yaml-syntax]"});
}

TEST_CASE("tabs used for indentation get a hint") {
  CHECK(read_errors("id: x\nteam:\n\trelationship_manager: A\n") ==
        std::vector<std::string>{"customers/x.yaml:3:1: error: invalid YAML: found character that cannot start any "
                                 "token (while scanning for the next token); YAML does not allow tabs for "
                                 "indentation, use spaces [yaml-syntax]"});
}

TEST_CASE("the tab hint counts characters, not bytes: Swedish text before the tab keeps it") {
  const auto hint = "YAML does not allow tabs for indentation, use spaces [yaml-syntax]";
  for (const auto* source :
       {"name: \xC3\x84rende \xC3\xB6\n\ttitle: y\n", "\xEF\xBB\xBFname: \xC3\x84\n\ttitle: y\n"}) {
    const auto errors = read_errors(source);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().ends_with(hint));
  }
}

TEST_CASE("a repeated key is named with the line of the first") {
  CHECK(read_errors("id: x\nname: A\nname: B\n") ==
        std::vector<std::string>{"customers/x.yaml:3:1: error: key 'name' appears twice in this mapping (first at "
                                 "line 2); only the first is used [duplicate-key]"});
}

TEST_CASE("merge-conflict markers are named as such") {
  CHECK(read_errors("id: x\n<<<<<<< HEAD\nname: A\n=======\nname: B\n>>>>>>> other\n") ==
        std::vector<std::string>{"customers/x.yaml:2:1: error: unresolved git merge conflict (lines 2 to 6); keep "
                                 "the right version and remove the markers <<<<<<<, ======= and >>>>>>> "
                                 "[merge-conflict]"});
  CHECK(read_errors("id: x\n<<<<<<< HEAD\nname: A\n") ==
        std::vector<std::string>{"customers/x.yaml:2:1: error: unresolved git merge conflict: a '<<<<<<<' marker "
                                 "without its '>>>>>>>'; resolve it and remove the markers [merge-conflict]"});
  CHECK(read_errors("id: x\n=======\n") ==
        std::vector<std::string>{"customers/x.yaml:2:1: error: a git merge-conflict marker '=======' is left in the "
                                 "file; remove it [merge-conflict]"});
}

TEST_CASE("hostile input gets one diagnostic at its position") {
  using V = std::vector<std::string>;
  CHECK(read_errors("") == V{"customers/x.yaml:1:1: error: the file is empty [empty-file]"});
  CHECK(read_errors("# only a comment\n") == V{"customers/x.yaml:1:1: error: the file is empty [empty-file]"});
  CHECK(read_errors("- a\n- b\n") ==
        V{"customers/x.yaml:1:1: error: the top level must be a mapping of fields (name: value), not a list or a "
          "single value [not-a-mapping]"});
  CHECK(read_errors("id: x\n---\nid: y\n") ==
        V{"customers/x.yaml:2:1: error: the file holds more than one YAML document ('---'); keep one record per "
          "file [multiple-documents]"});
  CHECK(read_errors(std::string("id: x\nname: a\0b\n", 14)) ==
        V{"customers/x.yaml:2:8: error: the file contains a NUL byte; it is binary, not YAML text [nul-byte]"});
  CHECK(read_errors("id: x\nname: caf\xe9\n") ==
        V{"customers/x.yaml:2:10: error: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8 [invalid-utf8]"});
  CHECK(read_errors("a: &a [x, x]\nb: *a\n") ==
        V{"customers/x.yaml:2:4: error: aliases (*a) are not allowed in records; write the value out [yaml-alias]"});
  CHECK(read_errors(std::string(70, '[') + std::string(70, ']')) ==
        V{"customers/x.yaml:1:65: error: nesting deeper than 64 levels [too-deep]"});
  CHECK(read_errors(std::string(1024 * 1024 + 1, '#')) ==
        V{"customers/x.yaml:1:1: error: the file is 1048577 bytes; a record may be at most 1048576 bytes "
          "[file-too-large]"});
}

TEST_CASE("a billion-laughs file is refused at its first alias without expanding") {
  std::string bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    const char p = static_cast<char>(c - 1);
    bomb += std::string(1, c) + ": &" + c + " [*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" +
            p + ",*" + p + ",*" + p + "]\n";
  }
  const auto errors = read_errors(bomb);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] ==
        "customers/x.yaml:2:8: error: aliases (*a) are not allowed in records; write the value out "
        "[yaml-alias]");
}

// The reader keeps one libyaml parser per thread; a parse that stopped in the middle
// (tokens still queued) must leave nothing behind for the next file.
TEST_CASE("a file read after a broken one reads as if it came first") {
  const std::string good = "id: x\nteam: {a: [1, 2], b: 'c'}\nlist:\n  - one\n  - two\n";
  const auto alone = read_errors(good + "bad: [\n");
  for (const auto* broken : {"a: [1, {b: 2\n", "a: b: c\n", "%TAG !e! tag:e.com,2000:\n---\na: !e!x [1\n",
                             "a: &x 1\nb: *x\n", "a: 1\n---\nb: 2\n", "- [\n  - {\n"}) {
    CAPTURE(broken);
    read_errors(broken);
    CHECK(read_errors(good).empty());
    CHECK(read_errors(good + "bad: [\n") == alone);
  }
}

// libyaml's small allocations come from a per-thread arena of 256 KiB; a file whose
// tokens need more continues on malloc, and the next file starts on the arena again.
TEST_CASE("files whose tokens outgrow the parse arena read in full") {
  std::string many = "items:\n";
  for (int i = 0; i < 20000; ++i) many += "  - \"item " + std::to_string(i) + " with some text\"\n";
  const std::string huge = "text: \"" + std::string(700000, 'x') + "\"\n";
  for (int round = 0; round < 2; ++round) {
    Diagnostics out;
    const auto list = read_document(many, "f.yaml", out);
    REQUIRE(list);
    const auto* items = list->find(*list->root(), "items");
    REQUIRE(items);
    REQUIRE(list->size(*items) == 20000);
    CHECK(list->text(list->item(*items, 19999)) == "item 19999 with some text");
    const auto one = read_document(huge, "g.yaml", out);
    REQUIRE(one);
    CHECK(one->find_text(*one->root(), "text").size() == 700000);
    CHECK(read_errors(many + "bad: [\n").size() == 1);
    CHECK(out.empty());
  }
}

TEST_CASE("a document with no kids or text copies out of the parse arena (fuzz finding, UBSan)") {
  // "{}" has nodes but no kids and no text: those parts may be null pointers.
  for (const std::string text : {"{}", "--- {}\n", "{ }"}) {
    Diagnostics out;
    const auto view = read_document(text, "customers/x.yaml", out, {}, brm::yaml::Keep::view);
    REQUIRE(view);
    const auto copy = view->copy();
    REQUIRE(copy.root());
    CHECK(copy.size(*copy.root()) == 0);
  }
}

TEST_CASE("repeated keys of a large mapping are found through a set, and past fifty told in one line") {
  std::string text = "id: x\n";
  for (int i = 0; i < 40; ++i) text += "k" + std::to_string(i) + ": v\n";  // past the scan's 32 keys
  for (int i = 0; i < 60; ++i) text += "k" + std::to_string(i % 40) + ": again\n";
  const auto lines = read_errors(text);
  REQUIRE(lines.size() == 51);
  CHECK(lines.front() ==
        "customers/x.yaml:42:1: error: key 'k0' appears twice in this mapping (first at line 2); "
        "only the first is used [duplicate-key]");
  CHECK(lines[49] ==
        "customers/x.yaml:91:1: error: key 'k9' appears twice in this mapping (first at line 11); "
        "only the first is used [duplicate-key]");
  CHECK(lines.back() ==
        "customers/x.yaml:92:1: error: 10 more repeated keys in this mapping from here on are not "
        "listed; only the first of each is used [duplicate-key]");
}

TEST_CASE("a large document keeps its nodes and text when the same thread reads the next file") {
  // Past 16,384 nodes a document takes over the reader's scratch space instead of a copy.
  std::string many = "id: big\n";
  for (int i = 0; i < 30000; ++i) many += "k" + std::to_string(i) + ": value " + std::to_string(i) + "\n";
  Diagnostics out;
  const auto big = read_document(many, "customers/big.yaml", out);
  const auto view = read_document(many, "customers/big2.yaml", out, {}, brm::yaml::Keep::view);
  REQUIRE(view);
  const auto owned = brm::yaml::own(*view);
  const auto small = read_document("id: small\nname: Small\n", "customers/small.yaml", out);
  const auto again = read_document(many + "extra: 1\n", "customers/big3.yaml", out);
  REQUIRE(big);
  REQUIRE(small);
  REQUIRE(again);
  CHECK(out.empty());
  for (const auto* doc : {&*big, &owned}) {
    REQUIRE(doc->size(*doc->root()) == 30001);
    CHECK(doc->find_text(*doc->root(), "k0") == "value 0");
    CHECK(doc->find_text(*doc->root(), "k29999") == "value 29999");
  }
  CHECK(small->find_text(*small->root(), "name") == "Small");
  CHECK(again->size(*again->root()) == 30002);
}

TEST_CASE("repeated keys among thousands are each found once, wherever they fall in the table") {
  std::string text = "id: x\n";
  for (int i = 0; i < 5000; ++i) text += "key-" + std::to_string(i) + ": v\n";
  for (int i = 0; i < 5000; i += 125) text += "key-" + std::to_string(i) + ": again\n";  // 40 repeats
  const auto lines = read_errors(text);
  REQUIRE(lines.size() == 40);
  CHECK(lines.front() ==
        "customers/x.yaml:5002:1: error: key 'key-0' appears twice in this mapping (first at line 2); "
        "only the first is used [duplicate-key]");
  CHECK(lines.back() ==
        "customers/x.yaml:5041:1: error: key 'key-4875' appears twice in this mapping (first at line 4877); "
        "only the first is used [duplicate-key]");
}
