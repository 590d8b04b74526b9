#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/commands/output.hpp"
#include "brm/render/diff.hpp"
#include "brm/usecases/diff.hpp"
#include "brm/util/i18n.hpp"
#include "brm/workspace/git_source.hpp"

namespace brm {
namespace {

struct DiffOptions {
  std::vector<std::string> revisions;
  std::optional<std::string> as_of;
  OutputOptions output;
};

const std::vector<Format> formats = {Format::text, Format::markdown, Format::json};

/// The two sides the arguments name: none is HEAD against the working tree, one is that
/// revision against the working tree, two (or A..B) are two revisions.
struct Side {
  std::optional<std::string> rev;  // nullopt: the working tree
  std::string name() const { return rev ? *rev : "the working tree"; }
};

std::optional<std::pair<Side, Side>> sides_of(std::vector<std::string> revs, Io& io) {
  if (revs.size() == 1 && revs[0].find("..") != std::string::npos) {
    const auto at = revs[0].find("..");
    revs = {revs[0].substr(0, at), revs[0].substr(at + 2)};
    if (revs[0].empty() || revs[1].empty())
      return fail(io, tr("write a range as REV1..REV2, both named")), std::nullopt;
  }
  if (revs.size() > 2) return fail(io, tr("brm diff compares two states: give at most two revisions")), std::nullopt;
  if (revs.empty()) return std::pair{Side{"HEAD"}, Side{}};
  if (revs.size() == 1) return std::pair{Side{revs[0]}, Side{}};
  return std::pair{Side{revs[0]}, Side{revs[1]}};
}

int run_diff(const DiffOptions& o, const GlobalOptions& g, Io& io) {
  const auto format = resolve_format(o.output, formats, io);
  if (!format) return 2;
  const auto both = sides_of(o.revisions, io);
  if (!both) return 2;
  const auto root = locate_workspace(g, io);
  if (!root) return 2;
  const auto as_of = resolve_as_of(o.as_of, io);
  if (!as_of) return 2;
  const auto before = source_for(*root, both->first.rev, io);
  if (!before) return 2;
  const auto after = source_for(*root, both->second.rev, io);
  if (!after) return 2;
  const auto report = diff_workspaces(before, after, both->first.name(), both->second.name(), *as_of);
  if (!report) return print_failure(report.failure(), io);
  return emit(o.output, io, [&](std::ostream& out) {
    if (*format == Format::json) return render_diff_json(*report, out);
    if (*format == Format::markdown) return render_diff_markdown(*report, out);
    render_diff_text(*report, out);
  });
}

}  // namespace

Command make_diff_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<DiffOptions>();
  auto* app = parent.add_subcommand("diff", "What changed in the customer relationships between two git revisions");
  app->footer(
      "brm diff             HEAD against the working tree\n"
      "brm diff REV         that revision against the working tree\n"
      "brm diff REV1 REV2   (or REV1..REV2) two revisions\n"
      "Records added, changed and removed per kind; complaints logged, escalated and resolved; agreements\n"
      "signed, ending or ended; meetings held and actions closed; surveys answered; deliveries reported\n"
      "with their missed levels; plan items that moved; then the KPI measurements on both sides. The\n"
      "Markdown format fits a pull-request comment or $GITHUB_STEP_SUMMARY. See docs/git.md.\n\nExamples:\n  brm "
      "diff\n  brm diff HEAD~1\n  brm diff main..feature -f markdown");
  app->add_option("revisions", o->revisions, "Up to two git revisions, or REV1..REV2");
  add_as_of_option(*app, o->as_of);
  add_output_options(*app, o->output, formats);
  return {app, [o, &globals](Io& io) { return run_diff(*o, globals, io); }};
}

}  // namespace brm
