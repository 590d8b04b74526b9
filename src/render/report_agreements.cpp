#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brm/compute/words.hpp"
#include "brm/render/json_text.hpp"
#include "brm/render/report_layouts.hpp"
#include "brm/util/i18n.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

NamedTable totals(const AgreementRegister& r) {
  Table t{{{"currency", tr("Currency")},
           {"per_year", tr("Per year"), true},
           {"recurring", tr("Agreements"), true},
           {"once", tr("Once"), true},
           {"one_off", tr("One-off agreements"), true}},
          {}};
  for (const auto& c : r.totals)
    t.rows.push_back(
        {c.currency, rf::amount(c.per_year), rf::count(c.recurring), rf::amount(c.once), rf::count(c.one_off)});
  return {"totals", std::move(t), tr("No agreement with financing is in force.")};
}

NamedTable register_table(const AgreementRegister& r) {
  Table t{{{"customer", tr("Customer")},
           {"agreement", tr("Agreement")},
           {"title", tr("Title")},
           {"status", tr("Status")},
           {"standing", tr("Standing")},
           {"valid_from", tr("Valid from")},
           {"valid_until", tr("Valid until")},
           {"signed", tr("Signed")},
           {"amount", tr("Amount"), true},
           {"period", tr("Period")},
           {"currency", tr("Currency")},
           {"per_year", tr("Per year"), true},
           {"cost_center", tr("Cost center")},
           {"services", tr("Services")}},
          {}};
  for (const auto& row : r.rows) {
    const auto& a = row.agreement;
    const auto signed_text =
        a.signed_by.empty() ? "" : fmt::format("{} {}", a.signed_by, a.signed_on ? a.signed_on->str() : "");
    t.rows.push_back({linked(row.customer_name, Kind::customer, a.customer), linked(a.id, Kind::agreement, a.id),
                      a.title, word(a.status), word(row.standing), rf::date(a.from), rf::date(a.until), signed_text,
                      a.amount ? rf::amount(*a.amount) : a.amount_text, text_of(a.period), a.currency,
                      row.per_year ? rf::amount(*row.per_year) : Cell(), a.cost_center,
                      fmt::format("{}", fmt::join(row.service_names, ", "))});
  }
  t.key_column = 1;
  return {"agreements", std::move(t), tr("No agreements.")};
}

/// "availability 99.5%", "response time 4 hours"
std::string level_text(const ServiceLevel& l) {
  auto text = l.metric + (l.target.empty() ? "" : " " + l.target);
  if (!l.unit.empty()) text += (l.unit == "%" ? "" : " ") + l.unit;
  return text;
}

}  // namespace

namespace report_parts {

NamedTable levels_table(const std::vector<RegisterRow>& rows, bool with_customer) {
  Table t{{{"agreement", tr("Agreement")}, {"service", tr("Service")}, {"level", tr("Agreed level")}}, {}};
  if (with_customer) t.columns.insert(t.columns.begin(), {"customer", tr("Customer")});
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.agreement.services.size(); ++i) {
      const auto& s = row.agreement.services[i];
      auto add = [&](std::string level) {
        Row cells{linked(row.agreement.id, Kind::agreement, row.agreement.id), row.service_names[i], std::move(level)};
        if (with_customer)
          cells.insert(cells.begin(), linked(row.customer_name, Kind::customer, row.agreement.customer));
        t.rows.push_back(std::move(cells));
      };
      if (s.levels.empty()) add(tr("none agreed"));
      for (const auto& l : s.levels) add(level_text(l));
    }
  return {"levels", std::move(t), tr("No services agreed."), tr("Agreed service levels")};
}

}  // namespace report_parts

std::vector<Ref> agreements_places(const AgreementRegister& r) {
  std::vector<Ref> out;
  for (const auto& row : r.rows) out.push_back(ref_to(Kind::agreement, row.agreement.id));
  return out;
}

ReportDoc layout_agreements(const AgreementRegister& r) {
  const auto on = r.heading.as_of.str();
  ReportDoc doc{trf("Agreement register: {}", r.heading.organization), {}, {}};
  doc.lead.push_back(trnf("As of {}: {} agreements; standing and totals on that day.",
                          "As of {}: {} agreements; standing and totals on that day.", r.rows.size(), on,
                          r.rows.size()));
  doc.sections.push_back(
      section(tr("Financing of the agreements in force"),
              Paragraph{trf("Agreements in force on {}, per currency. Recurring amounts are normalised to a year "
                            "(year x1, quarter x4, month x12); one-off amounts are shown apart and not annualised.",
                            on)},
              totals(r)));
  doc.sections.push_back(section(
      tr("Register"),
      Paragraph{tr("Standing: in force (active and valid on the day), upcoming (active, starting later), lapsed (still "
                   "active but ended), draft, terminated.")},
      register_table(r)));
  doc.sections.push_back(section(tr("Services and levels"), report_parts::levels_table(r.rows, true)));
  doc.main_table = "agreements";
  return doc;
}

void render_agreements_json(const AgreementRegister& r, std::ostream& out) {
  using rf::json;
  json rows = json::array(), totals = json::array();
  for (const auto& row : r.rows) rows.push_back(rf::agreement_json(row));
  for (const auto& t : r.totals)
    totals.push_back({{"currency", t.currency},
                      {"per_year", rf::amount_json(t.per_year)},
                      {"recurring_agreements", t.recurring},
                      {"once", rf::amount_json(t.once)},
                      {"one_off_agreements", t.one_off}});
  json doc = rf::heading_json("agreements", r.heading);
  doc["totals"] = {{"as_of", r.heading.as_of.str()}, {"in_force", std::move(totals)}};
  doc["agreements"] = std::move(rows);
  out << json_text(doc) << '\n';
}

}  // namespace brm
