#include "brm/records/collector.hpp"

#include <algorithm>
#include <array>
#include <functional>

#include "brm/model/complaint_status.hpp"
#include "brm/model/hierarchy.hpp"
#include "brm/util/parallel.hpp"
#include "brm/workspace/loader.hpp"
#include "brm/workspace/workspace.hpp"
#include "read.hpp"

namespace brm {
namespace {

/// The record's place among the records of its kind: the loader hands out the records
/// of the listed workspace itself, so this is a subtraction; a search otherwise.
std::size_t position(const Workspace& ws, const Record& r) {
  const auto span = ws.of_kind(r.kind);
  if (!span.empty() && &r >= span.data() && &r < span.data() + span.size())
    return static_cast<std::size_t>(&r - span.data());
  const Record* same = ws.at_path(r.path);
  return same ? static_cast<std::size_t>(same - span.data()) : span.size();  // past the end: not collected
}

/// Moves the facts of the records not left out into a list sorted by id (file order
/// is by path, and `a.yaml` sorts after `a-b.yaml`).
template <class T>
std::vector<T> kept(std::vector<std::optional<T>>& slots, std::span<const Record> records,
                    const std::set<std::string, std::less<>>& left_out) {
  std::vector<T> out;
  out.reserve(slots.size());
  for (std::size_t i = 0; i < slots.size() && i < records.size(); ++i)
    if (slots[i] && !left_out.count(records[i].path)) out.push_back(std::move(*slots[i]));
  // Stable: two files with one id (a.yaml and a.yml, reported by the checks) keep their path order.
  // Path order is nearly always id order already; checking is one pass, sorting moves every record.
  const auto id_order = [](const T& a, const T& b) { return a.id < b.id; };
  if (!std::is_sorted(out.begin(), out.end(), id_order)) std::stable_sort(out.begin(), out.end(), id_order);
  return out;
}

template <class T>
const T* by_id(const std::vector<T>& list, std::string_view id) {
  const auto it =
      std::lower_bound(list.begin(), list.end(), id, [](const T& x, std::string_view v) { return x.id < v; });
  return it != list.end() && it->id == id ? &*it : nullptr;
}

}  // namespace

const Customer* Records::customer(std::string_view id) const { return by_id(customers, id); }
const Service* Records::service(std::string_view id) const { return by_id(services, id); }
const Agreement* Records::agreement(std::string_view id) const { return by_id(agreements, id); }

std::string Records::service_name(std::string_view id) const {
  const auto* s = service(id);
  return s && !s->name.empty() ? s->name : std::string(id);
}

RecordCollector::RecordCollector(std::set<Kind> kinds, std::string currency)
    : kinds_(std::move(kinds)), currency_(std::move(currency)) {}

void RecordCollector::listed(const Workspace& ws) {
  ws_ = &ws;
  auto size = [&](auto& slots, Kind k) { slots.resize(kinds_.count(k) ? ws.of_kind(k).size() : 0); };
  size(services_, Kind::service);
  size(customers_, Kind::customer);
  size(agreements_, Kind::agreement);
  size(meetings_, Kind::meeting);
  size(complaints_, Kind::complaint);
  size(surveys_, Kind::survey);
  size(improvements_, Kind::improvement);
  size(deliveries_, Kind::delivery);
}

void RecordCollector::read(const Record& r) {
  if (!ws_ || !kinds_.count(r.kind)) return;
  const auto i = position(*ws_, r);
  auto put = [&](auto& slots, auto&& facts) {
    if (i < slots.size()) slots[i] = std::forward<decltype(facts)>(facts);
  };
  switch (r.kind) {
    case Kind::service:
      return put(services_, records::read_service(r));
    case Kind::customer:
      return put(customers_, records::read_customer(r, currency_));
    case Kind::agreement:
      return put(agreements_, records::read_agreement(r, currency_));
    case Kind::meeting:
      return put(meetings_, records::read_meeting(r));
    case Kind::complaint:
      return put(complaints_, records::read_complaint(r));
    case Kind::survey:
      return put(surveys_, records::read_survey(r));
    case Kind::improvement:
      return put(improvements_, records::read_improvement(r));
    case Kind::delivery:
      return put(deliveries_, records::read_delivery(r));
    case Kind::config:
      return;
  }
}

Records RecordCollector::finish(const Workspace& ws, const Diagnostics& found) {
  std::set<std::string, std::less<>> left_out;
  for (const auto& d : found)
    if (d.severity == Severity::error) left_out.insert(d.path);
  Records data;
  if (!ws_) return data;  // nothing was listed
  // Every customer read, those left out too, before kept() moves the facts out.
  for (const auto& c : customers_)
    if (c) data.parents.emplace_back(c->id, c->parent);
  // One list per task: sorting 50,000 meetings by id need not wait for the rest.
  const std::array<std::function<void()>, 8> lists = {
      [&] { data.meetings = kept(meetings_, ws.of_kind(Kind::meeting), left_out); },
      [&] { data.services = kept(services_, ws.of_kind(Kind::service), left_out); },
      [&] { data.customers = kept(customers_, ws.of_kind(Kind::customer), left_out); },
      [&] { data.agreements = kept(agreements_, ws.of_kind(Kind::agreement), left_out); },
      [&] { data.complaints = kept(complaints_, ws.of_kind(Kind::complaint), left_out); },
      [&] { data.surveys = kept(surveys_, ws.of_kind(Kind::survey), left_out); },
      [&] { data.improvements = kept(improvements_, ws.of_kind(Kind::improvement), left_out); },
      [&] { data.deliveries = kept(deliveries_, ws.of_kind(Kind::delivery), left_out); }};
  parallel_for(
      lists.size(), [&](std::size_t i, unsigned) { lists[i](); }, 1);
  return data;
}

std::set<Kind> record_kinds() {
  return {Kind::service,   Kind::customer, Kind::agreement,   Kind::meeting,
          Kind::complaint, Kind::survey,   Kind::improvement, Kind::delivery};
}

Records read_records(const Workspace& ws, const Settings& settings, const std::set<Kind>& kinds) {
  RecordCollector collector(kinds, settings.currency);
  collector.listed(ws);
  parallel_for(ws.records.size(), [&](std::size_t i, unsigned) { collector.read(ws.records[i]); });
  return collector.finish(ws, {});
}

ComplaintStatus status_on(const Complaint& c, Date day) {
  auto status = ComplaintStatus::open;
  bool changed_later = false;
  for (const auto& h : c.history) {
    if (h.date > day)
      changed_later = true;
    else
      status = h.status;
  }
  return changed_later ? status : c.status;
}

Date status_since(const Complaint& c, Date day) {
  auto since = c.received;
  auto status = ComplaintStatus::open;
  for (const auto& h : c.history) {
    if (h.date > day) break;
    if (h.status != status) since = h.date, status = h.status;
  }
  return since;
}

bool open_on(const Complaint& c, Date day) { return c.received <= day && !is_closed(status_on(c, day)); }

bool overdue_on(const Complaint& c, Date day, const Policy& policy) {
  return open_on(c, day) && complaint_overdue(c.received, day, policy);
}

std::optional<Date> closed_on(const Complaint& c, Date day) {
  if (c.received > day || !is_closed(status_on(c, day))) return std::nullopt;
  std::optional<Date> when;
  bool was_closed = false;
  for (const auto& h : c.history) {
    if (h.date > day) break;
    const bool now_closed = is_closed(h.status);
    if (now_closed && !was_closed) when = h.date;
    if (!now_closed) when.reset();
    was_closed = now_closed;
  }
  return when;
}

bool in_force_on(const Agreement& a, Date day) {
  return a.status == AgreementStatus::active && a.from <= day && day <= a.until;
}

bool written_on(const Agreement& a, Date day) {
  return in_force_on(a, day) && !a.signed_by.empty() && a.signed_on && *a.signed_on <= day;
}

const AgreedTerms* terms_for(const Agreement& a, std::string_view service) {
  for (const auto& t : a.services)
    if (t.service == service) return &t;
  return nullptr;
}

bool covers(const Agreement& a, std::string_view service) { return terms_for(a, service) != nullptr; }

std::string default_author(const Records& records, std::string_view customer) {
  const Customer* c = records.customer(customer);
  return c ? c->relationship_manager : std::string();
}

std::vector<const Agreement*> agreements_covering(const Records& records, std::string_view customer,
                                                  std::string_view service, Date day) {
  std::vector<const Agreement*> out;
  for (const auto& a : records.agreements)
    if (a.customer == customer && in_force_on(a, day) && covers(a, service)) out.push_back(&a);
  return out;
}

std::optional<int> payments_per_year(std::optional<FinancingPeriod> period) {
  if (!period) return std::nullopt;
  switch (*period) {
    case FinancingPeriod::year:
      return 1;
    case FinancingPeriod::quarter:
      return 4;
    case FinancingPeriod::month:
      return 12;
    case FinancingPeriod::once:
      return std::nullopt;
  }
  return std::nullopt;
}

Hierarchy customer_hierarchy(const Records& data) { return Hierarchy(data.parents); }

std::vector<std::pair<const Customer*, std::string>> customers_below(const Records& data, const Hierarchy& tree,
                                                                     std::string_view id) {
  std::vector<std::pair<const Customer*, std::string>> out;
  std::set<std::string, std::less<>> seen{std::string(id)};
  std::vector<std::string> todo{std::string(id)};
  while (!todo.empty()) {
    const auto parent = std::move(todo.front());
    todo.erase(todo.begin());
    for (const auto& child : tree.children(parent)) {
      if (!seen.insert(child).second) continue;  // a loop ends where it began
      if (const auto* c = data.customer(child))
        out.emplace_back(c, parent);
      else
        todo.push_back(child);  // left out: its children stand in its place
    }
  }
  return out;
}

}  // namespace brm
