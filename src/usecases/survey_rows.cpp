#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "brm/checks/suggest.hpp"
#include "brm/usecases/survey_import.hpp"
#include "brm/util/i18n.hpp"
#include "csv_cells.hpp"

namespace brm {
namespace {

using csv_cells::lower;
using csv_cells::trim;

/// The roles a respondent may have, from the description of the survey kind.
std::vector<std::string_view> respondent_roles() {
  const Field* respondent = find_field(spec_of(Kind::survey).shape, "respondent");
  const Field* role = respondent ? find_field(respondent->shape, "role") : nullptr;
  return role ? role->shape.values : std::vector<std::string_view>{};
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// YYYY-MM-DD, alone or followed by a time as forms tools stamp answers:
/// "2026-10-01 14:30", "2026-10-01 14:30:05", "2026-10-01T14:30:05Z", and
/// "2026-10-01 9:30:05" (a spreadsheet in Swedish writes the hour without a zero).
bool date_shaped(std::string_view v) {
  if (v.size() < 10 || !digits(v.substr(0, 4)) || v[4] != '-' || !digits(v.substr(5, 2)) || v[7] != '-' ||
      !digits(v.substr(8, 2)))
    return false;
  const auto time = v.substr(10);
  if (time.empty()) return true;
  const auto colon = time.find(':');
  return (time[0] == ' ' || time[0] == 'T') && (colon == 2 || colon == 3) && digits(time.substr(1, colon - 1)) &&
         time.size() >= colon + 3 && digits(time.substr(colon + 1, 2));
}

/// A role as a Swedish form offers it: Kund, Beställare, Användare.
std::string_view role_of_swedish(std::string_view v) {
  if (v == "kund") return "customer";
  if (v == "beställare") return "purchaser";
  if (v == "användare") return "user";
  return v;
}

class RowReader {
 public:
  RowReader(const CsvRow& row, const SurveyColumns& c, const SurveyRowContext& ctx, Diagnostics& out)
      : row_(row), c_(c), ctx_(ctx), out_(out) {}

  std::optional<SurveyAnswer> read() {
    check_shape();
    SurveyAnswer a{row_.line, customer(), date(), name(), role(), comments(), scores()};
    if (!ok_) return std::nullopt;
    return a;
  }

 private:
  void problem(std::size_t column, std::string message) {
    out_.push_back({ctx_.path,
                    {row_.line, static_cast<std::uint32_t>(column + 1)},
                    Severity::error,
                    survey_import_rule,
                    std::move(message)});
    ok_ = false;
  }

  std::string cell(std::optional<std::size_t> i) const {
    return i && *i < row_.fields.size() ? trim(row_.fields[*i]) : std::string();
  }

  void check_shape() {
    const auto n = row_.fields.size(), columns = c_.headers.size();
    if (n > columns)
      problem(columns, trf("the row has {} fields but the header has {} columns; a value that holds the "
                           "delimiter must be in double quotes",
                           n, columns));
    for (const auto i : c_.unnamed)
      if (const auto v = cell(i); !v.empty())
        problem(i, trf("the column has no header, so '{}' has nowhere to go; give the column a header in "
                       "the first line",
                       v));
  }

  std::string customer() {
    if (ctx_.customer) return *ctx_.customer;
    const auto v = cell(c_.customer);
    const auto i = c_.customer.value_or(0);
    const auto& ws = ctx_.w.ws;
    if (v.empty()) return problem(i, tr("the customer is empty")), v;
    if (find_record(ws, Kind::customer, lower(v))) return lower(v);
    // A forms tool often offers the division's name rather than its id.
    for (const auto& r : ws.of_kind(Kind::customer))
      if (r.doc && r.doc->root() && r.doc->find_text(*r.doc->root(), "name") == v) return r.id;
    problem(i, unknown_id_message(ws, Kind::customer, v));
    return {};
  }

  std::string date() {
    const auto v = cell(c_.date);
    const auto i = c_.date.value_or(0);
    if (v.empty()) return problem(i, tr("the date is empty")), v;
    if (!date_shaped(v))
      return problem(i, trf("the date '{}' must be written YYYY-MM-DD (a time may follow, as in "
                            "2026-10-01 14:30)",
                            v)),
             std::string();
    const auto day = Date::parse(v.substr(0, 10));
    if (!day) return problem(i, trf("the date {} does not exist", v.substr(0, 10))), std::string();
    if (*day > ctx_.w.ctx.as_of)
      problem(i, trf("the date {} is after the as-of date {}; an answer cannot come from the future", day->str(),
                     ctx_.w.ctx.as_of.str()));
    return day->str();
  }

  std::string name() {
    auto v = cell(c_.respondent);
    if (v.find('\n') != std::string::npos) problem(*c_.respondent, tr("the respondent's name must be one line"));
    return v;
  }

  std::string role() {
    auto v = std::string(role_of_swedish(lower(cell(c_.role))));
    const auto roles = respondent_roles();
    if (v.empty() || std::find(roles.begin(), roles.end(), v) != roles.end()) return v;
    problem(*c_.role, trf("the role '{}' must be one of {}, or empty{}", cell(c_.role), fmt::join(roles, ", "),
                          did_you_mean(v, roles)));
    return {};
  }

  std::string comments() {
    auto v = cell(c_.comments);
    // Several lines are written as a readable block, which keeps one final newline.
    if (v.find('\n') != std::string::npos) v += '\n';
    return v;
  }

  std::vector<std::pair<std::string, std::string>> scores() {
    std::vector<std::pair<std::string, std::string>> out;
    const auto& policy = ctx_.w.ctx.settings.policy;
    bool answered = false;
    for (const auto& [dimension, i] : c_.scores) {
      const auto v = cell(i);
      if (v.empty()) continue;
      answered = true;
      const auto x = csv_cells::decimal_number(v);
      if (!x)
        problem(i, trf("score '{}' must be a number, not '{}'; leave the cell empty when there is no answer", dimension,
                       v));
      else if (*x < policy.survey_min || *x > policy.survey_max)
        problem(i,
                trf("score '{}' is {}, outside the scale {}..{}", dimension, v, policy.survey_min, policy.survey_max));
      else
        out.emplace_back(dimension, fmt::format("{}", *x));
    }
    if (!answered)
      problem(c_.scores.front().second, tr("the row has no score: at least one score cell must be filled"));
    return out;
  }

  const CsvRow& row_;
  const SurveyColumns& c_;
  const SurveyRowContext& ctx_;
  Diagnostics& out_;
  bool ok_ = true;
};

}  // namespace

std::optional<SurveyAnswer> read_survey_row(const CsvRow& row, const SurveyColumns& columns,
                                            const SurveyRowContext& ctx, Diagnostics& out) {
  return RowReader(row, columns, ctx, out).read();
}

}  // namespace brm
