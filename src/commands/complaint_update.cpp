#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/records/collector.hpp"
#include "brm/commands/common.hpp"
#include "brm/commands/records.hpp"
#include "brm/model/complaint_status.hpp"
#include "brm/workspace/locked_update.hpp"
#include "brm/workspace/read_file.hpp"
#include "brm/yaml/editor.hpp"
#include "brm/yaml/reader.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

using yaml::Document;
using yaml::Node;

struct UpdateOptions {
  std::string id;
  std::optional<std::string> status, note, by, resolution, date, as_of;
  bool reopen = false;
  bool dry_run = false;
};

/// The complaint as read under its lock.
struct Source {
  std::string_view bytes;
  Document doc;
};

std::optional<Source> parse_complaint(std::string_view bytes, const std::string& path, Io& io) {
  Diagnostics found;
  auto doc = yaml::read_document(bytes, path, found);
  if (!doc) {
    print_diagnostics(found, io);
    return fail(io, fmt::format("{} cannot be read as YAML; fix it first, nothing was changed", path)), std::nullopt;
  }
  if (doc->root()->flow)
    return fail(io, fmt::format("{} is written as one flow mapping; edit it by hand", path)), std::nullopt;
  return Source{bytes, std::move(*doc)};
}

/// The last date in the history, or the received date: a new entry may not go before it.
std::optional<Date> latest_date(const Document& doc) {
  auto latest = Date::parse(doc.find_text(*doc.root(), "received"));
  if (const Node* h = doc.find(*doc.root(), "history"); h && h->type == yaml::NodeType::sequence)
    for (std::size_t i = 0; i < doc.size(*h); ++i)
      if (auto d = Date::parse(doc.find_text(doc.item(*h, i), "date")); d && (!latest || *d > *latest)) latest = d;
  return latest;
}

std::string default_by(const LoadedWorkspace& lw, const Document& doc) {
  return default_author(read_records(lw.ws, lw.ctx.settings, {Kind::customer}), doc.find_text(*doc.root(), "customer"));
}

/// Checks the requested change; returns the new status, or prints why not.
std::optional<ComplaintStatus> plan_status(const UpdateOptions& o, const Document& doc, Io& io) {
  const auto current_text = doc.find_text(*doc.root(), "status");
  const auto current = parse_complaint_status(current_text);
  if (!current)
    return fail(io, fmt::format("the complaint's status '{}' is not valid; fix it first", current_text)), std::nullopt;
  if (!o.status) {
    if (o.reopen) return fail(io, "--reopen needs --status"), std::nullopt;
    return current;
  }
  const auto next = *parse_complaint_status(*o.status);
  if (auto why = transition_error(*current, next, o.reopen); !why.empty()) return fail(io, why), std::nullopt;
  const bool has_resolution = !doc.find_text(*doc.root(), "resolution").empty();
  if (is_closed(next) && !o.resolution && !has_resolution)
    return fail(io, fmt::format("a {} complaint needs --resolution saying how or why", *o.status)), std::nullopt;
  return next;
}

std::string edited(const UpdateOptions& o, const Source& s, ComplaintStatus next, const Date& day, std::string by) {
  const Node& root = *s.doc.root();
  yaml::SourceEditor e(s.bytes, s.doc);
  const std::string status(status_name(next));
  if (o.status) e.set_scalar(root, "status", {status, true});
  if (o.resolution && !e.set_scalar(root, "resolution", {*o.resolution}))
    e.insert_after(root, "status", "resolution", {*o.resolution});
  std::vector<std::pair<std::string, yaml::Value>> entry = {{"date", {day.str(), true}}, {"status", {status, true}}};
  if (!by.empty()) entry.push_back({"by", {std::move(by)}});
  if (o.note)
    entry.push_back({"note", {*o.note}});
  else if (o.resolution)
    entry.push_back({"note", {*o.resolution}});
  e.append_item(root, "history", entry);
  return e.result();
}

/// What an update did, for the line that reports it.
struct Outcome {
  std::string before;
  ComplaintStatus after{};
};

/// The complaint's new text, or nullopt after saying why it cannot change.
std::optional<std::string> prepare(const UpdateOptions& o, const LoadedWorkspace& lw, const std::string& path,
                                   std::string_view bytes, Outcome& outcome, Io& io) {
  auto s = parse_complaint(bytes, path, io);
  if (!s) return std::nullopt;
  const auto next = plan_status(o, s->doc, io);
  if (!next) return std::nullopt;
  const auto day = o.date ? Date::parse(*o.date) : lw.ctx.as_of;
  if (!day) return fail(io, fmt::format("--date wants a real date written YYYY-MM-DD, not '{}'", *o.date)), std::nullopt;
  if (const auto latest = latest_date(s->doc); latest && *day < *latest)
    return fail(io, fmt::format("the history already has an entry on {}; a new entry on {} would go back in time",
                                latest->str(), day->str())),
           std::nullopt;
  auto text = edited(o, *s, *next, *day, o.by.value_or(default_by(lw, s->doc)));
  if (!valid_to_write(lw, Kind::complaint, path, text, io)) return std::nullopt;
  outcome = {std::string(s->doc.find_text(*s->doc.root(), "status")), *next};
  return text;
}

int run_update(const UpdateOptions& o, const GlobalOptions& g, Io& io) {
  if (!o.status && !o.note && !o.resolution) return fail(io, "say what to change: --status, --note or --resolution");
  bool texts_ok = check_text_option("--note", o.note, TextLines::many, io);
  texts_ok &= check_text_option("--resolution", o.resolution, TextLines::many, io);
  texts_ok &= check_text_option("--by", o.by, TextLines::one, io);
  if (!texts_ok) return 2;
  auto lw = load_for_command(g, o.as_of, io);
  if (!lw) return 2;
  const Record* r = find_record(lw->ws, Kind::complaint, o.id);
  if (!r) return fail(io, unknown_id_message(lw->ws, Kind::complaint, o.id));
  const auto file = lw->ws.root / r->path;
  Outcome outcome;
  const auto change = [&](std::string_view bytes) { return prepare(o, *lw, r->path, bytes, outcome, io); };
  if (o.dry_run) {
    std::string error;
    const auto bytes = read_whole_file(file, yaml::Limits{}.max_bytes, error);
    if (!bytes) return fail(io, error);
    const auto text = change(*bytes);
    return text ? (io.out << *text, 0) : 2;
  }
  const auto result = update_file(file, yaml::Limits{}.max_bytes, change, r->path);
  if (result.status == UpdateResult::failed) return fail(io, result.error);
  if (result.status == UpdateResult::declined) return 2;
  if (o.status)
    io.out << fmt::format("{}: {} -> {}\n", o.id, outcome.before, status_name(outcome.after));
  else
    io.out << fmt::format("{}: history entry added (still {})\n", o.id, outcome.before);
  return 0;
}

}  // namespace

Command make_complaint_update_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<UpdateOptions>();
  auto* app = group.add_subcommand("update", "Change a complaint's status, add a note or set its resolution");
  app->footer(
      "Appends a history entry (date, status, by, note) and edits the file in place: every byte outside\n"
      "the changed values stays as it was. Workflow: open -> in-progress | escalated | resolved | rejected;\n"
      "in-progress and escalated -> any other open status or closed; resolved and rejected need a\n"
      "resolution and reopen only with --reopen.\n"
      "The complaint is locked while it is read, edited and written, so concurrent updates queue and\n"
      "none is lost; a run waits up to 10 s for the lock. Text options must be valid UTF-8 without\n"
      "control characters (tabs and, in --note and --resolution, line feeds allowed).\n"
      "See docs/complaints.md.");
  app->add_option("id", o->id, "The complaint's id")->required();
  app->add_option("--status", o->status, "The new status")
      ->check(CLI::IsMember(enum_values(Kind::complaint, "status")));
  app->add_option("--note", o->note, "What happened (the history entry's note); may span lines");
  app->add_option("--by", o->by, "Who did it; default: the customer's relationship manager");
  app->add_option("--resolution", o->resolution, "How it was resolved, or why it was rejected");
  app->add_flag("--reopen", o->reopen, "Allow a resolved or rejected complaint to open again");
  app->add_option("--date", o->date, "Date of the history entry (YYYY-MM-DD); default: the as-of date");
  app->add_flag("--dry-run", o->dry_run, "Print the updated file instead of writing it");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_update(*o, globals, io); }};
}

}  // namespace brm
