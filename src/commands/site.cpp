#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/model/text.hpp"
#include "brm/render/site.hpp"
#include "brm/usecases/site.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

struct SiteCommandOptions {
  std::string dir;
  std::optional<std::string> as_of, at, title;
  long within = 30;
};

int run_site(const SiteCommandOptions& o, const GlobalOptions& g, Io& io) {
  if (o.within < 0) return print_failure(failure(tr("--within wants a number of days, 0 or more")), io);
  const auto w = open_for_command(g, o.as_of, site_needs(), io, o.at);
  if (!w) return 2;
  // The records leave out those that fail validation; this says which.
  warn_left_out(*w, "site", io);
  const auto data = site_workspace(*w, {o.title.value_or(""), o.within});
  if (!data) return print_failure(data.failure(), io);
  const SiteLayout site(*data);
  const auto changes = publish_site(
      o.dir, {site.size(), [&](std::size_t i) { return site.path(i); }, [&](std::size_t i) { return site.inputs(i); },
              [&](std::size_t i) { return site.bytes(i); }});
  if (!changes) return print_failure(changes.failure(), io);
  const auto& c = *changes;
  // The folder is named by the caller, and may hold anything a file name can.
  io.out << trf("{}: {} files, {} written, {} unchanged, {} removed", visible(o.dir), c.files, c.written, c.unchanged,
                c.removed);
  if (c.kept) io.out << trnf("; {} other file kept", "; {} other files kept", c.kept, c.kept);
  io.out << '\n';
  return 0;
}

}  // namespace

Command make_site_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<SiteCommandOptions>();
  auto* app = parent.add_subcommand(
      "site", "The whole customer database as a linked static website: measurements, customers, agreements, review");
  app->footer(
      "Writes a static website into DIR: index.html (the measurements with their charts and the review's summary\n"
      "per customer), a page per customer (everything about it and what is due for it, ready for the next\n"
      "meeting), the agreement register, complaints, satisfaction, delivery and the review's summary, all\n"
      "linked to one another. One style sheet, no scripts, no address outside the folder: it opens from\n"
      "file://, under a sub-path of GitHub or GitLab Pages, or from any web server. The same workspace and\n"
      "date give the same bytes; a page that did not change is not written again (it keeps its file time),\n"
      "pages of records that are gone are removed, and files brm did not write (CNAME, .nojekyll) are kept.\n"
      "The new site is built beside DIR and put in its place in one step. DIR must be new, empty, or a site\n"
      "brm wrote. See docs/site.md.\n\n"
      "Examples:\n  brm site public\n  brm site public --title \"IT customer database\" --as-of 2026-11-30\n"
      "  brm --lang sv site public-sv");
  app->add_option("dir", o->dir, "The folder to write the site into")->required()->type_name("DIR");
  add_as_of_option(*app, o->as_of);
  add_at_option(*app, o->at);
  app->add_option("--title", o->title, "What the site is called (default: the organization in brm.yaml)")
      ->type_name("TEXT");
  app->add_option("--within", o->within, "Days ahead the review counts as due")->capture_default_str();
  return {app, [o, &globals](Io& io) { return run_site(*o, globals, io); }};
}

}  // namespace brm
