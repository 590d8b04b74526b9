#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "brm/compute/report_common.hpp"
#include "brm/records/records.hpp"

namespace brm {

/// Where an agreement stands on the as-of date.
enum class Standing {
  in_force,  // active and valid on the day
  upcoming,  // active, starting after the day
  lapsed,    // still marked active, but ended before the day
  draft,
  terminated,
};

std::string_view standing_name(Standing s);

/// One agreement in the register.
struct RegisterRow {
  Agreement agreement;
  std::string customer_name;
  std::vector<std::string> service_names;  // catalogue names, one per agreement.services
  Standing standing = Standing::draft;
  bool written = false;            // see written_on
  std::optional<double> per_year;  // the financing normalised to a year; nullopt for once
};

/// The financing of the agreements in force, per currency.
struct CurrencyTotal {
  std::string currency;
  double per_year = 0;  // recurring amounts normalised to a year
  long recurring = 0;   // agreements behind per_year
  double once = 0;      // one-off amounts, never annualised
  long one_off = 0;     // agreements behind once
};

struct AgreementRegister {
  ReportHeading heading;
  std::vector<RegisterRow> rows;      // by customer name, customer, valid_from, id
  std::vector<CurrencyTotal> totals;  // over the agreements in force on as_of, by currency
};

std::set<Kind> agreements_kinds();

/// The register row of one agreement as of a day.
RegisterRow register_row(const Agreement& a, const Records& data, Date as_of);

/// Totals per currency over the rows in force.
std::vector<CurrencyTotal> currency_totals(const std::vector<RegisterRow>& rows);

AgreementRegister compute_agreements(const Records& data, const ReportHeading& heading);

}  // namespace brm
