#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <memory>

#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/model/currencies.hpp"
#include "brm/model/kinds.hpp"
#include "brm/util/i18n.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "brm/yaml/writer.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

struct InitOptions {
  std::optional<std::string> dir;
  std::string organization = "Example IT";
  std::string currency = "EUR";
};

std::string config_text(const InitOptions& o) {
  return fmt::format(
      "# brm workspace settings; see docs/data-model.md for every field.\n"
      "brm: 1\n"
      "organization: {}\n"
      "currency: {}\n"
      "policy:\n"
      "  meeting_interval_days: 90\n"
      "  complaint_response_days: 10\n"
      "  agreement_notice_days: 90\n"
      "  survey_interval_days: 365\n"
      "  plan_review_days: 180\n"
      "  survey_scale: [1, 5]\n"
      "  delivery_period: month\n"
      "  delivery_report_days: 15\n"
      "  improvement_response_days: 30\n",
      yaml::scalar_for(o.organization, 2), o.currency);
}

/// The workspace that already holds `dir` (a folder above it with brm.yaml), if any.
std::optional<fs::path> enclosing_workspace(const fs::path& dir) {
  std::error_code ec;
  auto abs = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  for (auto p = abs.parent_path(); !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / "brm.yaml", ec)) return p;
    if (p == p.parent_path()) break;
  }
  return std::nullopt;
}

int run_init(const InitOptions& o, const GlobalOptions& g, Io& io) {
  Failure f;
  if (!is_currency_code(o.currency))
    f.add(trf("--currency wants an ISO 4217 code such as SEK, EUR or USD, not '{}'", o.currency));
  if (o.organization.empty()) f.add(tr("--organization must name the IT organization"));
  check_text_option("--organization", o.organization, TextLines::one, f);
  if (!f.empty()) return print_failure(f, io);
  const fs::path root(o.dir.value_or(g.workspace.value_or(".")));
  std::error_code ec;
  if (fs::exists(root / "brm.yaml", ec))
    return fail(io, trf("{} is already a workspace (it holds brm.yaml); nothing was changed", root.string()));
  if (const auto outer = enclosing_workspace(root))
    return fail(
        io, trf("{} is inside the workspace {}; a workspace cannot hold another one", root.string(), outer->string()));
  fs::create_directories(root, ec);
  if (ec) return fail(io, trf("cannot create {}: {}", root.string(), ec.message()));
  if (auto err = write_file_atomic(root / "brm.yaml", config_text(o), WriteMode::create_new); !err.empty())
    return fail(io, trf("{}; nothing else was changed", err));
  for (const auto& k : kind_specs()) {
    if (k.folder.empty()) continue;
    fs::create_directories(root / k.folder, ec);
    if (ec) return fail(io, trf("cannot create {}: {}", (root / k.folder).string(), ec.message()));
  }
  io.out << fmt::format("Created a brm workspace in {}\n", root.string());
  return 0;
}

}  // namespace

Command make_init_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<InitOptions>();
  auto* app = parent.add_subcommand("init", "Create a workspace: brm.yaml and one folder per kind of record");
  app->footer(
      "Refuses to touch a folder that already holds brm.yaml.\n\nExamples:\n  brm init crm\n  brm init --organization "
      "\"City IT\" --currency SEK crm");
  app->add_option("dir", o->dir, "Folder to create the workspace in (default: the -C folder, else the current one)")
      ->type_name("DIR");
  app->add_option("--organization", o->organization, "The IT organization's name")->capture_default_str();
  app->add_option("--currency", o->currency, "Default currency, an ISO 4217 code")->capture_default_str();
  return {app, [o, &globals](Io& io) { return run_init(*o, globals, io); }};
}

}  // namespace brm
