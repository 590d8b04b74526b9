#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brm/usecases/survey_import.hpp"

// How the headers of a survey export are read: the fields other than scores, their
// conventional headers in English and Swedish, and the columns forms tools add.
namespace brm::survey_headers {

/// A column that is not a score: the field it fills, how its header is written by
/// convention, and the option that names it otherwise.
struct Role {
  std::vector<std::string_view> fields;  // what --map calls it, the first as written in messages
  std::string_view what, option;
  std::vector<std::string_view> names;   // headers, lowercase, matched first
  std::vector<std::string_view> stamps;  // a forms tool's time stamps: used only without one of `names`
  std::optional<std::string> SurveyColumnOptions::*chosen;
  std::optional<std::size_t> SurveyColumns::*into;
};

/// customer, respondent, role, date, comments: the order in which they are mapped.
const std::vector<Role>& roles();

/// Whether a header (lowercase) is one forms tools add to every export: never a score
/// unless --score-columns or --map says so.
bool form_metadata(std::string_view key);

/// The role --map's FIELD names ("name" is the respondent, "comment" the comments),
/// or nullptr.
const Role* role_named(std::string_view field);

/// The score name a header or a --map's `scores.NAME` gives: a slug with `_`
/// ("Q1 Overall" gives q1_overall); empty when it is no usable score name (it must
/// start with a letter and be no YAML word such as yes, no or null).
std::string score_name(std::string_view text);

}  // namespace brm::survey_headers
