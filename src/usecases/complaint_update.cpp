#include "brm/usecases/complaint_update.hpp"

#include <fmt/format.h>

#include "brm/util/i18n.hpp"
#include "brm/workspace/locked_update.hpp"
#include "brm/workspace/read_file.hpp"
#include "brm/yaml/editor.hpp"
#include "brm/yaml/reader.hpp"

namespace brm {
namespace {

using yaml::Document;
using yaml::Node;

std::optional<Document> parse_complaint(std::string_view bytes, const std::string& path, Failure& f) {
  auto doc = yaml::read_document(bytes, path, f.diagnostics);
  if (!doc) return f.add(trf("{} cannot be read as YAML; fix it first, nothing was changed", path)), doc;
  if (doc->root()->flow) return f.add(trf("{} is written as one flow mapping; edit it by hand", path)), std::nullopt;
  return doc;
}

/// The last date in the history, or the received date: a new entry may not go before it.
std::optional<Date> latest_date(const Document& doc) {
  auto latest = Date::parse(doc.find_text(*doc.root(), "received"));
  if (const Node* h = doc.find(*doc.root(), "history"); h && h->type == yaml::NodeType::sequence)
    for (std::size_t i = 0; i < doc.size(*h); ++i)
      if (auto d = Date::parse(doc.find_text(doc.item(*h, i), "date")); d && (!latest || *d > *latest)) latest = d;
  return latest;
}

/// Why the workflow refuses a move, in the words of the command's options; empty when it allows it.
std::string refusal(ComplaintStatus from, ComplaintStatus to, bool reopen) {
  switch (check_move(from, to, reopen)) {
    case Move::allowed:
      return {};
    case Move::already:
      return trf("the complaint is already {}", to);
    case Move::closed_to_closed:
      return trf("the complaint is {}; reopen it first (--reopen --status open)", from);
    case Move::reopen_not_asked:
      return trf("the complaint is {}; reopening it must be asked for with --reopen", from);
    case Move::reopen_of_open:
      return tr("--reopen is only for resolved or rejected complaints");
    case Move::back_to_open:
      return trf("a complaint that is {} does not go back to open; add a note instead", from);
  }
  return {};
}

/// The status after the change, or nullopt with why it may not change so.
std::optional<ComplaintStatus> plan_status(const ComplaintUpdateInput& in, const Document& doc, Failure& f) {
  const auto current_text = doc.find_text(*doc.root(), "status");
  const auto current = parse_complaint_status(current_text);
  if (!current) return f.add(trf("the complaint's status '{}' is not valid; fix it first", current_text)), current;
  if (!in.status) return current;
  if (auto why = refusal(*current, *in.status, in.reopen); !why.empty()) return f.add(why), std::nullopt;
  const bool has_resolution = !doc.find_text(*doc.root(), "resolution").empty();
  if (is_closed(*in.status) && !in.resolution && !has_resolution)
    return f.add(trf("a {} complaint needs --resolution saying how or why", *in.status)), std::nullopt;
  return in.status;
}

/// Reopening takes the resolution out: an open complaint has none. The text is kept in
/// the new history entry's note, so nothing written is lost.
std::optional<std::string> note_of(const ComplaintUpdateInput& in, std::string_view old_resolution) {
  auto note = in.note ? in.note : in.resolution;
  if (old_resolution.empty()) return note;
  auto kept = std::string(old_resolution);
  while (kept.ends_with('\n')) kept.pop_back();
  return (note ? *note + "\n" : std::string()) + trf("Resolution until reopened: {}", kept);
}

std::optional<std::string> edited(const ComplaintUpdateInput& in, std::string_view bytes, const Document& doc,
                                  bool reopening, Date day, std::string by, Failure& f) {
  const Node& root = *doc.root();
  yaml::SourceEditor e(bytes, doc);
  const std::string status(name_of(in.status.value_or(*parse_complaint_status(doc.find_text(root, "status")))));
  if (in.status) e.set_scalar(root, "status", {status, true});
  const auto old_resolution = reopening ? doc.find_text(root, "resolution") : std::string_view();
  if (doc.find(root, "resolution") && reopening && !e.remove_entry(root, "resolution"))
    return f.add(tr("the resolution is written in a form that cannot be taken out automatically; remove it by hand, "
                    "then reopen")),
           std::nullopt;
  if (in.resolution && !e.set_scalar(root, "resolution", {*in.resolution}))
    e.insert_after(root, "status", "resolution", {*in.resolution});
  std::vector<std::pair<std::string, yaml::Value>> entry = {{"date", {day.str(), true}}, {"status", {status, true}}};
  if (!by.empty()) entry.push_back({"by", {std::move(by)}});
  if (const auto note = note_of(in, old_resolution)) entry.push_back({"note", {*note}});
  if (!e.append_item(root, "history", entry))
    return f.add(tr("the history is a flow list ending in an empty '?' entry, after which YAML reads no further "
                    "entry; edit it by hand")),
           std::nullopt;
  return e.result();
}

/// The complaint's new text from its current bytes, or nullopt with why not in `f`.
std::optional<std::string> prepare(const OpenWorkspace& w, const ComplaintUpdateInput& in, const std::string& path,
                                   std::string_view bytes, ComplaintUpdated& out, Failure& f) {
  const auto doc = parse_complaint(bytes, path, f);
  if (!doc) return std::nullopt;
  const auto next = plan_status(in, *doc, f);
  if (!next) return std::nullopt;
  const Date day = in.date.value_or(w.ctx.as_of);
  if (day > w.ctx.as_of)
    return f.add(trf("--date {} lies after the as-of date {}: the history records what has happened "
                     "(give --as-of to update as of a later day)",
                     day.str(), w.ctx.as_of.str())),
           std::nullopt;
  if (const auto latest = latest_date(*doc); latest && day < *latest)
    return f.add(trf("the history already has an entry on {}; a new entry on {} would go back in time", latest->str(),
                     day.str())),
           std::nullopt;
  const auto by = in.by.value_or(default_author(w.records, doc->find_text(*doc->root(), "customer")));
  const bool reopening =
      in.status && !is_closed(*next) && is_closed(*parse_complaint_status(doc->find_text(*doc->root(), "status")));
  if (reopening && in.resolution)
    return f.add(tr("a reopened complaint has no resolution; leave out --resolution")), std::nullopt;
  auto text = edited(in, bytes, *doc, reopening, day, by, f);
  if (!text) return std::nullopt;
  check_before_writing(w, Kind::complaint, path, *text, f);
  if (!f.empty()) return std::nullopt;
  out = {std::string(doc->find_text(*doc->root(), "status")), *next, *text};
  return text;
}

}  // namespace

Needs complaint_update_needs() { return {Reads::documents, {Kind::customer}}; }

Result<ComplaintUpdated> update_complaint(const OpenWorkspace& w, const ComplaintUpdateInput& in) {
  if (!in.status && !in.note && !in.resolution) return failure(tr("nothing to change: no status, note or resolution"));
  Failure f;
  const Record* r = require_record(w.ws, Kind::complaint, in.id, f);
  if (!r) return f;
  const auto file = w.ws.root / r->path;
  ComplaintUpdated out;
  const auto change = [&](std::string_view bytes) { return prepare(w, in, r->path, bytes, out, f); };
  if (in.dry_run) {
    std::string error;
    const auto bytes = read_whole_file(file, yaml::Limits{}.max_bytes, error);
    if (!bytes) return failure(error);
    if (!change(*bytes)) return f;
    return out;
  }
  const auto result = update_file(file, yaml::Limits{}.max_bytes, change, r->path);
  if (result.status == UpdateResult::failed) return failure(result.error);
  if (result.status == UpdateResult::declined) return f;
  return out;
}

}  // namespace brm
