#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "brm/checks/suggest.hpp"
#include "brm/model/hierarchy.hpp"
#include "brm/util/i18n.hpp"
#include "rules.hpp"

namespace brm {

namespace {

using yaml::Document;
using yaml::Node;
using yaml::NodeType;

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// A reference written as the record's name ("Kommunstyrelsen") or its id in other case
/// ("Water"): the id it most likely means, with the name, as " (did you mean ...)".
std::string by_name_or_case(std::string_view text, const Index& index, Kind k) {
  const auto wanted = ascii_lower(text);
  for (const auto id : index.ids(k)) {
    if (ascii_lower(id) == wanted) return trf(" (did you mean '{}'? ids are written in lower case)", id);
    const Record* r = index.find(k, id);
    if (!r || !r->doc || !r->doc->root()) continue;
    const auto name = r->doc->find_text(*r->doc->root(), "name");
    if (!name.empty() && ascii_lower(name) == wanted)
      return trf(" (did you mean '{}' ({})? a reference names the id, not the name)", id, name);
  }
  return {};
}

void unresolved(const RefSite& s, std::string_view id, const Index& index, Kind k, Diagnostics& out) {
  auto hint = by_name_or_case(id, index, k);
  if (hint.empty()) hint = did_you_mean(id, index.ids(k));
  out.push_back({s.record->path, s.node->pos, Severity::error, "unresolved-reference",
                 trf("no {} has the id '{}'{}", kind_word(k), id, hint)});
}

void resolve_source(const RefSite& s, const Index& index, Diagnostics& out) {
  const auto text = s.record->doc->text(*s.node);
  const auto slash = text.find('/');
  const auto kind = kind_named(text.substr(0, slash));
  if (slash == std::string_view::npos || !kind || *kind == Kind::config) {
    std::vector<std::string_view> names;
    for (const auto& k : kind_specs())
      if (k.kind != Kind::config) names.push_back(k.name);
    out.push_back({s.record->path, s.node->pos, Severity::error, "unresolved-reference",
                   trf("'{}' must be written kind/id with kind one of {}{}", text, fmt::join(names, ", "),
                       did_you_mean(text.substr(0, slash), names))});
    return;
  }
  const auto id = text.substr(slash + 1);
  if (!index.find(*kind, id)) unresolved(s, id, index, *kind, out);
}

}  // namespace

void check_references(const std::vector<RefSite>& refs, const Index& index, Diagnostics& out) {
  for (const auto& s : refs) {
    if (s.source) {
      resolve_source(s, index, out);
      continue;
    }
    const auto id = s.record->doc->text(*s.node);
    if (!index.find(s.target, id)) unresolved(s, id, index, s.target, out);
  }
}

void check_hierarchy(const Workspace& ws, const Index& index, Diagnostics& out) {
  std::map<std::string_view, const Record*> customers;  // the first file of each id
  for (const auto& r : ws.of_kind(Kind::customer)) customers.emplace(r.id, &r);
  auto parent_of = [&](const Record* r) -> const Node* {
    if (!r->doc) return nullptr;
    const Node* p = r->doc->find(*r->doc->root(), "parent");
    return p && p->type == NodeType::scalar && index.find(Kind::customer, r->doc->text(*p)) ? p : nullptr;
  };
  std::vector<std::pair<std::string, std::string>> links;
  for (const auto& [id, r] : customers) {
    const Node* p = parent_of(r);
    links.emplace_back(id, p ? std::string(r->doc->text(*p)) : std::string());
  }
  // Each loop is named once, at its first member in walking order.
  for (const auto& loop : Hierarchy(links).cycles()) {
    const Record* r = customers.at(loop.front());
    out.push_back({r->path, parent_of(r)->pos, Severity::error, "parent-cycle",
                   trf("the customer hierarchy goes round in a circle: {}", fmt::join(loop, " -> "))});
  }
}

namespace {

void check_signer(const Record& a, const Node& by, const Record& customer, Diagnostics& out) {
  const Document& cdoc = *customer.doc;
  const Node* name = at(cdoc, *cdoc.root(), {"customer", "name"});
  if (!name || name->type != NodeType::scalar) return;
  const auto signer = a.doc->text(by), mandate = cdoc.text(*name);
  if (signer == mandate) return;
  bool purchaser = false;
  if (const Node* ps = cdoc.find(*cdoc.root(), "purchasers"); ps && ps->type == NodeType::sequence)
    for (std::size_t i = 0; i < cdoc.size(*ps); ++i)
      if (cdoc.find_text(cdoc.item(*ps, i), "name") == signer) purchaser = true;
  out.push_back({a.path, by.pos, Severity::error, "agreement-signer",
                 purchaser
                     ? trf("signed by {}, a purchaser, who cannot decide on agreements; the customer of '{}' with the "
                           "mandate is {}",
                           signer, customer.id, mandate)
                     : trf("signed by {}, someone other than the customer; the customer of '{}' with the mandate is {}",
                           signer, customer.id, mandate)});
}

void check_retired(const Record& a, const Index& index, Diagnostics& out) {
  const Document& doc = *a.doc;
  const Node* services = doc.find(*doc.root(), "services");
  if (!services || services->type != NodeType::sequence) return;
  for (std::size_t i = 0; i < doc.size(*services); ++i) {
    const Node* s = doc.find(doc.item(*services, i), "service");
    if (!s || s->type != NodeType::scalar) continue;
    const Record* svc = index.find(Kind::service, doc.text(*s));
    if (svc && svc->doc && svc->doc->find_text(*svc->doc->root(), "status") == "retired")
      out.push_back({a.path, s->pos, Severity::warning, "retired-service",
                     trf("the active agreement covers '{}', a retired service", doc.text(*s))});
  }
}

}  // namespace

void check_agreement_links(const Workspace& ws, const Index& index, Diagnostics& out) {
  for (const auto& a : ws.of_kind(Kind::agreement)) {
    if (!a.doc) continue;
    const Document& doc = *a.doc;
    if (doc.find_text(*doc.root(), "status") != "active") continue;
    check_retired(a, index, out);
    const Node* by = at(doc, *doc.root(), {"signed", "by"});
    const Record* customer = index.find(Kind::customer, doc.find_text(*doc.root(), "customer"));
    if (by && by->type == NodeType::scalar && customer && customer->doc) check_signer(a, *by, *customer, out);
  }
}

}  // namespace brm
