// Reads an iCalendar file with libical, as a calendar program built on it would, and
// fails on anything libical finds wrong: a parse error, a property or component RFC 5545
// does not allow where it stands (icalrestriction_check), a required one missing.
// Prints the number of events.
//   brm_ical_check FILE.ics
#include <libical/ical.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

/// libical marks each problem it finds with an X-LIC-ERROR property where it found it.
int errors_in(icalcomponent* c) {
  int n = 0;
  for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
    std::fprintf(stderr, "libical: %s\n", icalproperty_get_xlicerror(p));
    ++n;
  }
  for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
       k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
    n += errors_in(k);
  return n;
}

/// RFC 5545 3.6.1: without a METHOD (where libical's restrictions ask little), an event
/// still must have exactly one UID, DTSTAMP and DTSTART.
int events_without_identity(icalcomponent* root) {
  int n = 0;
  for (icalcomponent* e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT))
    for (const auto kind : {ICAL_UID_PROPERTY, ICAL_DTSTAMP_PROPERTY, ICAL_DTSTART_PROPERTY})
      if (icalcomponent_count_properties(e, kind) != 1) {
        std::fprintf(stderr, "libical: an event has %d %s properties, not one\n",
                     icalcomponent_count_properties(e, kind), icalproperty_kind_to_string(kind));
        ++n;
      }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: brm_ical_check FILE.ics\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  icalcomponent* root = icalparser_parse_string(text.str().c_str());
  if (!root || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
    std::fprintf(stderr, "libical: %s is no VCALENDAR\n", argv[1]);
    return 1;
  }
  const bool restricted = icalrestriction_check(root) != 0;
  const int errors = errors_in(root) + events_without_identity(root);
  std::printf("%d\n", icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT));
  icalcomponent_free(root);
  return restricted && errors == 0 ? 0 : 1;
}
