#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <iostream>
#include <iterator>
#include <memory>

#include "brm/records/collector.hpp"
#include "brm/commands/common.hpp"
#include "brm/commands/records.hpp"
#include "brm/model/text.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "brm/yaml/writer.hpp"

namespace brm {
namespace {

struct LogOptions {
  std::string customer, summary, severity = "medium";
  std::optional<std::string> from, role, channel, service, agreement, received, description, by, as_of;
};

/// The values given on the command line, checked against the workspace.
struct NewComplaint {
  std::string customer, summary, severity, received, by;
  std::optional<std::string> from, role, channel, service, agreement, description;
};

std::string describe(const Record& r, std::string_view field) {
  return std::string(r.doc->find_text(*r.doc->root(), field));
}

// Multi-line text gets a final newline so that it is written as a readable block.
std::optional<std::string> read_description(const std::optional<std::string>& arg) {
  if (!arg) return arg;
  std::string text = *arg;
  if (text == "-") text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  if (text.find('\n') != std::string::npos && !text.ends_with('\n')) text += '\n';
  return text;
}

/// Checks every input against the workspace; on a problem prints it and returns false.
bool check_input(const LogOptions& o, const LoadedWorkspace& lw, NewComplaint& c, Io& io) {
  const auto& ws = lw.ws;
  bool ok = true;
  auto error = [&](const std::string& m) { fail(io, m), ok = false; };
  const Record* customer = find_record(ws, Kind::customer, o.customer);
  if (!customer) error(unknown_id_message(ws, Kind::customer, o.customer));
  if (o.service && !find_record(ws, Kind::service, *o.service))
    error(unknown_id_message(ws, Kind::service, *o.service));
  if (o.agreement) {
    const Record* a = find_record(ws, Kind::agreement, *o.agreement);
    if (!a)
      error(unknown_id_message(ws, Kind::agreement, *o.agreement));
    else if (describe(*a, "customer") != o.customer)
      error(fmt::format("agreement '{}' belongs to customer '{}', not '{}'", *o.agreement, describe(*a, "customer"),
                        o.customer));
  }
  if (o.received && !Date::parse(*o.received))
    error(fmt::format("--received wants a real date written YYYY-MM-DD, not '{}'", *o.received));
  const auto description = read_description(o.description);
  // Each text option is checked, so that one run names every problem.
  ok &= check_text_option("--summary", o.summary, TextLines::one, io);
  ok &= check_text_option("--from", o.from, TextLines::one, io);
  ok &= check_text_option("--by", o.by, TextLines::one, io);
  ok &= check_text_option("--description", description, TextLines::many, io);
  if (!ok) return false;
  const auto received = o.received ? *Date::parse(*o.received) : lw.ctx.as_of;
  const auto records = read_records(ws, lw.ctx.settings, {Kind::customer, Kind::agreement});
  if (o.service && agreements_covering(records, o.customer, *o.service, received).empty())
    io.err << fmt::format("brm: warning: no active agreement of '{}' in force on {} covers the service '{}'\n",
                          o.customer, received.str(), *o.service);
  c = {o.customer, o.summary, o.severity,  received.str(), "", o.from, o.role,
       o.channel,  o.service, o.agreement, description};
  c.by = o.by ? *o.by : default_author(records, o.customer);
  return true;
}

std::string complaint_body(const NewComplaint& c) {
  yaml::RecordWriter w;
  w.raw("customer", c.customer).raw("received", c.received);
  if (c.from || c.role) {
    w.begin_map("from");
    if (c.from) w.text("name", *c.from);
    if (c.role) w.raw("role", *c.role);
    w.end_map();
  }
  if (c.channel) w.raw("channel", *c.channel);
  if (c.service) w.raw("service", *c.service);
  if (c.agreement) w.raw("agreement", *c.agreement);
  w.raw("severity", c.severity).text("summary", c.summary);
  if (c.description) w.text("description", *c.description);
  w.raw("status", "open").begin_list("history").begin_item().raw("date", c.received).raw("status", "open");
  if (!c.by.empty()) w.text("by", c.by);
  w.text("note", c.channel ? fmt::format("Logged from {}", *c.channel) : std::string("Logged")).end_item().end_list();
  return w.str();
}

int run_log(const LogOptions& o, const GlobalOptions& g, Io& io) {
  auto lw = load_for_command(g, o.as_of, io);
  if (!lw) return 2;
  NewComplaint c;
  if (!check_input(o, *lw, c, io)) return 2;
  // The id ends in a fingerprint of the file's content: two people logging different
  // complaints on two branches get different ids, and the same complaint logged twice
  // gets the same id and the same bytes, which git merges cleanly.
  const auto body = complaint_body(c);
  const auto slug = slugify(c.summary, 40);
  const auto id = fmt::format("{}-{}{}{}", c.received, slug, slug.empty() ? "" : "-", fingerprint(body, 5));
  const auto text = "id: " + id + "\n" + body;
  const auto path = fmt::format("complaints/{}.yaml", id);
  if (!valid_to_write(*lw, Kind::complaint, path, text, io)) return 2;
  const auto exists = fmt::format("the same complaint was already logged as {}; nothing was written", id);
  if (const int rc = write_new_record(*lw, path, text, exists, io)) return rc;
  io.out << id << '\n';
  return 0;
}

}  // namespace

Command make_complaint_log_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<LogOptions>();
  auto* app = group.add_subcommand("log", "Log a new complaint and print its id");
  app->footer(
      "Writes complaints/<id>.yaml, where the id is the received date, a slug of the summary and a short\n"
      "fingerprint of the content, so ids never collide across git branches. Every input is checked\n"
      "against the workspace first; on a problem nothing is written. Text options must be valid UTF-8\n"
      "without control characters (tabs allowed; line feeds in --description only).\n"
      "See docs/complaints.md.");
  app->add_option("--customer", o->customer, "The customer it concerns (customer id)")->required();
  app->add_option("--summary", o->summary, "One line saying what is wrong")->required();
  app->add_option("--severity", o->severity, "How serious it is")
      ->check(CLI::IsMember(enum_values(Kind::complaint, "severity")))
      ->capture_default_str();
  app->add_option("--from", o->from, "Who complained (name)");
  app->add_option("--role", o->role, "Their role")->check(CLI::IsMember({"customer", "purchaser", "user"}));
  app->add_option("--channel", o->channel, "How it arrived")
      ->check(CLI::IsMember(enum_values(Kind::complaint, "channel")));
  app->add_option("--service", o->service, "The service it concerns (service id)");
  app->add_option("--agreement", o->agreement, "The agreement it concerns (agreement id)");
  app->add_option("--received", o->received, "When it was received (YYYY-MM-DD); default: the as-of date");
  app->add_option("--description", o->description, "The whole story; '-' reads it from standard input");
  app->add_option("--by", o->by, "Who logs it; default: the customer's relationship manager");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_log(*o, globals, io); }};
}

}  // namespace brm
