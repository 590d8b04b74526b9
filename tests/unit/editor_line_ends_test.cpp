// The editor on files as people save them: lone CRs and other line breaks libyaml
// accepts, CRLF files, a UTF-8 byte order mark, no final newline, empty values.
#include <catch2/catch.hpp>

#include <algorithm>

#include "brm/yaml/editor.hpp"
#include "brm/yaml/reader.hpp"

using namespace brm::yaml;

namespace {

using Fields = std::vector<std::pair<std::string, Value>>;
const Fields entry = {{"date", {"2026-11-27", true}}, {"status", {"resolved", true}}, {"note", {"Done."}}};

Document parse(const std::string& source) {
  brm::Diagnostics out;
  auto doc = read_document(source, "c.yaml", out);
  INFO(source);
  REQUIRE(out.empty());
  REQUIRE(doc);
  return std::move(*doc);
}

// Sets the resolution (replacing or inserting it) and appends a history entry, as
// `complaint update --status resolved --resolution TEXT` does.
std::string resolve(const std::string& source, const std::string& resolution) {
  const auto doc = parse(source);
  SourceEditor e(source, doc);
  if (!e.set_scalar(*doc.root(), "resolution", {resolution})) e.insert_after(*doc.root(), "status", "resolution", {resolution});
  e.set_scalar(*doc.root(), "status", {"resolved", true});
  e.append_item(*doc.root(), "history", entry);
  return e.result();
}

// The same with a history entry of a date and `note` only, as the fuzz target edits.
std::string resolve_with_note(const std::string& source, const std::string& resolution, const std::string& note) {
  const auto doc = parse(source);
  SourceEditor e(source, doc);
  if (!e.set_scalar(*doc.root(), "resolution", {resolution})) e.insert_after(*doc.root(), "status", "resolution", {resolution});
  e.append_item(*doc.root(), "history", {{"date", {"2026-11-27", true}}, {"note", {note}}});
  return e.result();
}

// What an edited complaint must read back as: the new resolution and two history entries.
void check_resolved(const std::string& result, const std::string& resolution) {
  INFO(result);
  const auto doc = parse(result);
  CHECK(doc.find_text(*doc.root(), "resolution") == resolution);
  CHECK(doc.find_text(*doc.root(), "status") == "resolved");
  const Node* history = doc.find(*doc.root(), "history");
  REQUIRE(history);
  REQUIRE(doc.size(*history) == 2);
  CHECK(doc.find_text(doc.item(*history, 1), "note") == "Done.");
}

const std::string history = "history:\n  - date: 2026-11-20\n    status: open\n";

}  // namespace

TEST_CASE("a block scalar ending in a lone CR keeps the key after it (L2)") {
  const std::string source = "id: c\nstatus: open\nresolution: |\n  Waiting for the vendor\r" + history;
  const std::string text = "Vendor patch installed.\nVerified.";
  const auto result = resolve(source, text);
  check_resolved(result, text);
  CHECK(result.find("\rhistory:") != std::string::npos);  // the user's own line break stays
}

TEST_CASE("NEL, LS and PS end a line for the editor as they do for the reader (L2)") {
  for (const std::string brk : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    const std::string source = "id: c\nstatus: open\nresolution: |\n  Waiting" + brk + history;
    check_resolved(resolve(source, "Fixed.\nChecked."), "Fixed.\nChecked.");
  }
}

TEST_CASE("an empty value gets a space before the new text (L3)") {
  const std::string source = "id: c\nstatus: open\nresolution:\n" + history;
  const auto result = resolve(source, "Workaround: restart");
  check_resolved(result, "Workaround: restart");
  CHECK(result.find("resolution: \"Workaround: restart\"\n") != std::string::npos);
}

TEST_CASE("an empty value followed by a comment stays on its line (L3)") {
  const std::string source = "id: c\nstatus: open\nresolution:   # none yet\n" + history;
  const auto result = resolve(source, "Two\nlines");
  check_resolved(result, "Two\nlines");
  CHECK(result.find("# none yet") != std::string::npos);
}

TEST_CASE("a CRLF file gets CRLF lines (L8)") {
  const std::string source = "id: c\r\nstatus: open\r\nresolution: |\r\n  old\r\n  text\r\nhistory:\r\n  - date: 2026-11-20\r\n    status: open\r\n";
  const auto result = resolve(source, "New\nlines");
  check_resolved(result, "New\nlines");
  for (std::size_t i = 0; i < result.size(); ++i)
    if (result[i] == '\n') REQUIRE((i > 0 && result[i - 1] == '\r'));
}

TEST_CASE("a byte order mark is read and kept (L8)") {
  const std::string bom = "\xEF\xBB\xBF";
  const std::string source = bom + "id: c\nstatus: open\nresolution: old\n" + history;
  const auto result = resolve(source, "Fixé.");
  CHECK(result.starts_with(bom + "id: c\nstatus: resolved\nresolution: Fixé.\n"));
  check_resolved(result, "Fixé.");
}

TEST_CASE("a file without a final newline gets whole new lines (L8)") {
  const std::string source = "id: c\nstatus: open\nresolution: old\n" + history.substr(0, history.size() - 1);
  const auto result = resolve(source, "Fixed.");
  check_resolved(result, "Fixed.");
  CHECK(result.find("    status: open\n  - date: 2026-11-27") != std::string::npos);
}

TEST_CASE("a new key after the last entry of a file without a final newline") {
  const std::string source = "id: c\nstatus: open";
  const auto doc = parse(source);
  SourceEditor e(source, doc);
  e.insert_after(*doc.root(), "status", "resolution", {"Fixed."});
  CHECK(e.result() == "id: c\nstatus: open\nresolution: Fixed.\n");
}

TEST_CASE("blank lines after a replaced block scalar stay") {
  const std::string source = "id: c\nstatus: open\nresolution: |\n  old\n\n\n" + history;
  const auto result = resolve(source, "Fixed.");
  check_resolved(result, "Fixed.");
  CHECK(result.find("resolution: Fixed.\n\n\nhistory:") != std::string::npos);
}

TEST_CASE("a comment after the old value never becomes part of a multi-line new one") {
  for (const std::string line : {"resolution: old # keep me\n", "resolution: \"old\"  # keep me\n",
                                 "resolution:   # keep me\n"}) {
    const std::string source = "id: c\nstatus: open\n" + line + history;
    const auto result = resolve(source, "line1\nline2");
    check_resolved(result, "line1\nline2");
    CHECK(result.find("# keep me") != std::string::npos);
  }
}

TEST_CASE("spaces that end a replaced block are not carried into the new value") {
  const std::string source = "id: c\nstatus: open\nresolution: |\n  old   \n      \n" + history;
  check_resolved(resolve(source, "a\nb"), "a\nb");
}

TEST_CASE("blocks with chomping and indentation indicators are replaced whole") {
  for (const std::string block : {"|+\n  kept\n\n", "|-\n  stripped\n", "|2\n   indented\n", ">\n  folded\n  text\n"}) {
    const std::string source = "id: c\nstatus: open\nresolution: " + block + history;
    check_resolved(resolve(source, "New\ntext"), "New\ntext");
  }
}

TEST_CASE("a history written as null, ~ or a flow list with a trailing comma takes a new entry") {
  for (const std::string h : {"history: ~\n", "history: null  # none yet\n", "history:\n"}) {
    const std::string source = "id: c\nstatus: open\n" + h;
    const auto doc = parse(source);
    SourceEditor e(source, doc);
    e.append_item(*doc.root(), "history", entry);
    const auto result = parse(e.result());
    const Node* list = result.find(*result.root(), "history");
    REQUIRE(list);
    CHECK(result.size(*list) == 1);
  }
  const std::string source = "id: c\nhistory: [{date: 2026-11-20, status: open},]\n";
  const auto doc = parse(source);
  SourceEditor e(source, doc);
  e.append_item(*doc.root(), "history", entry);
  CHECK(e.result() == "id: c\nhistory: [{date: 2026-11-20, status: open},{date: 2026-11-27, status: resolved, note: Done.}]\n");
}

TEST_CASE("a new key and a new list item at the end of a file go in the right order (fuzz finding)") {
  // No status to put the resolution after, and the history ends the file: both inserts
  // meet at its end. Found by fuzz_editor.
  for (const std::string end : {"\n", ""}) {
    const std::string source = "id: c\nhistory:\n  - date: 2026-11-20\n    note: Logged" + end;
    const auto result = resolve(source, "Line one\nline two");
    INFO(result);
    const auto doc = parse(result);
    CHECK(doc.find_text(*doc.root(), "resolution") == "Line one\nline two");
    const Node* list = doc.find(*doc.root(), "history");
    REQUIRE(list);
    REQUIRE(doc.size(*list) == 2);
    CHECK(doc.find_text(doc.item(*list, 1), "note") == "Done.");
    CHECK(result.find("\n\n") == std::string::npos);
  }
}

TEST_CASE("a block that ends a file without a final newline keeps its value when lines follow it (fuzz finding)") {
  for (const std::string block : {"|\n  Line one\n  last line", "|+\n  Line one\n  last line", "|2\n   last line",
                                  ">\n  folded\n  line", "|-\n  stripped", ">", "|2", ">\n  Two files were late,\n  ",
                                  "|+\n  kept\n\n  ", "|\n  text\n    ", "|\n  text\n  more\n      ",
                                  "|\r\n  Putory:\n# ", "|\n  text\n# comment\n  ", "!!str |\r\n  Put",
                                  "!!str |\n  text\n    "}) {
    const std::string source = "id: c\nstatus: open\ndescription: " + block;
    const auto before = parse(source);
    const auto result = resolve(source, "Fixed.");
    INFO(result);
    const auto after = parse(result);
    CHECK(after.find_text(*after.root(), "resolution") == "Fixed.");
    CHECK(after.find(*after.root(), "history"));
    CHECK(after.find_text(*after.root(), "description") == before.find_text(*before.root(), "description"));
  }
}

TEST_CASE("a new key in an indented top level is indented as its keys are (fuzz finding)") {
  for (const std::string source : {"    id: c\n    note: Logged", "   !\rnote: Logged", "--- !\nnote: Logged",
                                   "  ?  note\n  :  Logged", "   !\r\xEF\xBB\xBFnote: Logged",
                                   "  \xEF\xBB\xBFnote: Logged"}) {
    const auto result = resolve(source, "Fixed.");
    INFO(result);
    const auto doc = parse(result);
    CHECK(doc.find_text(*doc.root(), "resolution") == "Fixed.");
    CHECK(doc.find(*doc.root(), "history"));
  }
}

TEST_CASE("items for an empty history that ends the file come before a new key there (fuzz finding)") {
  for (const std::string h : {"history:", "history: ~", "history:\n"}) {
    const auto result = resolve("id: c\n" + h, "null");
    INFO(result);
    const auto doc = parse(result);
    CHECK(doc.find_text(*doc.root(), "resolution") == "null");
    const Node* list = doc.find(*doc.root(), "history");
    REQUIRE(list);
    CHECK(doc.size(*list) == 1);
  }
}

TEST_CASE("a new list item lines its keys up with those of the items before it (fuzz finding)") {
  const std::string source = "history:\n -  date: 2026-11-20\n    status: open\n";
  const auto doc = parse(source);
  SourceEditor e(source, doc);
  e.append_item(*doc.root(), "history", entry);
  CHECK(e.result() == source + " -  date: 2026-11-27\n    status: resolved\n    note: Done.\n");
}

TEST_CASE("more shapes the fuzzer found: each edit reads back as given") {
  struct Case {
    std::string source, resolution;
  };
  const std::vector<Case> cases = {
      {"id: c\nstatus: open\nresolution: x", "a\nb\n"},               // a block as the last line, no final newline
      {"id: c\nstatus: open\n  # waiting for the vendor\n", "a\nb"},  // an indented comment after the anchor
      {"id: c\nstatus: open\nresolution:\n|\n  old\n", "new"},        // a value on the line after its key
      {"id: c\nstatus: open\nresolution:\n|\n  old\n", "two\nlines"},
      {"id: c\nstatus: open\nresolution: old \n", "a\nb"},            // a space after the old value
      {"id: c\nstatus: open\nhistory: [{date: 2026-11-20}]\n", "x"},
      {"id: c\nstatus: open\nnote:\n|\n `x: \r\n  ", "y"},  // a block on its own line ends the file
      {"id: c\nhistory:\n -  dreceived:-11-20\n  \t", "z"},     // a list, then a last line of blanks
      {"id: c\nhistory:\n -\n  date: 2026-11-20\n", "w"},        // an item's keys on the line after its dash
      {"id: c\nstatus: no\n...\n\n", "v"},                         // a document end marker
      {"?\xC2\x85    id", "u"},                                       // a key on the line after its "?"
      {"? \n  id\n: c\nstatus: open\n", "t"},
      {"id: c\nstatus: open\nresolution: ", "a\nb"},                // an empty value, a space, the end
      {"id: c\nstatus: open\nresolution:  \nx: 1\n", "a\nb"},
      {" ? status", "a\nb"},                                          // an explicit key with no ':'
      {"? status # open\nid: c\n", "q"},
      {"id: c\n? status\n? resolution\n", "p: q"},
      {"? \n\xEF\xBB\xBF \n\xEF\xBB\xBFid ", "o"},                         // byte order marks between "?" and key
      {"id: c\nresolution: |  \xE2\x80\xA8x:", "n\no\n"},                  // a block header, LS, a key
      {"id: c\nresolution: old\xE2\x80\xA9x: 1\n", "m\nl"},               // PS after a value
      {"history:\n\n &a\t\xC2\x85", "k"},                                    // an anchor on nothing, a tab
      {"history: ~ \t\nid: c\n", "j"},
      {"history:\n !tagged\n  - date: 2026-11-20\n", "i"},                    // a tag before the list
      {"history:\n\xEF\xBB\xBF-", "h"},                                        // a byte order mark before the dash
      {"history:\n - #|-   \r\r\xE2\x80\xA8\r    by", "g"},                      // a comment with a dash after the dash
      {"\r\n ?  history", "f"},                                                 // "? history" with no ':'
      {"? history # none yet\nid: c\n", "e"},
      {"id: c\nhistory: null\n \t\n\n \t # c\nx: 1\n", "d"},                   // tab lines after "null"
      {"id: c\n? history\n\n \t\n? resolution\n \t\n", "a\nb"},                // tab lines after '?' keys
      {"id: c\nnote: ! #>>\n>#x\n #: ", "b"},                                   // '>' in a comment before a block
      {"r: &a\n#>\n>\n -", "b"},                                                // ... on a line of its own
      {"r: !\n\xEF\xBB\xBF#5>:\n   |\n 5|\n 5\n  |-", "b"},                        // ... after a byte order mark
      {"id: c\nresolution: \"old\"# now\n", "y"},                              // a comment right after a quote
      {"?  #\"\n e", "s"},                                            // a comment after the "?"
      {"? # about the id\n\n  # more\n  id\n: c\n", "r"},
      {"? history\n:", "q"},                                                  // an empty history, ':' below its key
      {"? history #\n: \n\nid: c\n", "p"},
      {"? resolution\n\xEF\xBB\xBF\n:", "o"},                                        // a byte order mark before the ':'
  };
  for (const auto& c : cases) {
    const auto doc = parse(c.source);
    const auto result = resolve_with_note(c.source, c.resolution, "a:?b\nc");
    INFO(result);
    const auto out = parse(result);
    CHECK(out.find_text(*out.root(), "resolution") == c.resolution);
    const Node* list = out.find(*out.root(), "history");
    REQUIRE(list);
    CHECK(out.find_text(out.item(*list, out.size(*list) - 1), "note") == "a:?b\nc");
    for (std::size_t i = 0; i < doc.size(*doc.root()); ++i)  // every other value as it was
      if (const auto key = doc.text(doc.key(*doc.root(), i)); key != "resolution" && key != "history")
        CHECK(out.find_text(*out.root(), key) == doc.find_text(*doc.root(), key));
  }
}

TEST_CASE("lines indented with a tab after a value: new lines go below them, a quoted value gets spaces there (fuzz finding)") {
  // libyaml reads " \t# c" after a plain value, and nowhere else: a quoted or block
  // value written just before it would make the file unreadable.
  struct Case {
    std::string source, resolution;
  };
  const std::vector<Case> cases = {
      {"id: c\nstatus: open\n \t # waiting\n", "a\nb"},                      // inserted after status
      {"id: c\nstatus: open\nresolution: old\n \t\n \t # c\nnext: 1\n", "a: b"},  // replaced: spaces for tabs
      {"id: c\nx::\nresolution: o\n  \t \n", "a\nb"},                        // an empty value before
      {"id: c\r\nstatus: open\r\n? resolution\r\n: old\r\n \t# c\r\n", "x\ny"},     // an explicit key, CRLF
      {"id: c\nhistory:\n  - date: 2026-11-20\n    note: x\n     \t # c\n", "z"},   // a list item after the last
      {"id: c\nstatus: open\n \t # c\n# about history\nhistory: []\n", "a\nb"},
  };
  for (const auto& c : cases) {
    const auto result = resolve_with_note(c.source, c.resolution, "a: \"b\"");
    INFO(result);
    const auto out = parse(result);
    CHECK(out.find_text(*out.root(), "resolution") == c.resolution);
    // Every comment is still there.
    CHECK(std::count(result.begin(), result.end(), '#') == std::count(c.source.begin(), c.source.end(), '#'));
    const Node* list = out.find(*out.root(), "history");
    REQUIRE(list);
    CHECK(out.find_text(out.item(*list, out.size(*list) - 1), "note") == "a: \"b\"");
  }
}

TEST_CASE("an indented comment after empty lines stays out of a new block (fuzz finding)") {
  const std::string text = "a\nb";
  for (const std::string brk : {"\n", "\xE2\x80\xA8", "\r\n"}) {
    const auto comment = "  # waiting for the vendor" + brk;
    check_resolved(resolve("id: c\nstatus: open\n" + brk + comment + history, text), text);
    check_resolved(resolve("id: c\nstatus: open\nresolution: old\n" + brk + brk + comment + history, text), text);
  }
}
