#include "brm/usecases/meeting_new.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "brm/compute/agenda.hpp"
#include "brm/records/collector.hpp"
#include "brm/util/i18n.hpp"
#include "brm/yaml/writer.hpp"

namespace brm {
namespace {

/// The customer's mandate holder and relationship manager, and for a follow-up the
/// delivery manager, who answers for the delivery being reviewed.
std::vector<std::string> default_attendees(const Customer* customer, MeetingType type) {
  if (!customer) return {};
  std::vector<std::string> names = {customer->customer.name, customer->relationship_manager};
  if (type == MeetingType::follow_up) names.push_back(customer->delivery_manager);
  std::vector<std::string> out;
  for (auto& n : names)
    if (!n.empty() && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
  return out;
}

/// A meeting being prepared has no minutes, decisions or actions yet.
std::string meeting_text(const PreparedMeeting& m, const MeetingInput& in, Date date,
                         const std::vector<std::string>& attendees, const Agenda& agenda) {
  yaml::RecordWriter w;
  w.raw("id", m.id).raw("customer", in.customer).raw("date", date.str()).raw("type", text_of(in.type));
  if (!attendees.empty()) w.flow_list("attendees", attendees);
  std::vector<std::string> points;
  for (const auto& line : agenda.lines) points.push_back(line.text);
  if (!points.empty()) w.block_list("agenda", points);
  return w.str();
}

}  // namespace

Needs meeting_new_needs() { return {Reads::documents, record_kinds()}; }

Failure check_meeting_input(const OpenWorkspace& w, const MeetingInput& in) {
  Failure f;
  const Record* customer = require_record(w.ws, Kind::customer, in.customer, f);
  if (customer && !customer->doc->root()) f.add(unknown_id_message(w.ws, Kind::customer, in.customer));
  return f;
}

Result<PreparedMeeting> prepare_meeting(const OpenWorkspace& w, const MeetingInput& in) {
  Failure f = check_meeting_input(w, in);
  if (!f.empty()) return f;
  const Date date = in.date.value_or(w.ctx.as_of);
  PreparedMeeting m;
  m.id = in.id.value_or(fmt::format("{}-{}-{}", date.str(), in.customer, in.type));
  m.path = fmt::format("meetings/{}.yaml", m.id);
  for (const auto& r : w.ws.of_kind(Kind::meeting))
    if (r.id == m.id)
      f.add(in.id ? trf("{} already exists; nothing was written (choose another --id)", r.path)
                  : trf("{} already exists; nothing was written (give a second meeting on the same day its own id "
                        "with --id)",
                        r.path));
  if (!f.empty()) return f;
  const auto records = records_of(w.records, in.customer);
  const auto agenda = prepare_agenda(records, w.ctx.settings, date, in.type);
  const auto attendees = in.attendees.empty() ? default_attendees(records.customer, in.type) : in.attendees;
  m.text = meeting_text(m, in, date, attendees, agenda);
  check_before_writing(w, Kind::meeting, m.path, m.text, f);
  if (!f.empty()) return f;
  if (in.dry_run) return m;
  if (auto err = write_new_record(w, m.path, m.text, trf("{} already exists; nothing was written", m.path));
      !err.empty())
    return failure(err);
  return m;
}

}  // namespace brm
