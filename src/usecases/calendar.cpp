#include "brm/usecases/calendar.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "brm/checks/suggest.hpp"
#include "brm/records/collector.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

/// Adds to `f` that nobody is called `person`, with the closest name when one is close.
void require_person(const Records& records, const std::string& person, Failure& f) {
  const auto people = calendar_people(records);
  if (std::binary_search(people.begin(), people.end(), person)) return;
  f.add(
      trf("--for: nobody named '{}' is a customer's relationship manager or owns a meeting "
          "action{}",
          person, did_you_mean(person, std::vector<std::string_view>(people.begin(), people.end()))));
}

}  // namespace

Needs calendar_needs() {
  return {Reads::checked, {Kind::customer, Kind::agreement, Kind::meeting, Kind::survey, Kind::delivery}};
}

Result<Calendar> calendar_workspace(const OpenWorkspace& w, const CalendarInput& in) {
  CalendarOptions options{{}, in.person};
  Failure f;
  if (in.customer && require_record(w.ws, Kind::customer, *in.customer, f))
    // A customer whose file has errors still links those below it (Records::parents).
    options.customers = in.tree ? customer_hierarchy(w.records).subtree(*in.customer) : std::set<std::string, std::less<>>{*in.customer};
  if (in.person) require_person(w.records, *in.person, f);
  if (!f.empty()) return f;
  return compute_calendar(w.records, w.ctx.settings, w.ctx.as_of, options);
}

}  // namespace brm
