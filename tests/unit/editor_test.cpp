#include <catch2/catch.hpp>

#include "brm/yaml/editor.hpp"
#include "brm/yaml/reader.hpp"

using namespace brm::yaml;

namespace {

using Fields = std::vector<std::pair<std::string, Value>>;

// A hand-written complaint with comments, odd quoting, a flow list and a block scalar.
const std::string original =
    "# Logged by phone; see the call notes.\n"
    "id: 2026-11-20-payroll-late   # keep this id\n"
    "customer: 'finance'\n"
    "received: 2026-11-20\n"
    "tags: [payroll,  late]\n"
    "severity: high\n"
    "summary: \"Salary files delivered late\"\n"
    "status: open    # first look on Monday\n"
    "description: |\n"
    "  Two files were late.\n"
    "\n"
    "  Payroll ran a day late.\n"
    "history:\n"
    "  # the first entry came from the e-mail\n"
    "  - date: 2026-11-20\n"
    "    status: open\n"
    "    by: Åsa Öberg\n"
    "# trailing comment\n";

std::string edit(const std::string& source, const std::function<void(SourceEditor&, const Document&)>& change) {
  brm::Diagnostics out;
  auto doc = read_document(source, "c.yaml", out);
  REQUIRE(out.empty());
  SourceEditor e(source, *doc);
  change(e, *doc);
  return e.result();
}

}  // namespace

TEST_CASE("changing a scalar touches only its bytes") {
  const auto result = edit(original, [](SourceEditor& e, const Document& d) {
    CHECK(e.set_scalar(*d.root(), "status", {"in-progress", true}));
  });
  auto expected = original;
  expected.replace(expected.find("status: open    #"), 12, "status: in-progress");
  CHECK(result == expected);
}

TEST_CASE("appending to a block list keeps its indentation and every other byte") {
  const auto result = edit(original, [](SourceEditor& e, const Document& d) {
    e.append_item(*d.root(), "history",
                  Fields{{"date", {"2026-11-23", true}}, {"status", {"resolved", true}}, {"by", {"Olle: Nyberg"}},
                         {"note", {"Fixed.\nVerified with Erik.\n"}}});
  });
  const std::string added =
      "  - date: 2026-11-23\n"
      "    status: resolved\n"
      "    by: \"Olle: Nyberg\"\n"
      "    note: |\n"
      "      Fixed.\n"
      "      Verified with Erik.\n";
  auto expected = original;
  expected.insert(expected.find("# trailing comment"), added);
  CHECK(result == expected);
  brm::Diagnostics out;
  auto doc = read_document(result, "c.yaml", out);
  REQUIRE(doc);
  const Node* history = doc->find(*doc->root(), "history");
  REQUIRE(doc->size(*history) == 2);
  CHECK(doc->find_text(doc->item(*history, 1), "note") == "Fixed.\nVerified with Erik.\n");
}

TEST_CASE("a new key goes on the line after the entry it follows") {
  const auto result = edit(original, [](SourceEditor& e, const Document& d) {
    e.insert_after(*d.root(), "status", "resolution", {"yes"});
  });
  auto expected = original;
  expected.insert(expected.find("description: |"), "resolution: \"yes\"\n");
  CHECK(result == expected);
}

TEST_CASE("a block scalar is replaced whole, keeping the line after it") {
  const std::string source = "id: c\nresolution: |\n  old text\n  more\nstatus: resolved\n";
  const auto result =
      edit(source, [](SourceEditor& e, const Document& d) { e.set_scalar(*d.root(), "resolution", {"New text"}); });
  CHECK(result == "id: c\nresolution: New text\nstatus: resolved\n");
}

TEST_CASE("a flow list gets a flow item") {
  const std::string source = "id: c\nhistory: [{date: 2026-11-20, status: open}]  # short\n";
  const auto result = edit(source, [](SourceEditor& e, const Document& d) {
    e.append_item(*d.root(), "history", Fields{{"date", {"2026-11-23", true}}, {"note", {"a, b"}}});
  });
  CHECK(result == "id: c\nhistory: [{date: 2026-11-20, status: open}, {date: 2026-11-23, note: \"a, b\"}]  # short\n");
}

TEST_CASE("a missing list is added at the end, also without a final newline") {
  const auto result = edit("id: c\nstatus: open", [](SourceEditor& e, const Document& d) {
    e.append_item(*d.root(), "history", Fields{{"date", {"2026-11-23", true}}});
  });
  CHECK(result == "id: c\nstatus: open\nhistory:\n  - date: 2026-11-23\n");
}

TEST_CASE("an entry is taken out with its whole lines, every other byte kept") {
  const auto plain = edit(original, [](SourceEditor& e, const Document& d) {
    CHECK(e.remove_entry(*d.root(), "status"));
  });
  auto expected = original;
  expected.erase(expected.find("status: open    #"), std::string("status: open    # first look on Monday\n").size());
  CHECK(plain == expected);
  const auto block = edit(original, [](SourceEditor& e, const Document& d) {
    CHECK(e.remove_entry(*d.root(), "description"));
  });
  expected = original;
  const auto from = expected.find("description: |");
  expected.erase(from, expected.find("history:") - from);
  CHECK(block == expected);
}

TEST_CASE("an entry of another shape is left alone") {
  for (const std::string source : {"{id: c, resolution: x}\n", "? resolution\n: x\nid: c\n", "id: c\nresolution: [x]\n"})
    CHECK(edit(source, [](SourceEditor& e, const Document& d) { CHECK_FALSE(e.remove_entry(*d.root(), "resolution")); }) ==
          source);
}

TEST_CASE("a flow list ending in an empty '?' entry takes no new entry, and says so") {
  // libyaml reads no entry after "?," in a flow list: "[?, {a: 1}]" is an error.
  for (const std::string source : {"history: [?,]\n", "history: [{date: 1}, ?,]\n"})
    CHECK(edit(source, [](SourceEditor& e, const Document& d) {
            CHECK_FALSE(e.append_item(*d.root(), "history", Fields{{"date", {"2026-11-23", true}}}));
          }) == source);
  CHECK(edit("history: [? x, {?: y}]\n", [](SourceEditor& e, const Document& d) {
          CHECK(e.append_item(*d.root(), "history", Fields{{"date", {"2026-11-23", true}}}));
        }) == "history: [? x, {?: y}, {date: 2026-11-23}]\n");
}

TEST_CASE("a key added after a value that is also changed, in a list item that ends the file") {
  const std::string source = "levels:\n  - service: p\n    metric: m\n    value: 99.81\n";
  const auto result = edit(source, [](SourceEditor& e, const Document& d) {
    const auto& item = d.item(*d.find(*d.root(), "levels"), 0);
    CHECK(e.set_scalar(item, "value", {"99.6", true}));
    e.insert_after(item, "value", "note", {"Planned downtime ran over"});
  });
  CHECK(result == "levels:\n  - service: p\n    metric: m\n    value: 99.6\n    note: Planned downtime ran over\n");
}

TEST_CASE("a key added to a list's last item goes before a new item of that list") {
  const std::string source = "id: d\nlevels:\n  - service: p\n    value: 1\n";
  const auto result = edit(source, [](SourceEditor& e, const Document& d) {
    const auto& item = d.item(*d.find(*d.root(), "levels"), 0);
    e.insert_after(item, "value", "note", {"Late"});
    CHECK(e.append_item(*d.root(), "levels", {{"service", {"q"}}, {"value", {"2", true}}}));
    e.insert_after(*d.root(), "levels", "source", {"Monitoring"});
  });
  CHECK(result == "id: d\nlevels:\n  - service: p\n    value: 1\n    note: Late\n  - service: q\n    value: 2\n"
                  "source: Monitoring\n");
}
