#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brm/model/kinds.hpp"

namespace brm {
namespace {

/// " (at least 1)", " (at most 200)", " (1 to 200)", " (exactly 2)" or nothing.
std::string bounds(std::size_t lo, std::optional<std::size_t> hi) {
  if (hi && lo == *hi) return fmt::format(" (exactly {})", lo);
  if (hi && lo) return fmt::format(" ({} to {})", lo, *hi);
  if (hi) return fmt::format(" (at most {})", *hi);
  return lo ? fmt::format(" (at least {})", lo) : "";
}

}  // namespace

std::string type_text(const Shape& s) {
  switch (s.type) {
    case ValueType::line:
      return "text (one line)";
    case ValueType::text:
      return "text";
    case ValueType::id:
      return "id";
    case ValueType::ref:
      return fmt::format("{} id", spec_of(s.target).name);
    case ValueType::source_ref:
      return "kind/id";
    case ValueType::date:
      return "date";
    case ValueType::period:
      return "period (YYYY-MM or YYYY-Qn)";
    case ValueType::integer:
      if (s.min && s.max) return fmt::format("whole number {}..{}", *s.min, *s.max);
      return "whole number";
    case ValueType::number:
      return s.min ? fmt::format("number ≥ {}", *s.min) : "number";
    case ValueType::score:
      return "score";
    case ValueType::enumeration:
      return fmt::format("one of: {}", fmt::join(s.values, ", "));
    case ValueType::currency:
      return "currency (ISO 4217)";
    case ValueType::object:
      return "mapping";
    case ValueType::list:
      return fmt::format("list of {}{}", s.item->type == ValueType::object ? "mappings" : type_text(*s.item),
                         bounds(s.min_items, s.max_items));
    case ValueType::score_map:
      return fmt::format("mapping of dimension to score{}", bounds(0, s.max_items));
  }
  return "";
}

}  // namespace brm
