#include "brm/compute/complaint_list.hpp"

#include <algorithm>
#include <tuple>

namespace brm {
namespace {

template <class T>
bool allowed(const std::vector<T>& set, T value) {
  return set.empty() || std::find(set.begin(), set.end(), value) != set.end();
}

bool wanted(const ComplaintLine& line, const ComplaintFilter& f) {
  const Complaint& c = *line.complaint;
  if (f.customer && c.customer != *f.customer) return false;
  if (f.open && !line.days_open) return false;
  if (f.overdue && !line.overdue) return false;
  return allowed(f.statuses, line.status) && allowed(f.severities, c.severity);
}

}  // namespace

std::vector<ComplaintLine> list_complaints(const Records& records, Date as_of, const Policy& policy,
                                           const ComplaintFilter& filter) {
  std::vector<ComplaintLine> out;
  for (const auto& c : records.complaints) {
    if (c.received > as_of) continue;  // not received yet on that day
    ComplaintLine line{&c, status_on(c, as_of), std::nullopt, overdue_on(c, as_of, policy)};
    if (open_on(c, as_of)) line.days_open = as_of - c.received;
    if (wanted(line, filter)) out.push_back(line);
  }
  std::sort(out.begin(), out.end(), [](const ComplaintLine& a, const ComplaintLine& b) {
    return std::tie(a.complaint->received, a.complaint->id) < std::tie(b.complaint->received, b.complaint->id);
  });
  return out;
}

}  // namespace brm
