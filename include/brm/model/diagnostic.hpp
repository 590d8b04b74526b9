#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace brm {

/// A place in a source file; line and column count from 1 (column in characters).
struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

enum class Severity { warning, error };

/// One finding about the workspace. `path` is relative to the workspace root.
struct Diagnostic {
  std::string path;
  Position pos;
  Severity severity = Severity::error;
  std::string rule;
  std::string message;
};

using Diagnostics = std::vector<Diagnostic>;

/// Orders by file, then line, then column, then rule, so output never depends on threads.
void sort_diagnostics(Diagnostics& list);

/// Turns every warning into an error (for --strict).
void make_warnings_errors(Diagnostics& list);

const char* severity_name(Severity s);

}  // namespace brm
