#include "survey_headers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "brm/model/text.hpp"
#include "brm/yaml/document.hpp"
#include "csv_cells.hpp"

namespace brm {
namespace survey_headers {

const std::vector<Role>& roles() {
  // Swedish forms say Kund, Namn, Roll, Datum, Kommentar. The time stamps: Timestamp
  // and Tidstämpel (Google Forms), Completion time and Sluttid (Microsoft Forms); a
  // column the form asks for (Date, Datum) says better when the answer was given.
  static const std::vector<Role> table{
      {{"customer"},
       "the customer column",
       "--customer-column",
       {"customer", "kund"},
       {},
       &SurveyColumnOptions::customer,
       &SurveyColumns::customer},
      {{"respondent", "name"},
       "the respondent column",
       "--respondent-column",
       {"respondent", "name", "full name", "namn", "fullständigt namn"},
       {},
       &SurveyColumnOptions::respondent,
       &SurveyColumns::respondent},
      {{"role"},
       "the role column",
       "--role-column",
       {"role", "roll"},
       {},
       &SurveyColumnOptions::role,
       &SurveyColumns::role},
      {{"date"},
       "the date column",
       "--date-column",
       {"date", "datum"},
       {"timestamp", "completion time", "submitted", "submitted at", "tidstämpel", "tidsstämpel", "sluttid",
        "tid för slutförande"},
       &SurveyColumnOptions::date,
       &SurveyColumns::date},
      {{"comments", "comment"},
       "the comments column",
       "--comments-column",
       {"comments", "comment", "kommentar", "kommentarer"},
       {},
       &SurveyColumnOptions::comments,
       &SurveyColumns::comments},
  };
  return table;
}

bool form_metadata(std::string_view key) {
  // Microsoft Forms: ID, Start time, Email, Last modified time (Swedish: Starttid,
  // E-post, Senaste ändringstid); Google Forms: Email address (E-postadress). A time
  // stamp not taken for the date is one of them too.
  static const std::vector<std::string_view> names = {
      "id",     "start time",   "email",         "email address",       "last modified time",     "starttid",
      "e-post", "e-postadress", "senast ändrad", "senaste ändringstid", "tid för senaste ändring"};
  if (std::find(names.begin(), names.end(), key) != names.end()) return true;
  return std::any_of(roles().begin(), roles().end(),
                     [&](const Role& r) { return std::find(r.stamps.begin(), r.stamps.end(), key) != r.stamps.end(); });
}

const Role* role_named(std::string_view field) {
  for (const auto& r : roles())
    if (std::find(r.fields.begin(), r.fields.end(), field) != r.fields.end()) return &r;
  return nullptr;
}

std::string score_name(std::string_view text) {
  auto name = slugify(text, 64);
  std::replace(name.begin(), name.end(), '-', '_');
  if (name.empty() || name[0] < 'a' || name[0] > 'z' || yaml::resolve_plain(name) != yaml::ScalarKind::string)
    return {};
  return name;
}

}  // namespace survey_headers

std::optional<SurveyMapping> parse_survey_mapping(std::string_view text) {
  const auto eq = text.rfind('=');
  if (eq == std::string_view::npos) return std::nullopt;
  SurveyMapping m{csv_cells::trim(text.substr(0, eq)), csv_cells::trim(text.substr(eq + 1))};
  if (m.header.empty() || m.field.empty()) return std::nullopt;
  return m;
}

std::vector<std::string> survey_dimensions(const Workspace& ws) {
  std::set<std::string> found{"communication", "delivery", "overall", "value"};
  for (const auto& r : ws.of_kind(Kind::survey)) {
    const auto* root = r.doc ? r.doc->root() : nullptr;
    const auto* scores = root && root->type == yaml::NodeType::mapping ? r.doc->find(*root, "scores") : nullptr;
    if (!scores || scores->type != yaml::NodeType::mapping) continue;
    for (std::size_t i = 0; i < r.doc->size(*scores); ++i)
      if (auto name = std::string(r.doc->text(r.doc->key(*scores, i))); survey_headers::score_name(name) == name)
        found.insert(std::move(name));
  }
  return {found.begin(), found.end()};
}

}  // namespace brm
