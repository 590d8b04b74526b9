#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>

#include "brm/records/collector.hpp"
#include "brm/commands/common.hpp"
#include "brm/commands/records.hpp"
#include "brm/compute/agenda.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "brm/yaml/writer.hpp"

namespace brm {
namespace {

struct NewOptions {
  std::string customer, type;
  std::optional<std::string> date, id, as_of;
  std::vector<std::string> attendees;
  bool dry_run = false;
};

/// The meeting to write, once every input has been checked against the workspace.
struct NewMeeting {
  std::string id, customer, type;
  Date date;
  std::vector<std::string> attendees;
  Agenda agenda;
};

/// The customer's mandate holder and relationship manager, and for a follow-up the
/// delivery manager, who answers for the delivery being reviewed.
std::vector<std::string> default_attendees(const Customer* customer, MeetingType type) {
  if (!customer) return {};
  std::vector<std::string> names = {customer->customer.name, customer->relationship_manager};
  if (type == MeetingType::follow_up) names.push_back(customer->delivery_manager);
  std::vector<std::string> out;
  for (auto& n : names)
    if (!n.empty() && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
  return out;
}

/// Checks every input against the workspace; on a problem prints it and returns nullopt.
std::optional<NewMeeting> check_input(const NewOptions& o, const LoadedWorkspace& lw, Io& io) {
  bool ok = true;
  auto error = [&](const std::string& m) { fail(io, m), ok = false; };
  const Record* customer = find_record(lw.ws, Kind::customer, o.customer);
  if (!customer || !customer->doc->root()) error(unknown_id_message(lw.ws, Kind::customer, o.customer));
  const auto date = o.date ? Date::parse(*o.date) : std::optional(lw.ctx.as_of);
  if (!date) error(fmt::format("--date wants a real date written YYYY-MM-DD, not '{}'", *o.date));
  const auto type = parse_enum<MeetingType>(o.type);
  if (!type)
    error(
        fmt::format("--type must be one of {}, not '{}'", fmt::join(enum_values(Kind::meeting, "type"), ", "), o.type));
  for (const auto& name : o.attendees)
    if (name.empty()) error("--attendee wants a name");
    else ok &= check_text_option("--attendee", name, TextLines::one, io);
  if (!ok) return std::nullopt;
  // Every record counts, checked or not: the agenda is a draft the people at the meeting edit.
  const auto facts = read_records(lw.ws, lw.ctx.settings, record_kinds());
  const auto records = records_of(facts, o.customer);
  NewMeeting m{o.id.value_or(fmt::format("{}-{}-{}", date->str(), o.customer, o.type)),
            o.customer,
            o.type,
            *date,
            o.attendees,
            prepare_agenda(records, lw.ctx.settings, *date, *type)};
  if (m.attendees.empty()) m.attendees = default_attendees(records.customer, *type);
  for (const auto& r : lw.ws.of_kind(Kind::meeting))
    if (r.id == m.id)
      error(fmt::format("{} already exists; nothing was written ({})", r.path,
                        o.id ? "choose another --id" : "give a second meeting on the same day its own id with --id"));
  if (!ok) return std::nullopt;
  return m;
}

/// A meeting being prepared has no minutes, decisions or actions yet.
std::string meeting_text(const NewMeeting& m) {
  yaml::RecordWriter w;
  w.raw("id", m.id).raw("customer", m.customer).raw("date", m.date.str()).raw("type", m.type);
  if (!m.attendees.empty()) w.flow_list("attendees", m.attendees);
  std::vector<std::string> points;
  for (const auto& line : m.agenda.lines) points.push_back(line.text);
  if (!points.empty()) w.block_list("agenda", points);
  return w.str();
}

int run_new(const NewOptions& o, const GlobalOptions& g, Io& io) {
  auto lw = load_for_command(g, o.as_of, io);
  if (!lw) return 2;
  const auto meeting = check_input(o, *lw, io);
  if (!meeting) return 2;
  const auto text = meeting_text(*meeting);
  const auto path = fmt::format("meetings/{}.yaml", meeting->id);
  if (!valid_to_write(*lw, Kind::meeting, path, text, io)) return 2;
  if (o.dry_run) return io.out << text, 0;
  const auto exists = fmt::format("{} already exists; nothing was written", path);
  if (const int rc = write_new_record(*lw, path, text, exists, io)) return rc;
  io.out << meeting->id << '\n';
  return 0;
}

}  // namespace

Command make_meeting_new_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<NewOptions>();
  auto* app = group.add_subcommand("new", "Prepare a meeting: write its file with an agenda from the workspace");
  app->footer(
      "Writes meetings/<date>-<customer>-<type>.yaml and prints its id. The agenda is prepared from the\n"
      "workspace as it stands on the meeting date: a planning meeting looks forward (plans due, new\n"
      "requirements, renewals, improvements), a follow-up reviews the delivery (open actions and\n"
      "complaints, agreements and service levels, the latest survey). See docs/meetings.md.");
  app->add_option("--customer", o->customer, "The customer met (customer id)")->required();
  app->add_option("--date", o->date, "When the meeting is held (YYYY-MM-DD); default: the as-of date");
  app->add_option("--type", o->type, "What kind of meeting")
      ->required()
      ->check(CLI::IsMember(enum_values(Kind::meeting, "type")));
  app->add_option("--attendee,--attendees", o->attendees,
                  "Who takes part (repeatable); default: the customer's mandate holder, the relationship manager "
                  "and, for a follow-up, the delivery manager")
      ->allow_extra_args(false);  // one name each time: `--attendee Anna Berg` must not make two people
  app->add_option("--id", o->id, "The meeting's id, for a second meeting of the same type on the same day");
  app->add_flag("--dry-run", o->dry_run, "Print the meeting file instead of writing it");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_new(*o, globals, io); }};
}

Command make_meeting_command(CLI::App& parent, const GlobalOptions& globals) {
  return make_group(parent, "meeting", "Prepare meetings with customers", {make_meeting_new_command}, globals);
}

}  // namespace brm
