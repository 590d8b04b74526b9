// Fuzz target: the complaint editor's round trip, as `brm complaint update --status
// resolved --resolution R --note N --by B` edits a file. The input is the YAML source,
// then up to three values (resolution, note, by), separated by NUL bytes.
// The edited text must read back: the resolution and the new history entry exactly as
// given, every other top-level value as it was.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "brm/model/text.hpp"
#include "brm/yaml/editor.hpp"
#include "brm/yaml/reader.hpp"
#include "fuzz_support.hpp"

using namespace brm;
using yaml::Document;
using yaml::Node;
using yaml::NodeType;

namespace {

std::string show(std::string_view what, std::string_view source, std::string_view result) {
  return std::string(what) + "\n--- source\n" + std::string(source) + "\n--- result\n" + std::string(result) + "\n---";
}

// A text value reads back as itself: a string (never null, a date or a number), same text.
bool reads_back(const Document& doc, const Node* n, std::string_view text) {
  if (!n || n->type != NodeType::scalar || doc.text(*n) != text) return false;
  return n->style != yaml::ScalarStyle::plain || n->tagged_str || doc.kind(*n) == yaml::ScalarKind::string;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> parts;
  for (std::size_t at = 0; parts.size() < 4;) {
    const auto nul = input.find('\0', at);
    parts.emplace_back(input.substr(at, nul == std::string_view::npos ? std::string_view::npos : nul - at));
    if (nul == std::string_view::npos) break;
    at = nul + 1;
  }
  const std::string& source = parts[0];
  const std::string resolution = parts.size() > 1 ? parts[1] : "Fixed.";
  const std::string note = parts.size() > 2 ? parts[2] : "Done.";
  const std::string by = parts.size() > 3 ? parts[3] : "Åsa Öberg";
  // Values `complaint update` refuses (check_text_option) never reach the editor.
  if (!check_text_value(resolution, TextLines::many).empty() || !check_text_value(note, TextLines::many).empty() ||
      !check_text_value(by, TextLines::one).empty())
    return 0;

  Diagnostics found;
  const auto doc = yaml::read_document(source, "complaints/x.yaml", found);
  if (!doc) return 0;
  // A file with an error (a duplicate key, say) is never written: `complaint update`
  // checks the edited file against every rule and refuses while any error remains.
  for (const auto& d : found)
    if (d.severity == Severity::error) return 0;
  const Node& root = *doc->root();
  // Field names are words: a block scalar as a key ("? |") is never a valid record, and
  // `complaint update` refuses to write one.
  for (std::size_t i = 0; i < doc->size(root); ++i)
    if (const auto style = doc->key(root, i).style;
        style == yaml::ScalarStyle::literal || style == yaml::ScalarStyle::folded)
      return 0;
  if (root.type != NodeType::mapping || root.flow) return 0;  // the command refuses a flow mapping
  // Shapes `complaint update` edits but then refuses to write (a duplicate key), since
  // the record would not be valid: a resolution that is not text, a history not a list.
  if (const Node* r = doc->find(root, "resolution"); r && r->type != NodeType::scalar) return 0;
  if (const Node* h = doc->find(root, "history"); h && h->type != NodeType::sequence && !doc->is_null(*h)) return 0;

  yaml::SourceEditor e(source, *doc);
  const bool had_status = doc->find(root, "status") != nullptr;
  const bool set_status = had_status && e.set_scalar(root, "status", {"resolved", true});
  if (!e.set_scalar(root, "resolution", {resolution})) e.insert_after(root, "status", "resolution", {resolution});
  // The one shape the editor declines (complaint update then says so and writes nothing).
  if (!e.append_item(root, "history",
                     {{"date", {"2026-11-27", true}}, {"status", {"resolved", true}}, {"by", {by}}, {"note", {note}}}))
    return 0;
  const std::string result = e.result();

  Diagnostics again;
  const auto edited = yaml::read_document(result, "complaints/x.yaml", again);
  if (!edited) {
    std::string why;
    for (const auto& d : again) why += d.rule + ": " + d.message + "\n";
    fuzz::fail("the edited file does not read back", show(why, source, result));
  }
  const Document& out = *edited;
  const Node& top = *out.root();
  if (!reads_back(out, out.find(top, "resolution"), resolution))
    fuzz::fail("the resolution does not read back as given", show(resolution, source, result));
  if (set_status && out.find_text(top, "status") != "resolved")
    fuzz::fail("the status does not read back as resolved", show("", source, result));
  const Node* history = out.find(top, "history");
  if (!history || history->type != NodeType::sequence || out.size(*history) == 0)
    fuzz::fail("there is no history list after the edit", show("", source, result));
  const Node& last = out.item(*history, out.size(*history) - 1);
  if (!reads_back(out, out.find(last, "note"), note)) fuzz::fail("the note does not read back", show(note, source, result));
  if (!reads_back(out, out.find(last, "by"), by)) fuzz::fail("'by' does not read back", show(by, source, result));
  if (out.find_text(last, "date") != "2026-11-27" || out.find_text(last, "status") != "resolved")
    fuzz::fail("the new history entry lost its date or status", show("", source, result));
  if (doc->find(root, "history"))
    fuzz::require(out.size(*history) == doc->size(*doc->find(root, "history")) + 1 ||
                      doc->is_null(*doc->find(root, "history")),
                  "the history did not grow by one entry", show("", source, result));

  // Everything else at the top stays as it was.
  for (std::size_t i = 0; i < doc->size(root); ++i) {
    const auto key = doc->text(doc->key(root, i));
    if (key == "status" || key == "resolution" || key == "history") continue;
    const Node& before = doc->value(root, i);
    const Node* after = out.find(top, key);
    if (!after || after->type != before.type)
      fuzz::fail("a top-level key was lost or changed its shape", show(key, source, result));
    if (before.type == NodeType::scalar && out.find_text(top, key) != doc->find_text(root, key))
      fuzz::fail("a top-level value changed", show(key, source, result));
  }
  return 0;
}
