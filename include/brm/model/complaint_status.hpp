#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brm/model/enums.hpp"

namespace brm {

/// Where a complaint stands. The values and the moves between them are the
/// complaint workflow documented in docs/complaints.md.
enum class ComplaintStatus { open, in_progress, escalated, resolved, rejected };
template <>
struct EnumNames<ComplaintStatus> {
  static constexpr auto names =
      std::to_array<std::string_view>({"open", "in-progress", "escalated", "resolved", "rejected"});
};

/// Every status as written in files, in workflow order.
const std::vector<std::string_view>& complaint_status_names();
std::string_view status_name(ComplaintStatus s);
std::optional<ComplaintStatus> parse_complaint_status(std::string_view text);

/// Resolved and rejected complaints are closed; the others are open work.
bool is_closed(ComplaintStatus s);

/// Whether the workflow allows a move between statuses, and if not, why.
enum class Move {
  allowed,
  already,           // to the status it has
  closed_to_closed,  // resolved to rejected or back: reopen first
  reopen_not_asked,  // a closed complaint opens again only when reopening is asked for
  reopen_of_open,    // reopening asked for a complaint that is not closed
  back_to_open,      // in-progress or escalated back to open
};

/// The workflow's answer to moving from `from` to `to`; reopening a closed complaint must
/// be asked for explicitly (`reopen`).
Move check_move(ComplaintStatus from, ComplaintStatus to, bool reopen);

}  // namespace brm
