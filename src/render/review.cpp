#include "brm/render/review.hpp"
#include "brm/render/json_text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>

#include "brm/compute/words.hpp"
#include "brm/model/text.hpp"
#include "brm/render/table.hpp"
#include "brm/util/i18n.hpp"
#include "brm/util/locale_format.hpp"
#include "markdown.hpp"

namespace brm {
namespace {

std::string where(const Finding& f) { return fmt::format("{}:{}", f.source.path, f.source.pos.line); }

std::string days_text(const Finding& f) {
  if (!f.days) return "";
  // TRANSLATORS: {} is a number of days.
  if (f.urgency == Urgency::overdue) return trcf("review days", "{} late", *f.days);
  // TRANSLATORS: {} is a number of days.
  return trcf("review days", "in {}", *f.days);
}

std::string area_cell(const CustomerSummary& c, Area a) {
  const auto& n = c.counts[static_cast<std::size_t>(a)];
  if (n[0] + n[1] + n[2] == 0) return "";
  return fmt::format("{}/{}/{}", n[0], n[1], n[2]);
}

Table summary_table(const Review& r) {
  Table t{{{"customer", tr("Customer")},
           {"overdue", first_upper(word(Urgency::overdue)), true},
           {"due", first_upper(word(Urgency::due)), true},
           {"missing", first_upper(word(Urgency::missing)), true}},
          {}};
  for (std::size_t a = 0; a < area_count; ++a)
    t.columns.push_back({std::string(area_name(static_cast<Area>(a))), first_upper(word(static_cast<Area>(a)))});
  for (const auto& c : r.customers) {
    // On a site, a count leads to the customer's findings.
    const Ref findings{Kind::customer, c.id, Ref::To::findings};
    auto count = [&](int n) { return n ? linked(count_cell(n), findings) : count_cell(n); };
    Row row = {linked(fmt::format("{} ({})", c.name, c.id), Kind::customer, c.id), count(c.total(Urgency::overdue)),
               count(c.total(Urgency::due)), count(c.total(Urgency::missing))};
    for (std::size_t a = 0; a < area_count; ++a) row.push_back(area_cell(c, static_cast<Area>(a)));
    t.rows.push_back(std::move(row));
  }
  return t;
}

/// In a customer's section each finding names its area; in an area's section, its customer.
Table findings_table(const std::vector<const Finding*>& list, ReviewGrouping by) {
  const bool by_customer = by == ReviewGrouping::customer;
  Table t{{{"urgency", tr("Urgency")},
           by_customer ? Column{"area", tr("Area")} : Column{"customer", tr("Customer")},
           {"date", tr("Date")},
           {"days", tr("Days"), true},
           {"where", tr("Where")},
           {"what", tr("What")}},
          {}};
  for (const auto* f : list)
    t.rows.push_back({word(f->urgency), by_customer ? word(f->area) : f->customer, f->date ? f->date->str() : "",
                      days_text(*f), linked(where(*f), f->source.kind, f->source.id), f->text});
  return t;
}

/// The findings in sections: one per customer (in summary order) or one per area.
/// Findings come grouped by customer in summary order, so one pass does it.
struct FindingGroup {
  std::string title;
  std::vector<const Finding*> findings;
  std::string customer;  // grouped by customer: whose they are
};

std::vector<FindingGroup> sections(const Review& r, ReviewGrouping by) {
  std::vector<FindingGroup> out;
  if (by == ReviewGrouping::customer) {
    std::size_t next = 0;
    for (const auto& c : r.customers) {
      std::vector<const Finding*> list;
      for (; next < r.findings.size() && r.findings[next].customer == c.id; ++next) list.push_back(&r.findings[next]);
      if (!list.empty())
        out.push_back({trf("{} ({}): {} overdue, {} due, {} missing", c.name, c.id, c.total(Urgency::overdue),
                           c.total(Urgency::due), c.total(Urgency::missing)),
                       std::move(list), c.id});
    }
    return out;
  }
  std::array<std::vector<const Finding*>, area_count> by_area;
  for (const auto& f : r.findings) by_area[static_cast<std::size_t>(f.area)].push_back(&f);
  for (std::size_t a = 0; a < area_count; ++a)
    if (!by_area[a].empty()) out.push_back({word(static_cast<Area>(a)), std::move(by_area[a]), ""});
  return out;
}

std::string heading(const Review& r) {
  const bool monthly = r.policy.delivery_period == PeriodLength::month;
  return trf(
      "Review as of {}: due means within {} days; meetings every {} days, complaints answered within {}, "
      "agreements renewed {} days ahead, surveys every {} days, plans reviewed every {} days, delivery reported "
      "within {} days of each {}, a level missed {} periods running escalated, results answered by an "
      "improvement within {} days",
      r.as_of.str(), r.within_days, r.policy.meeting_interval_days, r.policy.complaint_response_days,
      r.policy.agreement_notice_days, r.policy.survey_interval_days, r.policy.plan_review_days,
      r.policy.delivery_report_days, monthly ? tr("month") : tr("quarter"), r.missed_periods,
      r.policy.improvement_response_days);
}

}  // namespace

void render_review_text(const Review& r, ReviewGrouping by, std::ostream& out) {
  out << heading(r) << "\n\n";
  if (r.customers.empty()) {
    out << tr("No customers to review.") << '\n';
    return;
  }
  render_table_text(summary_table(r), out);
  out << tr("(area columns: overdue/due/missing)") << '\n';
  for (const auto& [title, list, customer] : sections(r, by)) {
    out << '\n' << visible(title) << '\n';
    render_table_text(findings_table(list, by), out);
  }
}

void render_review_markdown(const Review& r, ReviewGrouping by, std::ostream& out) {
  out << "# " << heading(r) << "\n\n";
  if (r.customers.empty()) {
    out << tr("No customers to review.") << '\n';
    return;
  }
  render_table_markdown(summary_table(r), out);
  out << '\n' << tr("Area columns: overdue/due/missing.") << '\n';
  for (const auto& [title, list, customer] : sections(r, by)) {
    out << "\n## " << markdown_text(title, " ") << "\n\n";
    render_table_markdown(findings_table(list, by), out);
  }
}

std::string review_heading(const Review& r) { return heading(r); }

NamedTable review_summary(const Review& r) { return {"summary", summary_table(r), tr("No customers to review.")}; }

ReportDoc layout_review(const Review& r) {
  ReportDoc doc{tr("Review"), {heading(r)}, {}};
  if (r.customers.empty()) {
    doc.sections.push_back(section(tr("Summary"), Paragraph{tr("No customers to review.")}));
    return doc;
  }
  doc.sections.push_back(section(tr("Summary"), NamedTable{"summary", summary_table(r), ""},
                                 Paragraph{tr("Area columns: overdue/due/missing.")}));
  return doc;
}

Section customer_findings(const CustomerSummary& c, const std::vector<const Finding*>& list) {
  auto s = section(tr("Review: what is due"),
                   Paragraph{trf("{} overdue, {} due, {} missing; the most pressing first.", c.total(Urgency::overdue),
                                 c.total(Urgency::due), c.total(Urgency::missing))},
                   NamedTable{"findings", findings_table(list, ReviewGrouping::customer), ""});
  s.about = Ref{Kind::customer, c.id, Ref::To::findings};
  return s;
}

void render_review_json(const Review& r, std::ostream& out) {
  using json = nlohmann::ordered_json;
  json customers = json::array(), findings = json::array();
  for (const auto& c : r.customers) {
    json areas = json::object();
    for (std::size_t a = 0; a < area_count; ++a) {
      const auto& n = c.counts[a];
      areas[std::string(area_name(static_cast<Area>(a)))] = {{"overdue", n[0]}, {"due", n[1]}, {"missing", n[2]}};
    }
    customers.push_back({{"id", c.id},
                         {"name", c.name},
                         {"overdue", c.total(Urgency::overdue)},
                         {"due", c.total(Urgency::due)},
                         {"missing", c.total(Urgency::missing)},
                         {"areas", std::move(areas)}});
  }
  for (const auto& f : r.findings)
    findings.push_back({{"customer", f.customer},
                        {"area", area_name(f.area)},
                        {"urgency", urgency_name(f.urgency)},
                        {"text", f.text},
                        {"file", f.source.path},
                        {"line", f.source.pos.line},
                        {"column", f.source.pos.column},
                        {"record", f.source.id},
                        {"entry", f.source.entry.empty() ? json(nullptr) : json(f.source.entry)},
                        {"date", f.date ? json(f.date->str()) : json(nullptr)},
                        {"days", f.days ? json(*f.days) : json(nullptr)}});
  const auto& p = r.policy;
  json doc = {{"version", 1},
              {"as_of", r.as_of.str()},
              {"within_days", r.within_days},
              {"missed_periods", r.missed_periods},
              {"policy",
               {{"meeting_interval_days", p.meeting_interval_days},
                {"complaint_response_days", p.complaint_response_days},
                {"agreement_notice_days", p.agreement_notice_days},
                {"survey_interval_days", p.survey_interval_days},
                {"plan_review_days", p.plan_review_days},
                {"delivery_period", p.delivery_period == PeriodLength::month ? "month" : "quarter"},
                {"delivery_report_days", p.delivery_report_days},
                {"improvement_response_days", p.improvement_response_days}}},
              {"customers", std::move(customers)},
              {"findings", std::move(findings)}};
  out << json_text(doc) << '\n';
}

}  // namespace brm
