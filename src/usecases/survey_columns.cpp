#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "brm/checks/suggest.hpp"
#include "brm/usecases/survey_import.hpp"
#include "brm/model/text.hpp"
#include "brm/yaml/document.hpp"
#include "csv_cells.hpp"

namespace brm {
namespace {

using csv_cells::lower;
using csv_cells::trim;

/// A column that is not a score: how its header is written by convention, and the
/// option that names it otherwise.
struct Role {
  std::string_view what, option;
  std::vector<std::string_view> names;
  std::optional<std::string> SurveyColumnOptions::*chosen;
  std::optional<std::size_t> SurveyColumns::*into;
};

const std::vector<Role>& roles() {
  static const std::vector<Role> table{
      {"the customer column",
       "--customer-column",
       {"customer"},
       &SurveyColumnOptions::customer,
       &SurveyColumns::customer},
      {"the respondent column",
       "--respondent-column",
       {"respondent", "name", "full name"},
       &SurveyColumnOptions::respondent,
       &SurveyColumns::respondent},
      {"the role column", "--role-column", {"role"}, &SurveyColumnOptions::role, &SurveyColumns::role},
      // Forms tools call the answer's date Timestamp (Google Forms) or Completion time (Microsoft Forms).
      {"the date column",
       "--date-column",
       {"date", "timestamp", "completion time", "submitted", "submitted at"},
       &SurveyColumnOptions::date,
       &SurveyColumns::date},
      {"the comments column",
       "--comments-column",
       {"comments", "comment"},
       &SurveyColumnOptions::comments,
       &SurveyColumns::comments},
  };
  return table;
}

/// Columns forms tools add to every export (Microsoft Forms: ID, Start time, Completion
/// time, Email, Name, Last modified time; Google Forms: Email address): never scores,
/// unless --score-columns names them. Completion time and Name are found as the date and
/// the respondent first.
bool form_metadata(const std::string& header) {
  static const std::vector<std::string_view> names = {"id",   "start time",         "completion time", "email",
                                                      "name", "last modified time", "email address"};
  return std::find(names.begin(), names.end(), lower(header)) != names.end();
}

bool named_by_convention(const Role& r, const std::string& header) {
  return std::find(r.names.begin(), r.names.end(), lower(header)) != r.names.end();
}

/// Works through the header: every column named on the command line first, then
/// the conventional names among the columns left, then the scores.
class ColumnMapper {
 public:
  ColumnMapper(const CsvRow& header, const std::string& path, Diagnostics& out)
      : line_(header.line), path_(path), out_(out) {
    for (const auto& h : header.fields) c_.headers.push_back(trim(h));
    claims_.assign(c_.headers.size(), {});
  }

  std::optional<SurveyColumns> map(const SurveyColumnOptions& o) {
    for (const auto& name : o.ignore)
      if (auto i = named(name, "--ignore-column")) claim(*i, "an ignored column");
    for (const auto& r : roles()) role(r, o.*r.chosen, c_.*r.into);
    scores(o.scores);
    required(o);
    for (std::size_t i = 0; i < claims_.size(); ++i)
      if (claims_[i].empty() && c_.headers[i].empty()) c_.unnamed.push_back(i);
    if (!ok_) return std::nullopt;
    return std::move(c_);
  }

 private:
  void problem(std::size_t column, std::string message) {
    out_.push_back({path_,
                    {line_, static_cast<std::uint32_t>(column + 1)},
                    Severity::error,
                    survey_import_rule,
                    std::move(message)});
    ok_ = false;
  }

  std::string describe(std::size_t i) const { return fmt::format("column {} ('{}')", i + 1, c_.headers[i]); }

  /// The column with this header, in any case; a problem naming the option if none.
  std::optional<std::size_t> named(const std::string& name, std::string_view option) {
    const auto key = lower(trim(name));
    std::vector<std::string> keys;
    for (const auto& h : c_.headers) keys.push_back(lower(h));
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key) return i;
    std::vector<std::string_view> candidates(keys.begin(), keys.end()), headers(c_.headers.begin(), c_.headers.end());
    std::erase(candidates, std::string_view());
    std::erase(headers, std::string_view());
    problem(0, fmt::format("{} names the column '{}', but the header has none of that name{}; the columns are {}",
                           option, name, did_you_mean(key, candidates), fmt::join(headers, ", ")));
    return std::nullopt;
  }

  /// Marks what a column holds; false when it already held that.
  bool claim(std::size_t i, const std::string& what) {
    if (claims_[i] == what) return false;
    if (!claims_[i].empty()) {
      problem(i, fmt::format("{} cannot be both {} and {}", describe(i), claims_[i], what));
      return false;
    }
    claims_[i] = what;
    return true;
  }

  void role(const Role& r, const std::optional<std::string>& chosen, std::optional<std::size_t>& into) {
    into = chosen ? named(*chosen, r.option) : conventional(r);
    if (into) claim(*into, std::string(r.what));
  }

  std::optional<std::size_t> conventional(const Role& r) {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < c_.headers.size(); ++i) {
      if (!claims_[i].empty() || !named_by_convention(r, c_.headers[i])) continue;
      if (found) {
        problem(i, fmt::format("{} and {} could both be {}; choose one with {}", describe(*found), describe(i), r.what,
                               r.option));
        claims_[i] = r.what;  // reported once, not again as a column left over
        break;
      }
      found = i;
    }
    return found;
  }

  /// A column named by convention that an option passed over is no score: true
  /// when `i` is one, after saying so.
  bool passed_over(std::size_t i) {
    for (const auto& r : roles()) {
      if (!named_by_convention(r, c_.headers[i])) continue;
      problem(i, fmt::format("{} is not used, since {} chose another column; to leave it out, pass --ignore-column "
                             "'{}'",
                             describe(i), r.option, c_.headers[i]));
      return true;
    }
    return false;
  }

  void scores(const std::vector<std::string>& chosen) {
    for (const auto& name : chosen)
      if (auto i = named(name, "--score-columns"); i && claim(*i, "a score column")) add_score(*i);
    for (std::size_t i = 0; i < c_.headers.size(); ++i) {
      if (!claims_[i].empty() || c_.headers[i].empty() || passed_over(i)) continue;
      if (form_metadata(c_.headers[i]))
        claim(i, "a form's metadata column");
      else if (!chosen.empty())
        problem(i, fmt::format("{} is not one of --score-columns; to leave it out, pass --ignore-column '{}'",
                               describe(i), c_.headers[i]));
      else if (claim(i, "a score column"))
        add_score(i);
    }
  }

  void add_score(std::size_t i) {
    auto name = slugify(c_.headers[i], 64);
    std::replace(name.begin(), name.end(), '-', '_');
    if (name.empty() || name[0] < 'a' || name[0] > 'z' || yaml::resolve_plain(name) != yaml::ScalarKind::string)
      return problem(i, fmt::format("{} makes no usable score name: a score name starts with a letter and is not a "
                                    "YAML word such as yes, no or null; rename the column, or leave it out with "
                                    "--ignore-column '{}'",
                                    describe(i), c_.headers[i]));
    for (const auto& [other, j] : c_.scores)
      if (other == name)
        return problem(i, fmt::format("{} and {} both give the score '{}'", describe(j), describe(i), name));
    c_.scores.emplace_back(std::move(name), i);
  }

  void required(const SurveyColumnOptions& o) {
    if (!c_.customer && !o.fixed_customer && !o.customer)
      problem(0,
              "no column says which customer answered: name one 'customer', choose one with --customer-column, "
              "or give --customer ID when every row is for one customer");
    if (c_.customer && o.fixed_customer)
      problem(*c_.customer, fmt::format("--customer is for a file without a customer column, but {} is one; leave "
                                        "out --customer, or pass --ignore-column '{}'",
                                        describe(*c_.customer), c_.headers[*c_.customer]));
    if (!c_.date && !o.date)
      problem(0, "no column holds the date of the answer: name one 'date', or choose one with --date-column");
    if (c_.scores.empty() && ok_)
      problem(0,
              "no column holds a score: every column but customer, respondent (or name), role, date and comments "
              "is a score, unless --score-columns names them");
  }

  std::uint32_t line_;
  const std::string& path_;
  Diagnostics& out_;
  SurveyColumns c_;
  std::vector<std::string> claims_;  // what each column holds, empty while unclaimed
  bool ok_ = true;
};

}  // namespace

std::optional<SurveyColumns> map_survey_columns(const CsvRow& header, const SurveyColumnOptions& o,
                                                const std::string& path, Diagnostics& out) {
  return ColumnMapper(header, path, out).map(o);
}

}  // namespace brm
