#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/usecases/new_record.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct NewOptions {
  std::string kind, id;
  std::vector<std::string> sets;
  std::optional<std::string> customer, as_of;
  bool dry_run = false;
};

/// The kinds `brm new` writes: every record kind (a complaint is better logged with
/// `brm complaint log`, which fills in its history, but a template does no harm).
std::vector<std::string> kind_names() {
  std::vector<std::string> out;
  for (const auto& k : kind_specs())
    if (!k.folder.empty()) out.emplace_back(k.name);
  return out;
}

/// The options as the use case takes them; each problem goes to `f`.
NewRecordInput input_of(const NewOptions& o, Failure& f) {
  NewRecordInput in{*kind_named(o.kind), o.id, {}, o.dry_run};  // CLI11 allowed only the kinds' names
  if (o.customer) in.values.emplace_back("customer", *o.customer);
  for (const auto& s : o.sets) {
    const auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0)
      f.add(trf("--set wants FIELD=VALUE, not '{}'", s));
    else
      in.values.emplace_back(s.substr(0, eq), s.substr(eq + 1));
  }
  for (const auto& [field, value] : in.values) check_text_option("--set " + field, value, TextLines::many, f);
  return in;
}

int run_new(const NewOptions& o, const GlobalOptions& g, Io& io) {
  const auto w = open_for_command(g, o.as_of, new_record_needs(), io);
  if (!w) return 2;
  Failure input;
  const auto in = input_of(o, input);
  // Every problem in one run: those the workspace sees, then those of the options alone.
  Failure f = check_new_record(*w, in);
  f.add(std::move(input));
  if (!f.empty()) return print_failure(f, io);
  const auto r = new_record(*w, in);
  if (!r) return print_failure(r.failure(), io);
  if (o.dry_run) {
    io.out << r->text;
    return 0;
  }
  io.out << r->path << '\n';
  if (!r->to_fill.empty())
    io.err << "brm: " << trf("fill in {} in {}, then run brm validate", fmt::join(r->to_fill, ", "), r->path) << '\n';
  return 0;
}

}  // namespace

Command make_new_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<NewOptions>();
  auto* app = parent.add_subcommand("new", "Start a record: write a commented template of any kind to fill in");
  app->footer(
      "Writes <folder>/<ID>.yaml and prints its path. Every field of the kind is there with its description:\n"
      "the required ones with the values --set and --customer give, or empty for you to fill (brm validate names\n"
      "each until it is), the optional ones as comments to uncomment. Refuses an existing file, a field the\n"
      "kind does not have, and a reference to a record that does not exist. A complaint is better logged with\n"
      "brm complaint log, and a meeting prepared with brm meeting new, which fill in more. See docs/cli.md.\n\n"
      "Examples:\n"
      "  brm new customer hr --set name=\"Human Resources\" --set customer.name=\"Eva Lind\"\n"
      "  brm new agreement hr-2027 --customer hr --set status=draft --dry-run\n"
      "  brm new service payroll --set name=Payroll");
  app->add_option("kind", o->kind, "The kind of record")->required()->check(CLI::IsMember(kind_names()));
  app->add_option("id", o->id, "The record's id, which is its file name")->type_name("ID")->required();
  app->add_option("--set", o->sets, "A field's value, FIELD=VALUE (customer.name=...); repeat for more")
      ->type_name("FIELD=VALUE")
      ->allow_extra_args(false);
  app->add_option("--customer", o->customer, "The customer it belongs to (for kinds that name one)")
      ->type_name("CUSTOMER");
  app->add_flag("--dry-run", o->dry_run, "Print the template instead of writing it");
  add_as_of_option(*app, o->as_of);
  return {app, [o, &globals](Io& io) { return run_new(*o, globals, io); }};
}

}  // namespace brm
