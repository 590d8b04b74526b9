#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/records/collector.hpp"
#include "brm/commands/common.hpp"
#include "brm/commands/output.hpp"
#include "brm/commands/records.hpp"
#include "brm/compute/review.hpp"
#include "brm/render/review.hpp"

namespace brm {
namespace {

struct ReviewCommandOptions {
  std::optional<std::string> as_of, customer, only, fail_on;
  long within = 30;
  bool tree = false;
  std::string by = "customer";
  OutputOptions output;
};

const std::vector<std::string> formats = {"text", "markdown", "json"};

/// The review needs no service catalogue: it names no service.
const std::set<Kind> review_kinds = {Kind::customer,  Kind::agreement, Kind::meeting,
                                     Kind::complaint, Kind::survey,    Kind::improvement};

std::optional<Urgency> urgency_named(const std::optional<std::string>& name) {
  if (!name) return std::nullopt;
  for (auto u : {Urgency::overdue, Urgency::due, Urgency::missing})
    if (urgency_name(u) == *name) return u;
  return std::nullopt;
}

/// --fail-on overdue fails on anything overdue; --fail-on due also on anything due.
bool fails(const Review& r, const std::optional<std::string>& fail_on) {
  if (!fail_on) return false;
  for (const auto& f : r.findings)
    if (f.urgency == Urgency::overdue || (*fail_on == "due" && f.urgency == Urgency::due)) return true;
  return false;
}

int run_review(const ReviewCommandOptions& o, const GlobalOptions& g, Io& io) {
  const auto format = resolve_format(o.output, formats, "text", io);
  if (!format) return 2;
  if (o.within < 0) return fail(io, "--within wants a number of days, 0 or more");
  if (o.tree && !o.customer) return fail(io, "--tree goes with --customer");
  const auto as_of = resolve_as_of(o.as_of, io);
  if (!as_of) return 2;
  auto loaded = load_facts(g, *as_of, review_kinds, io);
  if (!loaded) return 2;
  auto& lw = loaded->lw;
  ReviewOptions options{o.within, {}, urgency_named(o.only)};
  if (o.customer) {
    if (!find_record(lw.ws, Kind::customer, *o.customer))
      return fail(io, unknown_id_message(lw.ws, Kind::customer, *o.customer));
    options.customers = o.tree ? customer_tree(lw.ws, *o.customer) : std::set<std::string, std::less<>>{*o.customer};
  }
  // The facts already leave out the records that fail validation; this says which.
  warn_left_out(lw, review_kinds, "review", io);
  const Review review = compute_review(loaded->data, lw.ctx.settings, *as_of, options);
  const auto by = o.by == "category" ? ReviewGrouping::category : ReviewGrouping::customer;
  if (const int rc = emit(o.output, io, [&](std::ostream& out) {
        if (*format == "json") return render_review_json(review, out);
        if (*format == "markdown") return render_review_markdown(review, by, out);
        render_review_text(review, by, out);
      }))
    return rc;
  return fails(review, o.fail_on) ? 1 : 0;
}

}  // namespace

Command make_review_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<ReviewCommandOptions>();
  auto* app =
      parent.add_subcommand("review", "The relationship manager's review: what is overdue, due soon or missing");
  app->footer(
      "Looks at every customer's plans, agreements, meetings and their actions, complaints, surveys and\n"
      "designated contacts as of a date, using the periods in brm.yaml's policy. Customers with the most\n"
      "overdue come first. Records that fail validation are left out with a warning. See docs/review.md.");
  add_as_of_option(*app, o->as_of);
  app->add_option("--within", o->within, "Days ahead that count as due")->capture_default_str();
  app->add_option("--customer", o->customer, "Review only this customer");
  app->add_flag("--tree", o->tree, "With --customer: also the customers below it in the hierarchy");
  app->add_option("--by", o->by, "Group the findings by customer or by category")
      ->check(CLI::IsMember({"customer", "category"}))
      ->capture_default_str();
  app->add_option("--only", o->only, "Show only overdue, due or missing findings")
      ->check(CLI::IsMember({"overdue", "due", "missing"}));
  app->add_option("--fail-on", o->fail_on, "Exit 1 when anything is overdue (or, with due, overdue or due): for CI")
      ->check(CLI::IsMember({"overdue", "due"}));
  add_output_options(*app, o->output, formats);
  return {app, [o, &globals](Io& io) { return run_review(*o, globals, io); }};
}

}  // namespace brm
