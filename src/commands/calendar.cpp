#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdint>
#include <cstdlib>
#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/commands/output.hpp"
#include "brm/render/icalendar.hpp"
#include "brm/usecases/calendar.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct CalendarCommandOptions {
  std::optional<std::string> as_of, at, customer, person, file;
  bool tree = false;
};

int run_calendar(const CalendarCommandOptions& o, const GlobalOptions& g, Io& io) {
  Failure f;
  if (o.tree && !o.customer) f.add(tr("--tree goes with --customer"));
  if (!f.empty()) return print_failure(f, io);
  const auto w = open_for_command(g, o.as_of, calendar_needs(), io, o.at);
  if (!w) return 2;
  const auto stamp = output_stamp(w->ctx.as_of, io);
  if (!stamp) return 2;
  // The records leave out those that fail validation; this says which.
  warn_left_out(*w, "calendar", io);
  const auto calendar = calendar_workspace(*w, {o.customer, o.tree, o.person});
  if (!calendar) return print_failure(calendar.failure(), io);
  OutputOptions output;
  output.file = o.file;
  return emit(output, io, [&](std::ostream& out) { render_icalendar(*calendar, *stamp, out); });
}

}  // namespace

Command make_calendar_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<CalendarCommandOptions>();
  auto* app = parent.add_subcommand(
      "calendar", "The dates ahead as an iCalendar feed (.ics): meetings, actions, renewals, plans, surveys, reports");
  app->footer(
      "Writes an iCalendar (RFC 5545) feed of all-day events: meetings booked after the as-of date, open\n"
      "meeting actions on their due dates, the end and the renewal notice of active agreements, plan items due,\n"
      "the next survey due and the delivery reports due, found as the review finds them. Each event keeps its\n"
      "UID from run to run, so that a calendar importing the feed again updates its events instead of adding\n"
      "new ones. DTSTAMP is SOURCE_DATE_EPOCH when set, else the as-of date: the same workspace, date and\n"
      "options give the same bytes. --for NAME gives one relationship manager's calendar: everything of the\n"
      "customers NAME is relationship manager of, and the actions NAME owns at any customer. Records that fail\n"
      "validation are left out with a warning. See docs/calendar.md.\n\nExamples:\n  brm calendar -o brm.ics\n"
      "  brm calendar --for \"Lena Forsberg\" -o lena.ics\n  brm calendar --customer board --tree");
  add_as_of_option(*app, o->as_of);
  add_at_option(*app, o->at);
  app->add_option("--customer", o->customer, "Only this customer's dates")->type_name("CUSTOMER");
  app->add_flag("--tree", o->tree, "With --customer: also the customers below it in the hierarchy");
  app->add_option("--for", o->person,
                  "One relationship manager's calendar: their customers' dates and the actions they own")
      ->type_name("NAME");
  app->add_option("-o,--output", o->file,
                  "Write to this file (atomically; through a symbolic link to its target; keeping its permissions) "
                  "instead of standard output, which '-' names")
      ->type_name("FILE");
  return {app, [o, &globals](Io& io) { return run_calendar(*o, globals, io); }};
}

}  // namespace brm
