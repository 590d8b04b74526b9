#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <memory>

#include "brm/checks/check.hpp"
#include "brm/commands/common.hpp"
#include "brm/commands/open.hpp"
#include "brm/render/schema.hpp"
#include "brm/usecases/open.hpp"
#include "brm/util/i18n.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "brm/workspace/loader.hpp"

namespace brm {
namespace fs = std::filesystem;

namespace {

struct SchemaOptions {
  std::string kind;
  std::string dir;
  std::string format = "json";
};

/// Survey scores take their range from the workspace's policy when there is one; a
/// workspace named with -C or BRM_WORKSPACE must exist.
std::optional<Policy> workspace_policy(const GlobalOptions& g, Io& io) {
  std::string err;
  const auto root = find_workspace(g.workspace, fs::current_path(), err);
  // The policy as written, checked or not: a schema is no place to refuse a workspace.
  if (root) {
    auto opened = open_workspace(directory_source(*root), Date{}, {Reads::settings, {}, false});
    if (!opened) return print_failure(opened.failure(), io), std::nullopt;
    return opened->ctx.settings.policy;
  }
  const char* env = std::getenv("BRM_WORKSPACE");
  if (g.workspace || (env && *env)) return fail(io, err), std::nullopt;
  return Policy{};
}

std::vector<const KindSpec*> chosen(const SchemaOptions& o) {
  std::vector<const KindSpec*> out;
  for (const auto& k : kind_specs())
    if (o.kind.empty() || k.name == o.kind) out.push_back(&k);
  return out;
}

int write_dir(const SchemaOptions& o, const Policy& p, Io& io) {
  std::error_code ec;
  fs::create_directories(o.dir, ec);
  if (ec) return fail(io, trf("cannot create {}: {}", o.dir, ec.message()));
  for (const auto* k : chosen(o)) {
    const auto file = fs::path(o.dir) / fmt::format("{}.schema.json", k->name);
    if (auto err = write_file_atomic(file, json_schema(*k, p).dump(2) + "\n", WriteMode::replace); !err.empty())
      return fail(io, err);
  }
  return 0;
}

/// Every kind's name, from the kind descriptions: brm.yaml's "config" first, delivery too.
std::vector<std::string> kind_names() {
  std::vector<std::string> out;
  for (const auto& k : kind_specs()) out.emplace_back(k.name);
  return out;
}

int run_schema(const SchemaOptions& o, const GlobalOptions& g, Io& io) {
  if (!o.kind.empty() && !kind_named(o.kind))
    return fail(io, trf("unknown kind '{}'; kinds are {}", o.kind, fmt::join(kind_names(), ", ")));
  if (o.format == "markdown") return io.out << data_model_markdown(o.kind), 0;
  const auto p = workspace_policy(g, io);
  if (!p) return 2;
  if (!o.dir.empty()) return write_dir(o, *p, io);
  if (!o.kind.empty()) return io.out << json_schema(spec_of(*kind_named(o.kind)), *p).dump(2) << '\n', 0;
  nlohmann::ordered_json all = nlohmann::ordered_json::object();
  for (const auto& k : kind_specs()) all[std::string(k.name)] = json_schema(k, *p);
  io.out << all.dump(2) << '\n';
  return 0;
}

}  // namespace

Command make_schema_command(CLI::App& parent, const GlobalOptions& globals) {
  auto o = std::make_shared<SchemaOptions>();
  auto* app = parent.add_subcommand("schema", "Print the JSON Schema (draft 2020-12) of a kind of record, for editors");
  app->footer(
      "Without KIND, prints every kind's schema in one JSON object keyed by kind.\n"
      "Point an editor at a schema with a first line such as\n"
      "  # yaml-language-server: $schema=../schemas/customer.schema.json\n"
      "after `brm schema --dir schemas`. `--format markdown` prints the field reference "
      "(docs/data-model.md).\n\nExamples:\n  brm schema customer\n  brm schema --dir .schemas");
  app->add_option("kind", o->kind, fmt::format("The kind: {}", fmt::join(kind_names(), ", ")));
  app->add_option("--dir", o->dir, "Write one <kind>.schema.json per kind into this folder instead")->type_name("DIR");
  app->add_option("-f,--format", o->format, "json (JSON Schema) or markdown (the field reference)")
      ->check(CLI::IsMember({"json", "markdown"}));
  return {app, [o, &globals](Io& io) { return run_schema(*o, globals, io); }};
}

}  // namespace brm
