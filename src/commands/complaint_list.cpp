#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/commands/output.hpp"
#include "brm/render/complaint_list.hpp"
#include "brm/render/table.hpp"
#include "brm/usecases/complaint_list.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct ListOptions {
  std::vector<std::string> statuses, severities;
  std::optional<std::string> customer, as_of, at;
  bool overdue = false;
  bool open = false;
  OutputOptions output;
};

const std::vector<Format> formats = {Format::text, Format::markdown, Format::json, Format::csv, Format::xlsx};

template <class E>
std::vector<E> parsed(const std::vector<std::string>& names) {
  std::vector<E> out;
  for (const auto& n : names)
    if (const auto e = parse_enum<E>(n)) out.push_back(*e);  // CLI11 allows only these names
  return out;
}

ComplaintFilter filter_of(const ListOptions& o) {
  return {parsed<ComplaintStatus>(o.statuses), parsed<ComplaintSeverity>(o.severities), o.customer, o.open, o.overdue};
}

int run_list(const ListOptions& o, const GlobalOptions& g, Io& io) {
  const auto format = resolve_format(o.output, formats, io);
  if (!format) return 2;
  const auto w = open_for_command(g, o.as_of, complaint_list_needs(), io, o.at);
  if (!w) return 2;
  // The records leave out those that fail validation; this says which.
  warn_left_out(*w, "list", io);
  const auto listing = complaint_list(*w, filter_of(o));
  if (!listing) return print_failure(listing.failure(), io);
  const Date as_of = listing->as_of;
  if (*format == Format::xlsx) {
    const auto stamp = output_stamp(as_of, io);
    if (!stamp) return 2;
    return emit_workbook(o.output, io, {{"complaints", complaint_list_table(*listing)}},
                         {trf("Complaints as of {}", as_of.str()), "", *stamp});
  }
  return emit(o.output, io, [&](std::ostream& out) {
    if (*format == Format::json) return render_complaint_list_json(*listing, out);
    const auto t = complaint_list_table(*listing);
    if (*format == Format::markdown) return render_table_markdown(t, out);
    if (*format == Format::csv) return render_table_csv(t, out, csv_dialect(o.output));
    render_table_text(t, out);
  });
}

}  // namespace

Command make_complaint_list_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<ListOptions>();
  auto* app = group.add_subcommand("list", "List complaints, oldest first, with how long open ones have been open");
  app->footer(
      "Lists the complaints received on or before the as-of date, each with its status on that date\n"
      "(read from its history), as review and report do. A complaint is overdue when it is open on\n"
      "that date and was received more than policy.complaint_response_days before it. Complaints\n"
      "that fail validation are left out with a warning. See docs/complaints.md.\n\nExamples:\n  brm complaint list "
      "--open\n  brm complaint list --overdue --customer finance\n  brm complaint list --status escalated -f csv -o "
      "escalated.csv\n  brm complaint list --open -o open.xlsx");
  app->add_option("--status", o->statuses, "Only complaints with these statuses on the as-of date (repeatable)")
      ->check(CLI::IsMember(all_names<ComplaintStatus>()));
  app->add_option("--severity", o->severities, "Only these severities (repeatable)")
      ->check(CLI::IsMember(all_names<ComplaintSeverity>()));
  app->add_option("--customer", o->customer, "Only this customer's complaints")->type_name("CUSTOMER");
  app->add_flag("--open", o->open, "Only complaints that are not resolved or rejected");
  app->add_flag("--overdue", o->overdue, "Only open complaints past the response time as of the as-of date");
  add_as_of_option(*app, o->as_of);
  add_at_option(*app, o->at);
  add_output_options(*app, o->output, formats);
  return {app, [o, &globals](Io& io) { return run_list(*o, globals, io); }};
}

}  // namespace brm
