#include <CLI/CLI.hpp>

#include <iostream>
#include <iterator>
#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/usecases/complaint_log.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct LogOptions {
  std::string customer, summary, severity = "medium";
  std::optional<std::string> from, role, channel, service, agreement, received, description, by, as_of;
};

// Multi-line text gets a final newline so that it is written as a readable block.
std::optional<std::string> read_description(const std::optional<std::string>& arg) {
  if (!arg) return arg;
  std::string text = *arg;
  if (text == "-") text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  if (text.find('\n') != std::string::npos && !text.ends_with('\n')) text += '\n';
  return text;
}

/// The options as the use case takes them; each problem goes to `f`, so that one run
/// names every problem.
ComplaintLogInput input_of(const LogOptions& o, Failure& f) {
  // CLI11 allowed only the enums' names.
  ComplaintLogInput in;
  in.customer = o.customer, in.summary = o.summary, in.severity = *parse_enum<ComplaintSeverity>(o.severity);
  in.from = o.from, in.service = o.service, in.agreement = o.agreement, in.by = o.by;
  if (o.role) in.role = parse_enum<PersonRole>(*o.role);
  if (o.channel) in.channel = parse_enum<ComplaintChannel>(*o.channel);
  in.received = date_option("--received", o.received, f);
  in.description = read_description(o.description);
  if (o.summary.find_first_not_of(" \t") == std::string::npos)
    f.add(tr("--summary wants one line saying what is wrong"));
  check_text_option("--summary", o.summary, TextLines::one, f);
  check_text_option("--from", o.from, TextLines::one, f);
  check_text_option("--by", o.by, TextLines::one, f);
  check_text_option("--description", in.description, TextLines::many, f);
  return in;
}

int run_log(const LogOptions& o, const GlobalOptions& g, Io& io) {
  const auto w = open_for_command(g, o.as_of, complaint_log_needs(), io);
  if (!w) return 2;
  Failure input;
  const auto in = input_of(o, input);
  // Every problem in one run: those the workspace sees, then those of the options alone.
  Failure f = check_log_input(*w, in);
  f.add(std::move(input));
  if (!f.empty()) return print_failure(f, io);
  const auto logged = log_complaint(*w, in);
  if (!logged) return print_failure(logged.failure(), io);
  print_warnings(logged->warnings, io);
  io.out << logged->id << '\n';
  return 0;
}

}  // namespace

Command make_complaint_log_command(CLI::App& group, const GlobalOptions& globals) {
  auto o = std::make_shared<LogOptions>();
  auto* app = group.add_subcommand("log", "Log a new complaint and print its id");
  app->footer(
      "Writes complaints/<id>.yaml, where the id is the received date, a slug of the summary and a short\n"
      "fingerprint of the content, so ids never collide across git branches. Every input is checked\n"
      "against the workspace first; on a problem nothing is written (a --received date after the as-of\n"
      "date is one). Text options must be valid UTF-8\n"
      "without control characters (tabs allowed; line feeds in --description only).\n"
      "See docs/complaints.md.\n\nExamples:\n  brm complaint log --customer finance --summary \"Payslips missing for "
      "October\" --severity high --channel email\n  brm complaint log --customer water --summary \"Mailbox full\" "
      "--description - < mail.txt");
  app->add_option("--customer", o->customer, "The customer it concerns (customer id)")
      ->type_name("CUSTOMER")
      ->required();
  app->add_option("--summary", o->summary, "One line saying what is wrong")->required();
  app->add_option("--severity", o->severity, "How serious it is")
      ->check(CLI::IsMember(all_names<ComplaintSeverity>()))
      ->capture_default_str();
  app->add_option("--from", o->from, "Who complained (name)");
  app->add_option("--role", o->role, "Their role")->check(CLI::IsMember(all_names<PersonRole>()));
  app->add_option("--channel", o->channel, "How it arrived")->check(CLI::IsMember(all_names<ComplaintChannel>()));
  app->add_option("--service", o->service, "The service it concerns (service id)")->type_name("SERVICE");
  app->add_option("--agreement", o->agreement, "The agreement it concerns (agreement id)")->type_name("AGREEMENT");
  app->add_option("--received", o->received, "When it was received (YYYY-MM-DD); default: the as-of date")
      ->type_name("DATE");
  app->add_option("--description", o->description, "The whole story; '-' reads it from standard input");
  app->add_option("--by", o->by, "Who logs it; default: the customer's relationship manager");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_log(*o, globals, io); }};
}

}  // namespace brm
