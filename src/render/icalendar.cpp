#include "brm/render/icalendar.hpp"

#include <libical/ical.h>

#include "brm/model/text.hpp"

#include <cstdlib>
#include <memory>
#include <string>

namespace brm {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct TextFree {
  void operator()(char* s) const { std::free(s); }
};

icaltimetype day_of(Date d) {
  icaltimetype t = icaltime_null_date();
  t.year = d.year();
  t.month = static_cast<int>(d.month());
  t.day = static_cast<int>(d.day());
  return t;
}

/// A property libical has no constructor for, as calendars read it (X-WR-CALNAME).
icalproperty* x_property(const char* name, const std::string& value) {
  icalproperty* p = icalproperty_new_x(value.c_str());
  icalproperty_set_x_name(p, name);
  return p;
}

/// Text drawn from records as a calendar may hold it.
std::string calendar_text(std::string_view text, TextLines lines) {
  auto out = printable(text, lines);
  for (auto at = out.find("::"); at != std::string::npos; at = out.find("::", at + 4)) out.replace(at, 1, "\\x3a");
  return out;
}

icalcomponent* event_of(const CalendarItem& item, icaltimetype stamp) {
  icalcomponent* e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(e, icalproperty_new_uid(item.uid.c_str()));
  icalcomponent_add_property(e, icalproperty_new_dtstamp(stamp));
  icalcomponent_add_property(e, icalproperty_new_dtstart(day_of(item.date)));
  icalcomponent_add_property(e, icalproperty_new_dtend(day_of(item.date.plus_days(1))));
  // RFC 5545 TEXT holds no control character, and a line folded at 75 octets can put
  // any part of a value at the start of a line: every "::" is broken, not only a first.
  icalcomponent_add_property(e, icalproperty_new_summary(calendar_text(item.summary, TextLines::one).c_str()));
  icalcomponent_add_property(e, icalproperty_new_description(calendar_text(item.description, TextLines::many).c_str()));
  icalcomponent_add_property(e, icalproperty_new_categories(std::string(name_of(item.kind)).c_str()));
  // A date to keep, not time taken: the day stays free in the calendar.
  icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  return e;
}

}  // namespace

void render_icalendar(const Calendar& calendar, std::int64_t stamp, std::ostream& out) {
  const icaltimetype dtstamp =
      icaltime_from_timet_with_zone(static_cast<time_t>(stamp), 0, icaltimezone_get_utc_timezone());
  Component root(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  icalcomponent_add_property(root.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(root.get(), icalproperty_new_prodid("-//brm//brm calendar//EN"));
  icalcomponent_add_property(root.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(root.get(), x_property("X-WR-CALNAME", calendar_text(calendar.name, TextLines::one)));
  for (const auto& item : calendar.items) icalcomponent_add_component(root.get(), event_of(item, dtstamp));
  const std::unique_ptr<char, TextFree> text(icalcomponent_as_ical_string_r(root.get()));
  out << text.get();
}

}  // namespace brm
