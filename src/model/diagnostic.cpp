#include "brm/model/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace brm {

void sort_diagnostics(Diagnostics& list) {
  std::stable_sort(list.begin(), list.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.pos.line, a.pos.column, a.rule, a.message) <
           std::tie(b.path, b.pos.line, b.pos.column, b.rule, b.message);
  });
}

void make_warnings_errors(Diagnostics& list) {
  for (auto& d : list) d.severity = Severity::error;
}

const char* severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

}  // namespace brm
