// The complaint workflow as docs/complaints.md describes it, in the model, where it names
// no command-line option.
#include <catch2/catch.hpp>

#include "brm/model/complaint_status.hpp"

using namespace brm;
using S = ComplaintStatus;

TEST_CASE("the workflow allows the moves docs/complaints.md lists") {
  CHECK(check_move(S::open, S::in_progress, false) == Move::allowed);
  CHECK(check_move(S::open, S::resolved, false) == Move::allowed);
  CHECK(check_move(S::escalated, S::in_progress, false) == Move::allowed);
  CHECK(check_move(S::resolved, S::open, true) == Move::allowed);
  CHECK(check_move(S::rejected, S::escalated, true) == Move::allowed);
}

TEST_CASE("the workflow refuses the others and says why") {
  CHECK(check_move(S::open, S::open, false) == Move::already);
  CHECK(check_move(S::resolved, S::rejected, true) == Move::closed_to_closed);
  CHECK(check_move(S::resolved, S::open, false) == Move::reopen_not_asked);
  CHECK(check_move(S::open, S::in_progress, true) == Move::reopen_of_open);
  CHECK(check_move(S::in_progress, S::open, false) == Move::back_to_open);
}
