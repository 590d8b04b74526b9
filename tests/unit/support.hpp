#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "brm/records/collector.hpp"
#include "brm/records/records.hpp"
#include "brm/model/diagnostic.hpp"
#include "brm/workspace/workspace.hpp"

namespace brm::test {

/// A workspace written as (path, content) pairs; "brm.yaml" is added when missing.
using Files = std::vector<std::pair<std::string, std::string>>;

/// The files as an in-memory source (memory_source); "brm.yaml" is added when missing.
std::shared_ptr<const FileSource> source_of(const Files& files);

/// Loads the files through an in-memory source (memory_source), as the loader reads a
/// folder, and returns the workspace.
Workspace workspace_of(const Files& files);

/// The facts of every record of the files, as the reports, the review and the agendas
/// read them (nothing left out: the files are not checked).
Records facts_of(const Files& files);

/// Every diagnostic of loading and checking, sorted, one formatted line each.
std::vector<std::string> validate(const Files& files, const std::string& as_of = "2026-11-23");

/// A customer file that passes every rule, for tests that need something to refer to.
std::string valid_customer(const std::string& id);

std::string line_of(const Diagnostic& d);

/// An empty scratch folder under the temporary directory, unique to this process.
std::filesystem::path scratch_dir(const std::string& name);

/// A whole file's bytes.
std::string slurp(const std::filesystem::path& p);

}  // namespace brm::test
