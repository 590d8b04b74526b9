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

Move check_move(ComplaintStatus from, ComplaintStatus to, bool reopen) {
  if (from == to) return Move::already;
  if (is_closed(from)) {
    if (is_closed(to)) return Move::closed_to_closed;
    return reopen ? Move::allowed : Move::reopen_not_asked;
  }
  if (reopen) return Move::reopen_of_open;
  return to == ComplaintStatus::open ? Move::back_to_open : Move::allowed;
}

}  // namespace brm
