#pragma once
#include <span>
#include <string_view>

namespace brm {

/// A rule as docs/rules.md describes it (generated from the page at build time, so the
/// two cannot drift): its name, default severity, one-line meaning and help paragraph.
struct RuleDoc {
  std::string_view name, severity, meaning, help;
};

/// Every rule, in the order of the page's table.
std::span<const RuleDoc> rule_docs();

}  // namespace brm
