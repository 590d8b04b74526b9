#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "brm/checks/suggest.hpp"
#include "brm/usecases/delivery_import.hpp"
#include "brm/util/i18n.hpp"
#include "csv_cells.hpp"

namespace brm {
namespace {

using csv_cells::lower;
using csv_cells::trim;

/// An agreement that applied in the period: in force, or terminated since. A draft
/// never applied.
bool applied_in(const Agreement& a, const CalendarPeriod& p) {
  return a.status != AgreementStatus::draft && overlaps(p, a.from, a.until);
}

class RowReader {
 public:
  RowReader(const CsvRow& row, const DeliveryColumns& c, const OpenWorkspace& w, const std::string& path,
            Diagnostics& out)
      : row_(row), c_(c), w_(w), path_(path), out_(out) {}

  std::optional<DeliveryValue> read() {
    if (row_.fields.size() > c_.count)
      problem(c_.count, trf("the row has {} fields but the header has {} columns; a value that holds the "
                            "delimiter must be in double quotes",
                            row_.fields.size(), c_.count));
    DeliveryValue v;
    v.line = row_.line;
    v.service = required(DeliveryColumn::service);
    v.metric = required(DeliveryColumn::metric);
    v.note = cell(DeliveryColumn::note);
    const auto period = read_period();
    read_value(v);
    const Agreement* a = period ? agreement(*period, v.service) : nullptr;
    if (a) check_level(*a, v);
    if (!ok_ || !a) return std::nullopt;
    v.agreement = a->id, v.period = *period;
    return v;
  }

 private:
  std::string cell(DeliveryColumn c) const {
    const auto i = c_.of(c);
    return i && *i < row_.fields.size() ? trim(row_.fields[*i]) : std::string();
  }

  std::size_t index(DeliveryColumn c) const { return c_.of(c).value_or(0); }

  std::string required(DeliveryColumn c) {
    auto v = cell(c);
    if (v.empty()) problem(index(c), trf("the {} is empty", name_of(c)));
    if (v.find('\n') != std::string::npos) problem(index(c), trf("the {} must be one line", name_of(c)));
    return v;
  }

  std::optional<CalendarPeriod> read_period() {
    auto text = required(DeliveryColumn::period);
    if (text.size() == 7 && text[5] == 'q') text[5] = 'Q';
    const auto p = CalendarPeriod::parse(text);
    if (text.empty()) return std::nullopt;
    if (!p)
      return problem(index(DeliveryColumn::period),
                     trf("the period '{}' must be a month written YYYY-MM or a quarter written YYYY-Qn that "
                         "exists",
                         cell(DeliveryColumn::period))),
             std::nullopt;
    if (p->last_day() >= w_.ctx.as_of)
      problem(index(DeliveryColumn::period),
              trf("the period {} has not ended on {}; import its figures once it has", p->str(), w_.ctx.as_of.str()));
    return p;
  }

  void read_value(DeliveryValue& v) {
    const auto text = required(DeliveryColumn::value);
    if (text.empty()) return;
    const auto x = csv_cells::decimal_number(text);
    if (!x)
      return problem(index(DeliveryColumn::value),
                     trf("the value '{}' must be a number, such as 99.2 or 99,2, without a unit", text));
    v.value = *x, v.written = fmt::format("{}", *x);
  }

  /// The customer named by id, or by its name as a spreadsheet may give it.
  std::optional<std::string> customer() {
    const auto v = cell(DeliveryColumn::customer);
    if (v.empty()) return problem(index(DeliveryColumn::customer), tr("the customer is empty")), std::nullopt;
    if (w_.records.customer(lower(v))) return lower(v);
    for (const auto& c : w_.records.customers)
      if (c.name == v) return c.id;
    problem(index(DeliveryColumn::customer), unknown_id_message(w_.ws, Kind::customer, v));
    return std::nullopt;
  }

  const Agreement* agreement(const CalendarPeriod& p, const std::string& service) {
    if (c_.of(DeliveryColumn::agreement) && !cell(DeliveryColumn::agreement).empty()) return named_agreement();
    if (!c_.of(DeliveryColumn::customer))
      return problem(index(DeliveryColumn::agreement), tr("the agreement is empty")), nullptr;
    const auto who = customer();
    if (!who || service.empty()) return nullptr;
    std::vector<const Agreement*> found;
    for (const auto& a : w_.records.agreements)
      if (a.customer == *who && applied_in(a, p) && terms_for(a, service)) found.push_back(&a);
    if (found.size() == 1) return found.front();
    std::vector<std::string_view> ids;
    for (const auto* a : found) ids.push_back(a->id);
    problem(index(DeliveryColumn::customer),
            found.empty() ? trf("no agreement of '{}' covers the service '{}' in {}; name the agreement in "
                                "an 'agreement' column, or agree the service first",
                                *who, service, p.str())
                          : trf("{} agreements of '{}' cover the service '{}' in {} ({}); name the one meant "
                                "in an 'agreement' column",
                                found.size(), *who, service, p.str(), fmt::join(ids, ", ")));
    return nullptr;
  }

  const Agreement* named_agreement() {
    const auto id = cell(DeliveryColumn::agreement);
    const auto* a = w_.records.agreement(id);
    if (!a) return problem(index(DeliveryColumn::agreement), unknown_id_message(w_.ws, Kind::agreement, id)), nullptr;
    if (const auto who = cell(DeliveryColumn::customer); !who.empty() && lower(who) != a->customer) {
      const auto* c = w_.records.customer(a->customer);
      if (!c || c->name != who)
        problem(index(DeliveryColumn::customer),
                trf("the agreement '{}' is with '{}', not '{}'", id, a->customer, who));
    }
    return a;
  }

  void check_level(const Agreement& a, const DeliveryValue& v) {
    if (v.service.empty() || v.metric.empty()) return;
    const auto* terms = terms_for(a, v.service);
    if (!terms) {
      std::vector<std::string_view> services;
      for (const auto& t : a.services) services.push_back(t.service);
      return problem(index(DeliveryColumn::service),
                     trf("the agreement '{}' does not cover the service '{}'; it covers {}{}", a.id, v.service,
                         fmt::join(services, ", "), did_you_mean(v.service, services)));
    }
    std::vector<std::string_view> metrics;
    for (const auto& l : terms->levels) metrics.push_back(l.metric);
    if (std::find(metrics.begin(), metrics.end(), v.metric) == metrics.end())
      problem(index(DeliveryColumn::metric),
              metrics.empty() ? trf("the agreement '{}' has agreed no levels for '{}'", a.id, v.service)
                              : trf("the agreement '{}' has agreed no level '{}' for '{}'; its levels are {}{}", a.id,
                                    v.metric, v.service, fmt::join(metrics, ", "), did_you_mean(v.metric, metrics)));
  }

  void problem(std::size_t column, std::string message) {
    out_.push_back({path_,
                    {row_.line, static_cast<std::uint32_t>(column + 1)},
                    Severity::error,
                    delivery_import_rule,
                    std::move(message)});
    ok_ = false;
  }

  const CsvRow& row_;
  const DeliveryColumns& c_;
  const OpenWorkspace& w_;
  const std::string& path_;
  Diagnostics& out_;
  bool ok_ = true;
};

}  // namespace

std::optional<DeliveryValue> read_delivery_row(const CsvRow& row, const DeliveryColumns& columns,
                                               const OpenWorkspace& w, const std::string& path, Diagnostics& out) {
  return RowReader(row, columns, w, path, out).read();
}

}  // namespace brm
