#include <fmt/format.h>

#include <set>

#include "brm/util/i18n.hpp"
#include "delivery_rules.hpp"
#include "rules.hpp"

namespace brm {
namespace {

using yaml::Document;
using yaml::Node;
using yaml::NodeType;

void report(Diagnostics& out, const Record& r, const Node& at, Severity s, std::string_view rule, std::string msg) {
  out.push_back({r.path, at.pos, s, std::string(rule), std::move(msg)});
}

void check_id(const Record& r, const Document& doc, Diagnostics& out) {
  const Node* id = doc.find(*doc.root(), "id");
  if (!id || id->type != NodeType::scalar || doc.is_null(*id)) return;
  if (doc.text(*id) != r.id)
    report(out, r, *id, Severity::error, "id-mismatch",
           trf("id '{}' differs from the file name '{}'; they must be equal", doc.text(*id), r.id));
}

void check_unique_items(const Record& r, const Document& doc, std::string_view list, Diagnostics& out) {
  const Node* items = doc.find(*doc.root(), list);
  if (!items || items->type != NodeType::sequence) return;
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < doc.size(*items); ++i) {
    const Node* id = doc.find(doc.item(*items, i), "id");
    if (!id || id->type != NodeType::scalar || doc.is_null(*id)) continue;
    if (!seen.insert(doc.text(*id)).second)
      report(out, r, *id, Severity::error, "duplicate-id",
             trf("'{}' is used by two entries of '{}'; ids must be unique within the customer", doc.text(*id), list));
  }
}

bool has_text(const Document& doc, const Node* n) {
  return n && n->type == NodeType::scalar && !doc.is_null(*n) && !doc.text(*n).empty();
}

void check_team(const Record& r, const Document& doc, Diagnostics& out) {
  const Node& root = *doc.root();
  const Node* team = doc.find_key(root, "team");
  const Node& where = team ? *team : root;
  if (!has_text(doc, at(doc, root, {"team", "relationship_manager"})))
    report(out, r, where, Severity::warning, "missing-relationship-manager",
           tr("the customer has no relationship manager (team.relationship_manager), so no designated IT contact"));
  const Node* purchasers = doc.find(root, "purchasers");
  const bool has_purchasers = purchasers && purchasers->type == NodeType::sequence && doc.size(*purchasers) > 0;
  if (has_purchasers && !has_text(doc, at(doc, root, {"team", "delivery_manager"})))
    report(out, r, where, Severity::warning, "missing-delivery-manager",
           tr("the customer has purchasers but no delivery manager (team.delivery_manager) to be their contact"));
}

void check_agreement_dates(const Record& r, const Document& doc, Diagnostics& out) {
  const Node& root = *doc.root();
  const auto from = date_at(doc, doc.find(root, "valid_from"));
  const Node* until_node = doc.find(root, "valid_until");
  const auto until = date_at(doc, until_node);
  if (from && until && *until < *from)
    report(out, r, *until_node, Severity::error, "agreement-dates",
           trf("the agreement ends ({}) before it starts ({})", until->str(), from->str()));
}

void check_history(const Record& r, const Document& doc, Diagnostics& out) {
  const Node& root = *doc.root();
  const Node* history = doc.find(root, "history");
  if (!history || history->type != NodeType::sequence) return;
  auto previous = date_at(doc, doc.find(root, "received"));
  bool first = true;
  for (std::size_t i = 0; i < doc.size(*history); ++i) {
    const Node* node = doc.find(doc.item(*history, i), "date");
    const auto d = date_at(doc, node);
    if (!d) continue;
    if (previous && *d < *previous)
      report(out, r, *node, Severity::error, "history-order",
             first ? trf("history starts on {}, before the complaint was received ({})", d->str(), previous->str())
                   : trf("history goes back in time: this entry is dated {}, before the entry above it ({})", d->str(),
                         previous->str()));
    previous = d, first = false;
  }
}

/// What a date in the future dates.
enum class Dated { received, history_entry, survey, meeting };

std::string future_message(Dated what, const Date& d, Date as_of) {
  switch (what) {
    case Dated::received:
      return trf("the complaint was received on {}, which is after today ({})", d.str(), as_of.str());
    case Dated::history_entry:
      return trf("a history entry is dated {}, which is after today ({})", d.str(), as_of.str());
    case Dated::survey:
      return trf("the survey was answered on {}, which is after today ({})", d.str(), as_of.str());
    case Dated::meeting:
      return trf("the meeting has minutes or decisions but is dated {}, which is after today ({})", d.str(),
                 as_of.str());
  }
  return {};
}

void future(const Record& r, const Document& doc, const Node* n, Date as_of, Dated what, Diagnostics& out) {
  const auto d = date_at(doc, n);
  if (d && *d > as_of) report(out, r, *n, Severity::warning, "future-date", future_message(what, *d, as_of));
}

bool non_empty(const Document& doc, const Node* n) {
  if (!n) return false;
  return n->type == NodeType::scalar ? !doc.is_null(*n) && !doc.text(*n).empty() : n->count > 0;
}

void check_future(const Record& r, const Document& doc, Date as_of, Diagnostics& out) {
  const Node& root = *doc.root();
  switch (r.kind) {
    case Kind::complaint: {
      // A complaint received in the future already says it all; its history would only repeat it.
      const Node* received = doc.find(root, "received");
      const auto day = date_at(doc, received);
      if (day && *day > as_of) return future(r, doc, received, as_of, Dated::received, out);
      const Node* history = doc.find(root, "history");
      if (history && history->type == NodeType::sequence)
        for (std::size_t i = 0; i < doc.size(*history); ++i)
          future(r, doc, doc.find(doc.item(*history, i), "date"), as_of, Dated::history_entry, out);
      return;
    }
    case Kind::survey:
      return future(r, doc, doc.find(root, "date"), as_of, Dated::survey, out);
    case Kind::meeting:
      if (non_empty(doc, doc.find(root, "minutes")) || non_empty(doc, doc.find(root, "decisions")))
        future(r, doc, doc.find(root, "date"), as_of, Dated::meeting, out);
      return;
    default:
      return;
  }
}

}  // namespace

void check_record_rules(const Record& r, const CheckContext& ctx, Diagnostics& out) {
  if (!r.doc || r.kind == Kind::config) return;
  const Document& doc = *r.doc;
  check_id(r, doc, out);
  check_future(r, doc, ctx.as_of, out);
  switch (r.kind) {
    case Kind::customer:
      check_team(r, doc, out);
      check_unique_items(r, doc, "plans", out);
      check_unique_items(r, doc, "requirements", out);
      return;
    case Kind::agreement:
      check_level_directions(r, out);
      return check_agreement_dates(r, doc, out);
    case Kind::complaint:
      return check_history(r, doc, out);
    default:
      return;
  }
}

}  // namespace brm
