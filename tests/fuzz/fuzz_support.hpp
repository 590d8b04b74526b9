// Shared by the fuzz targets: stopping on a broken promise, and a workspace built in
// memory the way tests/unit/support.cpp does.
#pragma once
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "brm/model/kinds.hpp"
#include "brm/workspace/workspace.hpp"
#include "brm/yaml/reader.hpp"

namespace brm::fuzz {

/// Stops the run with a message: libFuzzer saves the input as a crash file.
[[noreturn]] inline void fail(std::string_view what, std::string_view detail = {}) {
  std::fprintf(stderr, "\n*** broken promise: %.*s\n", static_cast<int>(what.size()), what.data());
  if (!detail.empty()) std::fprintf(stderr, "%.*s\n", static_cast<int>(detail.size()), detail.data());
  std::fflush(stderr);
  __builtin_trap();
}

inline void require(bool ok, std::string_view what, std::string_view detail = {}) {
  if (!ok) fail(what, detail);
}

/// A workspace written as (path, content) pairs; brm.yaml gets a default when missing.
using Files = std::vector<std::pair<std::string, std::string>>;

/// Parses the files in memory as the loader would (tests/unit/support.cpp does the same).
inline Workspace workspace_of(const Files& files) {
  Workspace ws;
  ws.root = "/nonexistent";
  ws.config = {Kind::config, "brm", "brm.yaml", std::nullopt};
  std::string config = "brm: 1\norganization: Test IT\ncurrency: SEK\n";
  for (const auto& [path, text] : files)
    if (path == "brm.yaml") config = text;
  ws.config.doc = yaml::read_document(config, "brm.yaml", ws.diagnostics);
  ws.config.parsed = ws.config.doc.has_value();
  for (const auto& [path, text] : files) {
    const auto slash = path.find('/');
    if (slash == std::string::npos) continue;
    const auto kind = kind_in_folder(path.substr(0, slash));
    if (!kind) continue;
    const auto name = path.substr(slash + 1);
    Record r{*kind, name.substr(0, name.rfind('.')), path, std::nullopt};
    r.doc = yaml::read_document(text, path, ws.diagnostics);
    r.parsed = r.doc.has_value();
    ws.records.push_back(std::move(r));
  }
  std::stable_sort(ws.records.begin(), ws.records.end(), [](const Record& a, const Record& b) {
    return std::tie(a.kind, a.path) < std::tie(b.kind, b.path);
  });
  ws.files_read = ws.records.size() + 1;
  return ws;
}

}  // namespace brm::fuzz
