#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "brm/checks/suggest.hpp"
#include "brm/usecases/survey_import.hpp"
#include "brm/util/i18n.hpp"
#include "csv_cells.hpp"
#include "survey_headers.hpp"

namespace brm {
namespace {

using csv_cells::lower;
using csv_cells::trim;
using survey_headers::Role;
using survey_headers::roles;

bool among(const std::vector<std::string_view>& names, const std::string& key) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

/// An option that names the column of a field: as messages write it, and its header.
struct Choice {
  std::string option, header;
};

/// A --map to a score dimension.
struct ScoreMap {
  std::string option, header, dimension;
};

std::string map_option(const SurveyMapping& m) { return fmt::format("--map '{}={}'", m.header, m.field); }

std::size_t index_of(const Role& r) { return static_cast<std::size_t>(&r - roles().data()); }

/// Works through the header: every column named on the command line first (options,
/// then --map), then the conventional names among the columns left, then the scores.
class ColumnMapper {
 public:
  ColumnMapper(const CsvRow& header, const std::string& path, Diagnostics& out)
      : line_(header.line), path_(path), out_(out) {
    for (const auto& h : header.fields) c_.headers.push_back(trim(h));
    claims_.assign(c_.headers.size(), {});
    dimension_of_.assign(c_.headers.size(), {});
    choices_.assign(roles().size(), {});
    chosen_by_.assign(roles().size(), {});
  }

  std::optional<SurveyColumns> map(const SurveyColumnOptions& o) {
    for (const auto& name : o.ignore)
      if (auto i = named(name, "--ignore-column")) claim(*i, "an ignored column");
    for (const auto& r : roles())
      if (const auto& chosen = o.*r.chosen) choices_[index_of(r)].push_back({std::string(r.option), *chosen});
    for (const auto& m : o.map) read_mapping(m, o.dimensions);
    for (const auto& r : roles()) role(r);
    for (const auto& s : score_maps_) mapped_score(s);
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

  std::string describe(std::size_t i) const { return trf("column {} ('{}')", i + 1, c_.headers[i]); }

  /// The column with this header, in any case.
  std::optional<std::size_t> find(const std::string& name) const {
    const auto key = lower(trim(name));
    for (std::size_t i = 0; i < c_.headers.size(); ++i)
      if (lower(c_.headers[i]) == key) return i;
    return std::nullopt;
  }

  /// The column with this header, in any case; a problem naming the option if none.
  std::optional<std::size_t> named(const std::string& name, std::string_view option) {
    if (auto i = find(name)) return i;
    std::vector<std::string_view> headers(c_.headers.begin(), c_.headers.end());
    std::erase(headers, std::string_view());
    problem(0, trf("{} names the column '{}', but the header has none of that name{}; the columns are {}", option, name,
                   did_you_mean(lower(trim(name)), headers), fmt::join(headers, ", ")));
    return std::nullopt;
  }

  /// Marks what a column holds; false when it already held that.
  bool claim(std::size_t i, const std::string& what) {
    if (claims_[i] == what) return false;
    if (!claims_[i].empty()) {
      problem(i, trf("{} cannot be both {} and {}", describe(i), claims_[i], what));
      return false;
    }
    claims_[i] = what;
    return true;
  }

  /// Sorts a --map into the field it chooses a column for, or the score it gives.
  void read_mapping(const SurveyMapping& m, const std::vector<std::string>& dimensions) {
    const auto option = map_option(m);
    const auto field = lower(m.field);
    if (const Role* r = survey_headers::role_named(field)) return choices_[index_of(*r)].push_back({option, m.header});
    if (field.starts_with("scores.")) {
      if (auto name = survey_headers::score_name(field.substr(7)); !name.empty())
        return score_maps_.push_back({option, m.header, std::move(name)});
      return refuse_mapping(m.header, trf("{}: '{}' makes no usable score name: a score name "
                                          "starts with a letter and is not a YAML word such "
                                          "as yes, no or null",
                                          option, m.field.substr(7)));
    }
    if (std::find(dimensions.begin(), dimensions.end(), field) != dimensions.end())
      return score_maps_.push_back({option, m.header, field});
    std::vector<std::string_view> targets, fields;
    for (const auto& r : roles()) targets.insert(targets.end(), r.fields.begin(), r.fields.end());
    for (const auto& r : roles()) fields.push_back(r.fields.front());
    targets.insert(targets.end(), dimensions.begin(), dimensions.end());
    refuse_mapping(m.header, trf("{}: '{}' is neither a field nor a score dimension{}: the "
                                 "fields are {}; the dimensions are {}; a new dimension is "
                                 "written scores.NAME",
                                 option, m.field, did_you_mean(field, targets), fmt::join(fields, ", "),
                                 fmt::join(dimensions, ", ")));
  }

  /// A --map that cannot be followed: the problem at its column, which is then not
  /// reported again as a score.
  void refuse_mapping(const std::string& header, std::string message) {
    const auto i = find(header);
    problem(i.value_or(0), std::move(message));
    if (i && claims_[*i].empty()) claims_[*i] = "a column --map names";
  }

  void role(const Role& r) {
    const auto& choices = choices_[index_of(r)];
    for (std::size_t k = 1; k < choices.size(); ++k)
      if (lower(trim(choices[k].header)) != lower(trim(choices[0].header)))
        problem(0, trf("{} and {} both choose {}; give one of them", choices[0].option, choices[k].option, r.what));
    auto& into = c_.*r.into;
    if (!choices.empty()) chosen_by_[index_of(r)] = choices[0].option;
    into = choices.empty() ? conventional(r) : named(choices[0].header, choices[0].option);
    if (into) claim(*into, std::string(r.what));
  }

  /// The one column whose header is one of the role's names, else one of its time
  /// stamps; two of the same rank are a problem.
  std::optional<std::size_t> conventional(const Role& r) {
    auto found = conventional(r, r.names);
    return found ? found : conventional(r, r.stamps);
  }

  std::optional<std::size_t> conventional(const Role& r, const std::vector<std::string_view>& names) {
    std::optional<std::size_t> found;
    bool reported = false;
    for (std::size_t i = 0; i < c_.headers.size(); ++i) {
      if (!claims_[i].empty() || !among(names, lower(c_.headers[i]))) continue;
      if (!found) {
        found = i;
        continue;
      }
      if (!reported)
        problem(i,
                trf("{} and {} could both be {}; choose one with {}", describe(*found), describe(i), r.what, r.option));
      reported = true;
      claims_[i] = r.what;  // reported once, not again as a column left over
    }
    return found;
  }

  /// A column named by convention that an option passed over is no score: true
  /// when `i` is one, after saying so.
  bool passed_over(std::size_t i) {
    for (const auto& r : roles()) {
      const auto& option = chosen_by_[index_of(r)];
      if (option.empty() || !among(r.names, lower(c_.headers[i]))) continue;
      problem(i, trf("{} is not used, since {} chose another column; to leave it out, pass --ignore-column "
                     "'{}'",
                     describe(i), option, c_.headers[i]));
      return true;
    }
    return false;
  }

  void mapped_score(const ScoreMap& s) {
    const auto i = named(s.header, s.option);
    if (!i) return;
    if (!dimension_of_[*i].empty()) {
      if (dimension_of_[*i] != s.dimension)
        problem(*i, trf("{} cannot give both the score '{}' and the score '{}'", describe(*i), dimension_of_[*i],
                        s.dimension));
      return;
    }
    if (!claim(*i, "a score column")) return;
    dimension_of_[*i] = s.dimension;
    add_score(*i, s.dimension);
  }

  void scores(const std::vector<std::string>& chosen) {
    for (const auto& name : chosen)
      if (auto i = named(name, "--score-columns"); i && claim(*i, "a score column")) add_score(*i);
    for (std::size_t i = 0; i < c_.headers.size(); ++i) {
      if (!claims_[i].empty() || c_.headers[i].empty() || passed_over(i)) continue;
      if (survey_headers::form_metadata(lower(c_.headers[i])))
        claim(i, "a form's metadata column");
      else if (!chosen.empty())
        problem(i, trf("{} is not one of --score-columns; to leave it out, pass --ignore-column '{}'", describe(i),
                       c_.headers[i]));
      else if (claim(i, "a score column"))
        add_score(i);
    }
  }

  void add_score(std::size_t i) {
    auto name = survey_headers::score_name(c_.headers[i]);
    if (name.empty())
      return problem(i, trf("{} makes no usable score name: a score name starts with a letter and is not a "
                            "YAML word such as yes, no or null; rename the column, or leave it out with "
                            "--ignore-column '{}'",
                            describe(i), c_.headers[i]));
    add_score(i, std::move(name));
  }

  void add_score(std::size_t i, std::string name) {
    for (const auto& [other, j] : c_.scores)
      if (other == name) return problem(i, trf("{} and {} both give the score '{}'", describe(j), describe(i), name));
    c_.scores.emplace_back(std::move(name), i);
  }

  bool chosen(std::string_view field) const {
    return !chosen_by_[index_of(*survey_headers::role_named(field))].empty();
  }

  void required(const SurveyColumnOptions& o) {
    if (!c_.customer && !o.fixed_customer && !chosen("customer"))
      problem(0, tr("no column says which customer answered: name one 'customer', choose one with --customer-column, "
                    "or give --customer ID when every row is for one customer"));
    if (c_.customer && o.fixed_customer)
      problem(*c_.customer, trf("--customer is for a file without a customer column, but {} is one; leave "
                                "out --customer, or pass --ignore-column '{}'",
                                describe(*c_.customer), c_.headers[*c_.customer]));
    if (!c_.date && !chosen("date"))
      problem(0, tr("no column holds the date of the answer: name one 'date', or choose one with --date-column"));
    if (c_.scores.empty() && ok_)
      problem(0, tr("no column holds a score: every column but customer, respondent (or name), role, date and comments "
                    "is a score, unless --score-columns names them"));
  }

  std::uint32_t line_;
  const std::string& path_;
  Diagnostics& out_;
  SurveyColumns c_;
  std::vector<std::string> claims_;           // what each column holds, empty while unclaimed
  std::vector<std::string> dimension_of_;     // the score a --map gave each column
  std::vector<std::vector<Choice>> choices_;  // per role: the options naming its column
  std::vector<std::string> chosen_by_;        // per role: the option that chose its column
  std::vector<ScoreMap> score_maps_;
  bool ok_ = true;
};

}  // namespace

std::optional<SurveyColumns> map_survey_columns(const CsvRow& header, const SurveyColumnOptions& o,
                                                const std::string& path, Diagnostics& out) {
  return ColumnMapper(header, path, out).map(o);
}

}  // namespace brm
