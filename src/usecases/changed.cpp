#include "brm/usecases/changed.hpp"

#include <tuple>

#include "brm/usecases/open.hpp"
#include "brm/yaml/reader.hpp"

namespace brm {
namespace {

struct Checked {
  Workspace ws;
  Diagnostics found;
};

Result<Checked> check_whole(std::shared_ptr<const FileSource> source, Date as_of) {
  auto opened = open_workspace(std::move(source), as_of, {Reads::checked, {}, false});
  if (!opened) return opened.failure();
  Checked c{std::move(opened->ws), {}};
  c.found = std::move(c.ws.diagnostics);
  return c;
}

/// Every file a check speaks of: brm.yaml, the records, and files only diagnostics name.
std::set<std::string> files_of(const Checked& c) {
  std::set<std::string> out{c.ws.config.path};
  for (const auto& r : c.ws.records) out.insert(r.path);
  for (const auto& d : c.found) out.insert(d.path);
  return out;
}

/// The same finding: the same place, rule and words.
auto key(const Diagnostic& d) { return std::tie(d.path, d.pos.line, d.pos.column, d.rule, d.message, d.severity); }

}  // namespace

Result<ChangeCheck> check_changes(std::shared_ptr<const FileSource> before, std::shared_ptr<const FileSource> after,
                                  Date as_of) {
  auto now_read = check_whole(after, as_of);
  if (!now_read) return now_read.failure();
  auto was_read = before ? check_whole(before, as_of) : Result<Checked>(Checked{});
  if (!was_read) return was_read.failure();
  const auto& now = *now_read;
  const auto& was = *was_read;
  auto paths = files_of(now);
  if (before) paths.merge(files_of(was));
  ChangeCheck out;
  const auto max = yaml::Limits{}.max_bytes;
  // A file is changed when its bytes differ or it is on one side only. Records compare
  // by the hashes taken as they were read; the other files (brm.yaml, files no kind
  // claims) are read once more.
  for (const auto& p : paths) {
    const Record* a = now.ws.at_path(p);
    const Record* b = before ? was.ws.at_path(p) : nullptr;
    const bool differ = a && b ? a->content_hash != b->content_hash || !a->content_hash
                               : !before || after->read_any(p, max) != before->read_any(p, max);
    if (differ) out.changed.insert(p);
  }
  std::set<decltype(key(now.found.front()))> old;
  for (const auto& d : was.found) old.insert(key(d));
  const auto present = files_of(now);
  std::set<std::string_view> spoken_of;
  for (const auto& p : out.changed)
    if (present.count(p)) spoken_of.insert(p);
  for (const auto& d : now.found) {
    if (!out.changed.count(d.path) && old.count(key(d))) continue;
    out.found.push_back(d);
    spoken_of.insert(d.path);
  }
  out.files = spoken_of.size();
  return out;
}

}  // namespace brm
