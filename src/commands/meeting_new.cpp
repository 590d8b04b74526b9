#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/usecases/meeting_new.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct NewOptions {
  std::string customer, type;
  std::optional<std::string> date, id, as_of;
  std::vector<std::string> attendees;
  bool dry_run = false;
};

/// The options as the use case takes them; each problem goes to `f`.
MeetingInput input_of(const NewOptions& o, Failure& f) {
  // CLI11 allowed only the meeting types' names.
  MeetingInput in{o.customer, *parse_enum<MeetingType>(o.type), date_option("--date", o.date, f), o.id, o.attendees,
                  o.dry_run};
  for (const auto& name : o.attendees)
    if (name.empty())
      f.add(tr("--attendee wants a name"));
    else
      check_text_option("--attendee", name, TextLines::one, f);
  return in;
}

int run_new(const NewOptions& o, const GlobalOptions& g, Io& io) {
  const auto w = open_for_command(g, o.as_of, meeting_new_needs(), io);
  if (!w) return 2;
  Failure input;
  const auto in = input_of(o, input);
  // Every problem in one run: those the workspace sees, then those of the options alone.
  Failure f = check_meeting_input(*w, in);
  f.add(std::move(input));
  if (!f.empty()) return print_failure(f, io);
  const auto meeting = prepare_meeting(*w, in);
  if (!meeting) return print_failure(meeting.failure(), io);
  io.out << (o.dry_run ? meeting->text : meeting->id + '\n');
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
      "complaints, agreements and service levels, each level achieved against agreed since the last\n"
      "follow-up, misses first, the latest survey). See docs/meetings.md.\n\nExamples:\n  brm meeting new --customer "
      "finance --type follow-up\n  brm meeting new --customer water --type planning --date 2026-12-10 --attendee "
      "\"Anna Berg\" --dry-run");
  app->add_option("--customer", o->customer, "The customer met (customer id)")->type_name("CUSTOMER")->required();
  app->add_option("--date", o->date, "When the meeting is held (YYYY-MM-DD); default: the as-of date")
      ->type_name("DATE");
  app->add_option("--type", o->type, "What kind of meeting")
      ->required()
      ->check(CLI::IsMember(all_names<MeetingType>()));
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
  auto group = make_group(parent, "meeting", "Prepare meetings with customers", {make_meeting_new_command}, globals);
  group.app->footer("Examples:\n  brm meeting new --customer finance --type follow-up");
  return group;
}

}  // namespace brm
