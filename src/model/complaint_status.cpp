#include "brm/model/complaint_status.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace brm {

const std::vector<std::string_view>& complaint_status_names() {
  static const std::vector<std::string_view> names(EnumNames<ComplaintStatus>::names.begin(),
                                                    EnumNames<ComplaintStatus>::names.end());
  return names;
}

std::string_view status_name(ComplaintStatus s) { return name_of(s); }

std::optional<ComplaintStatus> parse_complaint_status(std::string_view text) {
  return parse_enum<ComplaintStatus>(text);
}

bool is_closed(ComplaintStatus s) { return s == ComplaintStatus::resolved || s == ComplaintStatus::rejected; }

std::string transition_error(ComplaintStatus from, ComplaintStatus to, bool reopen) {
  using S = ComplaintStatus;
  if (from == to) return fmt::format("the complaint is already {}", status_name(to));
  if (is_closed(from)) {
    if (is_closed(to))
      return fmt::format("the complaint is {}; reopen it first (--reopen --status open)", status_name(from));
    if (!reopen)
      return fmt::format("the complaint is {}; reopening it must be asked for with --reopen", status_name(from));
    return {};
  }
  if (reopen) return "--reopen is only for resolved or rejected complaints";
  if (to == S::open)
    return fmt::format("a complaint that is {} does not go back to open; add a note instead", status_name(from));
  return {};
}

}  // namespace brm
