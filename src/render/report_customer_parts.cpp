#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brm/render/report_layouts.hpp"
#include "brm/util/i18n.hpp"
#include "report_format.hpp"
#include "report_parts.hpp"

namespace brm {
namespace {

namespace rf = report_format;

NamedTable meetings_table(std::string name, const std::vector<MeetingRow>& rows, std::string empty,
                          std::string caption) {
  Table t{{{"date", tr("Date")},
           {"type", tr("Type")},
           {"meeting", tr("Meeting")},
           {"decisions", tr("Decisions")},
           {"open_actions", tr("Open actions"), true}},
          {}};
  for (const auto& m : rows)
    t.rows.push_back({rf::date(m.date), m.type, linked(m.id, Kind::meeting, m.id),
                      fmt::format("{}", fmt::join(m.decisions, "; ")), rf::count(m.open_actions)});
  t.key_column = 2;
  return {std::move(name), std::move(t), std::move(empty), std::move(caption)};
}

NamedTable actions_table(const std::vector<OpenActionRow>& rows) {
  Table t{{{"meeting_date", tr("Meeting")},
           {"what", tr("Action")},
           {"owner", tr("Owner")},
           {"due", tr("Due")},
           {"days_overdue", tr("Days overdue"), true}},
          {}};
  for (const auto& a : rows)
    t.rows.push_back({linked(rf::date(a.meeting_date), Kind::meeting, a.meeting), a.action.what, a.action.owner,
                      rf::date(a.action.due), a.days_overdue > 0 ? rf::count(a.days_overdue) : Cell()});
  return {"actions", std::move(t), tr("None."), tr("Open actions of earlier meetings")};
}

/// "complaint/c-17", naming that record.
Cell source_cell(const std::string& source) {
  const auto ref = parse_source_ref(source);
  return ref ? linked(source, ref->kind, std::string(ref->id)) : Cell(source);
}

std::string scores_text(const Survey& s) {
  std::vector<std::string> parts;
  for (const auto& score : s.scores) parts.push_back(fmt::format("{} {}", score.dimension, score.written));
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

namespace report_parts {

Section meetings_section(const CustomerPage& p) {
  const auto on = p.heading.as_of.str();
  return section(tr("Meetings and actions"),
                 Paragraph{trf("The last {} meetings held on or before {}, latest first; the meetings planned after "
                               "it; the actions of earlier meetings that are not done.",
                               customer_page_meetings, on)},
                 meetings_table("meetings", p.meetings, tr("None yet."), tr("Meetings held")),
                 meetings_table("planned", p.planned, tr("None."), tr("Meetings planned")),
                 actions_table(p.open_actions));
}

Section survey_section(const CustomerPage& p) {
  const auto& h = p.heading;
  Table t{{{"date", tr("Date")},
           {"respondent", tr("Respondent")},
           {"role", tr("Role")},
           {"scores", tr("Scores")},
           {"mean", tr("Mean"), true}},
          {}};
  for (const auto& s : p.surveys)
    t.rows.push_back({linked(rf::date(s.survey.date), Kind::survey, s.survey.id), s.survey.respondent, s.survey.role,
                      scores_text(s.survey), rf::number(s.mean, 2)});
  t.key_column = 0;
  return section(
      tr("Satisfaction"), Paragraph{trf("Mean scores in {} against {}.", rf::period(h.period), rf::period(p.previous))},
      dimensions_table(p.kpi.satisfaction),
      satisfaction_chart(p.satisfaction_per_quarter, h.policy,
                         trf("Mean satisfaction score per quarter, {}", rf::period({p.previous.from, h.period.to}))),
      NamedTable{"surveys", std::move(t), tr("None in either period."), tr("Survey responses")});
}

Section delivery_section(const CustomerPage& p) {
  auto levels = delivery_levels_table(p.delivery, false);
  auto values = delivery_values_table(p.delivery, false, true);
  levels.name = "delivery-levels", values.name = "delivery-values";
  levels.caption = tr("Agreed levels"), values.caption = tr("Levels missed");
  Section s = section(tr("Delivery"),
                      Paragraph{trf("Agreed service levels against what was delivered in {} (delivery periods that "
                                    "ended within it).",
                                    rf::period(p.heading.period))},
                      std::move(levels), std::move(values));
  auto charts = delivery_charts(p.delivery);
  s.blocks.reserve(s.blocks.size() + charts.size());
  for (auto& c : charts) s.blocks.emplace_back(std::in_place_type<Chart>, std::move(c));
  return s;
}

Section improvements_section(const CustomerPage& p) {
  Table t{{{"improvement", tr("Improvement")},
           {"title", tr("Title")},
           {"status", tr("Status")},
           {"proposed", tr("Proposed")},
           {"source", tr("Prompted by")}},
          {}};
  for (const auto& i : p.improvements)
    t.rows.push_back({linked(i.id, Kind::improvement, i.id), i.title, text_of(i.status), rf::date(i.proposed),
                      source_cell(i.source)});
  t.key_column = 0;
  return section(tr("Improvements"), NamedTable{"improvements", std::move(t), tr("No improvements proposed.")});
}

}  // namespace report_parts

}  // namespace brm
