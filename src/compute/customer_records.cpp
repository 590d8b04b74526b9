#include "brm/compute/customer_records.hpp"

namespace brm {
namespace {

/// Hands every record of `list` to the customer it names, through `slot` (which
/// returns nullptr for a customer outside the set).
template <class T, class Slot>
void deal(const std::vector<T>& list, std::vector<const T*> CustomerRecords::*member, Slot&& slot) {
  for (const auto& x : list)
    if (CustomerRecords* c = slot(x.customer)) (c->*member).push_back(&x);
}

template <class Slot>
void deal_all(const Records& data, Slot&& slot) {
  deal(data.agreements, &CustomerRecords::agreements, slot);
  deal(data.meetings, &CustomerRecords::meetings, slot);
  deal(data.complaints, &CustomerRecords::complaints, slot);
  deal(data.surveys, &CustomerRecords::surveys, slot);
  deal(data.improvements, &CustomerRecords::improvements, slot);
  // A delivery names its agreement, and the agreement its customer.
  for (const auto& d : data.deliveries)
    if (const Agreement* a = data.agreement(d.agreement))
      if (CustomerRecords* c = slot(a->customer)) c->deliveries.push_back(&d);
}

}  // namespace

CustomerRecords records_of(const Records& data, std::string_view customer) {
  CustomerRecords out{std::string(customer), &data, data.customer(customer), {}, {}, {}, {}, {}, {}};
  deal_all(data, [&](const std::string& id) { return id == customer ? &out : nullptr; });
  return out;
}

std::vector<CustomerRecords> records_by_customer(const Records& data) {
  std::vector<CustomerRecords> out;
  out.reserve(data.customers.size());
  for (const auto& c : data.customers) out.push_back({c.id, &data, &c, {}, {}, {}, {}, {}, {}});
  // `out` is in the order of data.customers, where Records::customer finds an id.
  deal_all(data, [&](const std::string& id) -> CustomerRecords* {
    const Customer* c = data.customer(id);
    return c ? &out[static_cast<std::size_t>(c - data.customers.data())] : nullptr;
  });
  return out;
}

}  // namespace brm
