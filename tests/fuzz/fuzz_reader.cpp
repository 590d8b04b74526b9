// Fuzz target: the YAML reader on raw bytes, then every check, the facts the reports
// read and the diagnostic renderers on what it read. Nothing may crash, leak or hit UB;
// a document read as a view must equal its owning copy.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "brm/checks/check.hpp"
#include "brm/records/collector.hpp"
#include "brm/records/records.hpp"
#include "brm/model/date.hpp"
#include "brm/render/diagnostics.hpp"
#include "brm/yaml/reader.hpp"
#include "fuzz_support.hpp"

using namespace brm;
using yaml::Document;
using yaml::Node;

namespace {

// Walks every node, reading every text (ASan checks the bounds), and counts them.
std::size_t walk(const Document& doc, const Node& n, unsigned depth = 0) {
  fuzz::require(depth <= 64, "the reader kept a document deeper than its limit");
  if (n.type == yaml::NodeType::scalar) {
    const auto text = doc.text(n);
    if (n.style == yaml::ScalarStyle::plain && !n.tagged_str) (void)doc.kind(n);
    return text.size() + 1;
  }
  fuzz::require(n.type == yaml::NodeType::sequence || n.count % 2 == 0, "a mapping with an odd number of kids");
  std::size_t total = 1;
  for (const auto kid : doc.kids(n)) total += walk(doc, doc.at(kid), depth + 1);
  return total;
}

bool same(const Document& a, const Node& x, const Document& b, const Node& y) {
  if (x.type != y.type || x.style != y.style || x.flow != y.flow || x.count != y.count || x.begin != y.begin ||
      x.end != y.end || x.pos.line != y.pos.line || x.pos.column != y.pos.column)
    return false;
  if (x.type == yaml::NodeType::scalar) return a.text(x) == b.text(y);
  for (std::uint32_t i = 0; i < x.count; ++i)
    if (!same(a, a.at(a.kids(x)[i]), b, b.at(b.kids(y)[i]))) return false;
  return true;
}

constexpr const char* folders[] = {"services", "customers", "agreements", "meetings",
                                   "complaints", "surveys", "improvements"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Diagnostics found;
  auto doc = yaml::read_document(bytes, "complaints/x.yaml", found);

  Diagnostics found_view;
  auto view = yaml::read_document(bytes, "complaints/x.yaml", found_view, {}, yaml::Keep::view);
  fuzz::require(doc.has_value() == view.has_value() && found.size() == found_view.size(),
                "reading as a view and as a copy disagree");
  if (!doc) return 0;
  const std::size_t nodes = walk(*doc, *doc->root());
  fuzz::require(walk(*view, *view->root()) == nodes, "the view and the copy differ in size");
  fuzz::require(same(*doc, *doc->root(), *view, *view->root()), "the view and its copy differ");
  const Document copy = view->copy();
  fuzz::require(same(*doc, *doc->root(), copy, *copy.root()), "a copy of a view differs from it");

  // The same bytes as a record of every kind, beside a customer others may refer to,
  // and once more as brm.yaml; checked as validate checks them, then read for the reports.
  fuzz::Files files = {{"customers/finance.yaml",
                        "id: finance\nname: Finance\ncustomer:\n  name: Anna Berg\npurchasers:\n"
                        "  - name: Erik Lund\n    business_line: Payroll\nteam:\n"
                        "  relationship_manager: Karin Holm\n  delivery_manager: Olle Nyberg\n"}};
  for (const char* folder : folders) files.emplace_back(std::string(folder) + "/x.yaml", bytes);
  for (const bool as_config : {false, true}) {
    if (as_config) files = {{"brm.yaml", bytes}};
    const Workspace ws = fuzz::workspace_of(files);
    const CheckContext ctx{read_settings(ws.config), *Date::parse("2026-11-23")};
    Diagnostics all = ws.diagnostics;
    for (auto& d : check_workspace(ws, ctx)) all.push_back(std::move(d));
    sort_diagnostics(all);
    if (!as_config) (void)read_records(ws, ctx.settings, record_kinds());

    // Excerpts take the lines of the file as given.
    const LineSource lines = [&](const std::string&, std::uint32_t line) -> std::optional<std::string> {
      std::size_t at = 0;
      for (std::uint32_t n = 1; n < line; ++n) {
        at = bytes.find('\n', at);
        if (at == std::string::npos) return std::nullopt;
        ++at;
      }
      auto text = bytes.substr(at, bytes.find('\n', at) - at);
      if (text.ends_with('\r')) text.pop_back();
      return text;
    };
    std::ostringstream out;
    const auto summary = summarize(all, ws.files_read);
    render_text(all, summary, {true, true}, lines, out);
    render_json(all, summary, out);
    render_github(all, summary, "ws/", out);
  }
  return 0;
}
