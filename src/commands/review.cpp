#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/commands/output.hpp"
#include "brm/render/review.hpp"
#include "brm/usecases/review.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

/// --fail-on overdue fails on anything overdue; --fail-on due also on anything due.
enum class FailOn { overdue, due };

}  // namespace

template <>
struct EnumNames<FailOn> {
  static constexpr auto names = std::to_array<std::string_view>({"overdue", "due"});
};

namespace {

struct ReviewCommandOptions {
  std::optional<std::string> as_of, at, customer, only, fail_on;
  long within = 30;
  long missed_periods = 3;
  bool tree = false;
  std::string by = "customer";
  OutputOptions output;
};

const std::vector<Format> formats = {Format::text, Format::markdown, Format::json};

/// Judged on every finding, also those --only leaves out of the output.
bool fails(const Review& r, std::optional<FailOn> fail_on) {
  if (!fail_on) return false;
  const auto count = [&](Urgency u) { return r.totals[static_cast<std::size_t>(u)]; };
  return count(Urgency::overdue) > 0 || (fail_on == FailOn::due && count(Urgency::due) > 0);
}

/// The options as the use case takes them (CLI11 allowed only the enums' names).
ReviewInput input_of(const ReviewCommandOptions& o, Failure& f) {
  if (o.within < 0) f.add(tr("--within wants a number of days, 0 or more"));
  if (o.tree && !o.customer) f.add(tr("--tree goes with --customer"));
  if (o.missed_periods < 1) f.add(tr("--missed-periods wants a number of periods, 1 or more"));
  return {o.within, o.customer, o.tree, o.only ? parse_enum<Urgency>(*o.only) : std::nullopt, o.missed_periods};
}

int run_review(const ReviewCommandOptions& o, const GlobalOptions& g, Io& io) {
  const auto format = resolve_format(o.output, formats, io);
  if (!format) return 2;
  Failure f;
  const auto in = input_of(o, f);
  if (!f.empty()) return print_failure(f, io);
  const auto w = open_for_command(g, o.as_of, review_needs(), io, o.at);
  if (!w) return 2;
  // The records leave out those that fail validation; this says which.
  warn_left_out(*w, "review", io);
  const auto review = review_workspace(*w, in);
  if (!review) return print_failure(review.failure(), io);
  const auto by = *parse_enum<ReviewGrouping>(o.by);
  if (const int rc = emit(o.output, io, [&](std::ostream& out) {
        if (*format == Format::json) return render_review_json(*review, out);
        if (*format == Format::markdown) return render_review_markdown(*review, by, out);
        render_review_text(*review, by, out);
      }))
    return rc;
  return fails(*review, o.fail_on ? parse_enum<FailOn>(*o.fail_on) : std::nullopt) ? 1 : 0;
}

}  // namespace

Command make_review_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<ReviewCommandOptions>();
  auto* app =
      parent.add_subcommand("review", "The relationship manager's review: what is overdue, due soon or missing");
  app->footer(
      "Looks at every customer's plans, agreements, delivered service levels, meetings and their actions,\n"
      "complaints, surveys, improvements and designated contacts as of a date, using the periods in brm.yaml's\n"
      "policy. A level missed in the latest period is due for the next follow-up meeting; missed\n"
      "--missed-periods periods running it is overdue. Results that call for an improvement (a level missed\n"
      "twice running, a survey dimension below the middle of the scale) with none pointing at them are listed.\n"
      "Customers with the most overdue come first. Records that fail validation are left out with a warning.\n"
      "See docs/review.md.\n\nExamples:\n  brm review\n  brm review --customer finance --tree\n  brm review --only "
      "overdue --fail-on overdue\n  brm review -f markdown -o review.md");
  add_as_of_option(*app, o->as_of);
  add_at_option(*app, o->at);
  app->add_option("--within", o->within, "Days ahead that count as due")->capture_default_str();
  app->add_option("--missed-periods", o->missed_periods,
                  "An agreed level missed this many delivery periods running is overdue, for escalation")
      ->capture_default_str();
  app->add_option("--customer", o->customer, "Review only this customer")->type_name("CUSTOMER");
  app->add_flag("--tree", o->tree, "With --customer: also the customers below it in the hierarchy");
  app->add_option("--by", o->by, "Group the findings by customer or by category")
      ->check(CLI::IsMember(all_names<ReviewGrouping>()))
      ->capture_default_str();
  app->add_option("--only", o->only, "Show only overdue, due or missing findings")
      ->check(CLI::IsMember(all_names<Urgency>()));
  app->add_option("--fail-on", o->fail_on,
                  "Exit 1 when anything is overdue (or, with due, overdue or due), also what --only hides: for CI")
      ->check(CLI::IsMember(all_names<FailOn>()));
  add_output_options(*app, o->output, formats);
  return {app, [o, &globals](Io& io) { return run_review(*o, globals, io); }};
}

}  // namespace brm
