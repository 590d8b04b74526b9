#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/usecases/complaint_update.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct UpdateOptions {
  std::string id;
  std::optional<std::string> status, note, by, resolution, date, as_of;
  bool reopen = false;
  bool dry_run = false;
};

/// The options as the use case takes them; usage problems go to `f`.
ComplaintUpdateInput input_of(const UpdateOptions& o, Failure& f) {
  if (!o.status && !o.note && !o.resolution) {
    f.add(tr("say what to change: --status, --note or --resolution"));
    return {};
  }
  if (o.reopen && !o.status) f.add(tr("--reopen needs --status"));
  ComplaintUpdateInput in{o.id, {}, o.note, o.by, o.resolution, date_option("--date", o.date, f), o.reopen, o.dry_run};
  if (o.status) in.status = parse_complaint_status(*o.status);  // CLI11 allowed only the statuses
  check_text_option("--note", o.note, TextLines::many, f);
  check_text_option("--resolution", o.resolution, TextLines::many, f);
  check_text_option("--by", o.by, TextLines::one, f);
  return in;
}

int run_update(const UpdateOptions& o, const GlobalOptions& g, Io& io) {
  Failure f;
  const auto in = input_of(o, f);
  if (!f.empty()) return print_failure(f, io);
  const auto w = open_for_command(g, o.as_of, complaint_update_needs(), io);
  if (!w) return 2;
  const auto updated = update_complaint(*w, in);
  if (!updated) return print_failure(updated.failure(), io);
  if (o.dry_run)
    io.out << updated->text;
  else if (o.status)
    io.out << fmt::format("{}: {} -> {}\n", o.id, updated->before, updated->after);
  else
    io.out << trf("{}: history entry added (still {})", o.id, updated->before) << '\n';
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
      "resolution and reopen only with --reopen, which takes the resolution out (its text goes into the new\n"
      "history entry's note). The entry's date may not lie after the as-of date.\n"
      "The complaint is locked while it is read, edited and written, so concurrent updates queue and\n"
      "none is lost; a run waits up to 10 s for the lock. Text options must be valid UTF-8 without\n"
      "control characters (tabs and, in --note and --resolution, line feeds allowed).\n"
      "See docs/complaints.md.\n\nExamples:\n  brm complaint update 2026-10-27-finance-payslips-missing --status "
      "in-progress --note \"Payroll vendor called\"\n  brm complaint update 2026-10-27-finance-payslips-missing "
      "--status resolved --resolution \"Payslips sent again\" --dry-run");
  app->add_option("id", o->id, "The complaint's id")->type_name("COMPLAINT")->required();
  app->add_option("--status", o->status, "The new status")->check(CLI::IsMember(all_names<ComplaintStatus>()));
  app->add_option("--note", o->note, "What happened (the history entry's note); may span lines");
  app->add_option("--by", o->by, "Who did it; default: the customer's relationship manager");
  app->add_option("--resolution", o->resolution, "How it was resolved, or why it was rejected");
  app->add_flag("--reopen", o->reopen, "Allow a resolved or rejected complaint to open again");
  app->add_option("--date", o->date, "Date of the history entry (YYYY-MM-DD); default: the as-of date")
      ->type_name("DATE");
  app->add_flag("--dry-run", o->dry_run, "Print the updated file instead of writing it");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_update(*o, globals, io); }};
}

}  // namespace brm
