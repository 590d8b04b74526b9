#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "brm/compute/report_agreements.hpp"
#include "brm/compute/report_common.hpp"
#include "brm/compute/report_complaints.hpp"
#include "brm/compute/report_delivery.hpp"
#include "brm/compute/report_figures.hpp"
#include "brm/model/date.hpp"
#include "brm/render/table.hpp"

namespace brm::report_format {

// How the report layouts write figures, so that every report writes them alike.
// Undefined values (a share of nothing, the mean of no scores) are written "n/a" in
// text and null in JSON, never 0.

inline constexpr const char* none = "n/a";

// Figures are table cells (render/table.hpp): the text every format shows, and the value
// a workbook writes, rounded as the text is. An undefined figure is a text cell "n/a".

/// "85.7%" (the fraction 0.857 for a workbook), or n/a.
Cell percent(const Share& s);
/// "6 of 7"
std::string count_of(const Share& s);
/// A count: "12".
Cell count(long long n);
/// A mean score or a number of days with `decimals` decimals, or n/a.
Cell number(const std::optional<double>& v, int decimals);
/// A value as it was written in a record, with as many decimals as it has: "99.95".
Cell plain(double v);
/// A change with its sign: "+0.25", "-0.50", "0.00", or n/a; `decimals` 2 unless said.
Cell change(const std::optional<double>& v, int decimals = 2);
/// An amount with thousands separated by commas: "2,460,000" or "1,250.50".
Cell amount(double v);
/// "2026-11-23", a date in a workbook; an empty cell for no date.
Cell date(const std::optional<Date>& d);
/// "2025-11-24 to 2026-11-23"
std::string period(const Period& p);
/// "yes" or "no"
std::string yes_no(bool b);

using json = nlohmann::ordered_json;

/// {"from": "2025-11-24", "to": "2026-11-23"}
json period_json(const Period& p);
/// A value rounded to `decimals` decimals (so JSON output stays short and stable), or null.
json rounded(const std::optional<double>& v, int decimals);
/// A whole number as a JSON integer (7200000, not 7200000.0); others as they are.
json number_json(double v);
/// An amount rounded to cents, whole amounts as integers; null when there is none.
json amount_json(const std::optional<double>& v);
/// A value written as a number in the record (a target, a year, a progress) as a JSON
/// number; text that is not a number stays a string, and an empty one is null.
json number_or_text(const std::string& text);
/// {"count": 6, "of": 7, "share": 0.8571}
json share_json(const Share& s);
/// {"now": 3.67, "responses": ..., "before": 3.5, "change": 0.17} for one Trend.
json trend_json(const Trend& t);
json complaints_json(const ComplaintFigures& f);
json satisfaction_json(const SatisfactionFigures& f);
/// {"buckets": [{"label", "from", "to"}...], "series": [{"name", "values": [...]}]}
json series_json(const TimeSeries& ts, int decimals);
/// One agreement as the register and the customer page write it.
json agreement_json(const RegisterRow& row);
/// One complaint as the complaints report and the customer page write it.
json complaint_json(const ComplaintRow& c);
/// Agreed levels with their periods, as the delivery report and the customer page write them.
json delivery_levels_json(const std::vector<LevelDelivery>& levels);
/// Fields every report's JSON starts with: version, report, organization, as_of, period.
json heading_json(const std::string& report, const ReportHeading& h);

}  // namespace brm::report_format
