#include <catch2/catch.hpp>

#include "brm/yaml/reader.hpp"
#include "brm/yaml/writer.hpp"

using namespace brm::yaml;

namespace {

// Writes `value` under a key, reads the document back and returns what YAML sees.
std::pair<std::string, ScalarKind> round_trip(const std::string& value) {
  RecordWriter w;
  w.text("k", value);
  brm::Diagnostics out;
  const auto doc = read_document(w.str(), "t.yaml", out);
  REQUIRE(out.empty());
  const Node* n = doc->find(*doc->root(), "k");
  REQUIRE(n);
  return {std::string(doc->text(*n)), doc->kind(*n)};
}

}  // namespace

TEST_CASE("text that YAML would misread is quoted so that it reads back as text") {
  for (const std::string v : {"yes", "no", "on", "2026-01-02", "4410", "99.5", "null", "~", "1:30", "", " lead",
                              "a: b", "- x", "#x", "Åsa Öberg", "tail #no", "\"q\"", "back\\slash", "[x]"}) {
    const auto [text, kind] = round_trip(v);
    CHECK(text == v);
    CHECK(kind == ScalarKind::string);
  }
}

TEST_CASE("multi-line text becomes a literal block that reads back the same") {
  for (const std::string v : {"line one\nline two\n", "no final newline\nhere", "  indented first\nline"}) {
    CHECK(round_trip(v).first == v);
  }
  RecordWriter w;
  w.text("description", "Salary files were late.\nTwice this month.\n");
  CHECK(w.str() == "description: |\n  Salary files were late.\n  Twice this month.\n");
}

TEST_CASE("scalar_for renders values for in-place edits") {
  CHECK(scalar_for("resolved", 2) == "resolved");
  CHECK(scalar_for("yes", 2) == "\"yes\"");
  CHECK(scalar_for("Fixed the job.\nVerified with Erik.\n", 2) == "|\n  Fixed the job.\n  Verified with Erik.");
}
