#include "brm/commands/open.hpp"

#include <fmt/format.h>

#include "brm/commands/common.hpp"
#include "brm/model/text.hpp"
#include "brm/workspace/git_source.hpp"

namespace brm {

std::shared_ptr<const FileSource> source_for(const std::filesystem::path& root, const std::optional<std::string>& at,
                                             Io& io) {
  if (!at) return directory_source(root);
  Error error;
  auto source = git_source(root, *at, error);
  if (!source) fail(io, error.message);
  return source;
}

std::optional<OpenWorkspace> open_for_command(const GlobalOptions& g, const std::optional<std::string>& as_of,
                                              const Needs& needs, Io& io, const std::optional<std::string>& at) {
  const auto root = locate_workspace(g, io);
  if (!root) return std::nullopt;
  const auto today = resolve_as_of(as_of, io);
  if (!today) return std::nullopt;
  auto source = source_for(*root, at, io);
  if (!source) return std::nullopt;
  auto opened = open_workspace(std::move(source), *today, needs);
  if (!opened) return print_failure(opened.failure(), io), std::nullopt;
  return std::move(*opened);
}

int print_failure(const Failure& f, Io& io) {
  print_diagnostics(f.diagnostics, io);
  for (const auto& e : f.errors) fail(io, e);
  return 2;
}

void print_diagnostics(const Diagnostics& list, Io& io) {
  for (const auto& d : list)
    io.err << fmt::format("brm: {}:{}:{}: {}: {} [{}]\n", visible(d.path), d.pos.line, d.pos.column,
                          severity_name(d.severity), visible(d.message), d.rule);
}

void print_warnings(const std::vector<std::string>& warnings, Io& io) {
  for (const auto& w : warnings) io.err << "brm: warning: " << visible(w) << '\n';
}

void warn_left_out(const OpenWorkspace& w, std::string_view what, Io& io) {
  for (const auto& path : w.left_out)
    io.err << fmt::format("brm: warning: {} has errors and is left out of the {}; run 'brm validate'\n", visible(path),
                          what);
}

}  // namespace brm
