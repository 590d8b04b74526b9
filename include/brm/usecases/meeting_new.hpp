#pragma once
#include <optional>
#include <string>
#include <vector>

#include "brm/model/date.hpp"
#include "brm/model/enums.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"

namespace brm {

/// The meeting to prepare; names already checked as text.
struct MeetingInput {
  std::string customer;
  MeetingType type{};
  std::optional<Date> date;  // default: the as-of date
  std::optional<std::string> id;  // default: <date>-<customer>-<type>
  std::vector<std::string> attendees;  // default: mandate holder, relationship manager (and delivery manager)
  bool dry_run = false;  // prepare the file, write nothing
};

/// The meeting file written (or, with dry_run, ready to be).
struct PreparedMeeting {
  std::string id, path, text;
};

/// What `meeting new` opens: every file, and every record (checked or not: the agenda
/// is a draft the people at the meeting edit).
Needs meeting_new_needs();

/// What is wrong with the input as the workspace sees it: an unknown customer.
Failure check_meeting_input(const OpenWorkspace& w, const MeetingInput& in);

/// Writes meetings/<id>.yaml with an agenda prepared from the workspace as it stands on
/// the meeting date: a planning meeting looks forward, a follow-up reviews the delivery.
Result<PreparedMeeting> prepare_meeting(const OpenWorkspace& w, const MeetingInput& in);

}  // namespace brm
