#pragma once
#include <string>

#include "brm/compute/report_agreements.hpp"
#include "brm/compute/report_complaints.hpp"
#include "brm/compute/report_customer.hpp"
#include "brm/compute/report_delivery.hpp"
#include "brm/compute/report_figures.hpp"
#include "brm/model/policy.hpp"
#include "brm/render/report_doc.hpp"

namespace brm::report_parts {

// Pieces several report layouts share, so that a figure looks the same everywhere.

/// A table of figures, one per row, each with what it covers: "Measurement, Value,
/// Of, Share, Covers". Shares fill Of and Share; plain values leave them empty. A
/// table of counts only leaves the two columns out.
struct FigureRows {
  explicit FigureRows(bool with_shares = true);
  void share(std::string what, const Share& s, const std::string& covers);
  void value(std::string what, Cell v, const std::string& covers);
  Table table;
  bool with_shares;
};

/// Mean per dimension in the period and the preceding one, with the change; named "dimensions".
NamedTable dimensions_table(const SatisfactionFigures& f);

/// Mean score per quarter as lines on the survey scale; named "satisfaction-per-quarter".
Chart satisfaction_chart(const TimeSeries& ts, const Policy& policy, std::string title);

/// Complaints received per month as bars; named "complaints-per-month".
Chart complaints_chart(const TimeSeries& ts, std::string title);

/// One row per agreed service level of the agreements; named "levels".
NamedTable levels_table(const std::vector<RegisterRow>& rows, bool with_customer);

/// The complaints listed one per row; named "complaints".
NamedTable complaints_table(const std::vector<ComplaintRow>& rows, bool with_customer);

/// Each agreed level with figures in the period, its share met and latest result; named "levels".
NamedTable delivery_levels_table(const std::vector<LevelDelivery>& levels, bool with_customer);

/// Every reported value of the levels, misses first (or the misses only); named "values".
NamedTable delivery_values_table(const std::vector<LevelDelivery>& levels, bool with_customer,
                                 bool misses_only = false);

/// One line chart per level, achieved against the target, for HTML ("level-1", ...).
std::vector<Chart> delivery_charts(const std::vector<LevelDelivery>& levels);

// The later sections of the customer page (render/report_customer_parts.cpp).
Section meetings_section(const CustomerPage& p);
Section survey_section(const CustomerPage& p);
Section improvements_section(const CustomerPage& p);
Section delivery_section(const CustomerPage& p);

}  // namespace brm::report_parts
