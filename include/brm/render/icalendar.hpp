#pragma once
#include <cstdint>
#include <ostream>

#include "brm/compute/calendar.hpp"

namespace brm {

/// The calendar as an iCalendar feed (RFC 5545), serialized by libical: CRLF line ends,
/// lines folded at 75 octets. Every item is an all-day event (the records hold dates,
/// not times) with the item's uid, so that a calendar importing the feed again updates
/// its events. `stamp` (seconds since 1970-01-01 UTC) is every event's DTSTAMP: given,
/// never read from the clock, so that the same calendar gives the same bytes.
void render_icalendar(const Calendar& calendar, std::int64_t stamp, std::ostream& out);

}  // namespace brm
