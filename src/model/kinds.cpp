#include "brm/model/kinds.hpp"

#include <algorithm>

#include "brm/model/complaint_status.hpp"

namespace brm {
namespace {

Shape of(ValueType t) {
  Shape s;
  s.type = t;
  return s;
}
// A survey asks a handful of questions; the bound keeps one hostile file from making
// every report a table of 100,000 columns.
Shape score_map() {
  Shape s = of(ValueType::score_map);
  s.max_items = 50;
  return s;
}
Shape line() { return of(ValueType::line); }
Shape text() { return of(ValueType::text); }
Shape date() { return of(ValueType::date); }
Shape ref(Kind k) {
  Shape s = of(ValueType::ref);
  s.target = k;
  return s;
}
Shape one_of(std::vector<std::string_view> v) {
  Shape s = of(ValueType::enumeration);
  s.values = std::move(v);
  return s;
}
Shape object(std::vector<Field> f) {
  Shape s = of(ValueType::object);
  s.fields = std::move(f);
  return s;
}
// Every list has a bound far above what a record holds (a meeting's 200 actions, a
// delivery's 1,000 levels), so that one hostile file of a million entries gets one
// diagnostic and is left out, instead of making every report that reads it slow.
Shape list(Shape item, std::size_t min_items, std::size_t max_items) {
  Shape s = of(ValueType::list);
  s.item = std::make_shared<const Shape>(std::move(item));
  s.min_items = min_items;
  s.max_items = max_items;
  return s;
}
Shape integer(double lo, double hi) {
  Shape s = of(ValueType::integer);
  s.min = lo, s.max = hi;
  return s;
}
Shape number() { return of(ValueType::number); }
Shape non_negative() {
  Shape s = of(ValueType::number);
  s.min = 0.0;
  return s;
}

Field field(std::string_view name, Shape s, bool required, std::string_view doc) {
  Field f;
  f.name = name, f.shape = std::move(s), f.required = required, f.doc = doc;
  return f;
}
Field req(std::string_view name, Shape s, std::string_view doc) { return field(name, std::move(s), true, doc); }
Field opt(std::string_view name, Shape s, std::string_view doc) { return field(name, std::move(s), false, doc); }
Field when(std::string_view name, Shape s, Condition c, std::string_view doc) {
  Field f = field(name, std::move(s), false, doc);
  f.required_when = std::move(c);
  return f;
}
Field id_field() { return req("id", of(ValueType::id), "Identifier; equal to the file name without extension."); }

Shape role() { return one_of({"customer", "purchaser", "user"}); }

Shape person() {
  return object({req("name", line(), "Full name."), opt("title", line(), "Job title."),
                 opt("email", line(), "E-mail address."),
                 opt("phone", line(), "Phone number; quote it so YAML keeps it as text.")});
}

KindSpec config() {
  auto policy = object({
      opt("meeting_interval_days", integer(1, 3650), "A customer with no meeting for longer is due one (default 90)."),
      opt("complaint_response_days", integer(1, 3650), "An open complaint older than this is overdue (default 10)."),
      opt("agreement_notice_days", integer(1, 3650),
          "An agreement ending within this is due for renewal (default 90)."),
      opt("survey_interval_days", integer(1, 3650), "A customer with no survey for longer is due one (default 365)."),
      opt("plan_review_days", integer(1, 3650), "A plan item not reviewed for longer is stale (default 180)."),
      opt("survey_scale", list(number(), 2, 2), "Lowest and highest survey score, as [min, max] (default [1, 5])."),
      opt("delivery_period", one_of({"month", "quarter"}), "How often delivery is reported (default month)."),
      opt("delivery_report_days", integer(0, 3650),
          "A period's delivery report is due this many days after the period ends (default 15)."),
      opt("improvement_response_days", integer(1, 3650),
          "A result that calls for an improvement should get one within this (default 30)."),
  });
  return {Kind::config, "config", "", "The workspace settings in brm.yaml at the workspace root.",
          object({req("brm", integer(1, 1), "Format version; must be 1."),
                  req("organization", line(), "The IT organization's name."),
                  req("currency", of(ValueType::currency), "Default currency of amounts (ISO 4217)."),
                  opt("policy", std::move(policy), "Periods that decide what is due; every entry is optional.")})};
}

KindSpec service() {
  return {Kind::service, "service", "services", "A service in the catalogue, which agreements refer to.",
          object({id_field(), req("name", line(), "Service name."), req("owner", line(), "The service owner."),
                  req("status", one_of({"pipeline", "live", "retired"}), "Where the service is in its life."),
                  opt("description", text(), "What the service does.")})};
}

Shape plan() {
  return object({req("id", of(ValueType::id), "Identifier, unique within the customer."),
                 req("title", line(), "What the plan item is."),
                 req("type", one_of({"strategy", "operational", "project"}), "Kind of plan."),
                 req("status", one_of({"proposed", "planned", "ongoing", "done", "cancelled"}), "Where it stands."),
                 opt("start", date(), "When it starts."), opt("due", date(), "When it is due."),
                 opt("progress", integer(0, 100), "Per cent done, 0 to 100."),
                 opt("services", list(ref(Kind::service), 0, 100), "Services it affects."),
                 opt("reviewed", date(), "Last time it was gone through with the customer.")});
}

KindSpec customer() {
  auto purchaser = object({req("name", line(), "Full name."),
                           req("business_line", line(), "The business line the purchaser manages."),
                           opt("email", line(), "E-mail address."), opt("phone", line(), "Phone number.")});
  auto team = object({opt("relationship_manager", line(), "Business relationship manager: the designated IT contact."),
                      opt("delivery_manager", line(), "Delivery manager: the purchasers' contact."),
                      opt("service_owners", list(line(), 0, 100), "Service owners in the customer team.")});
  auto budget = object({req("year", integer(1900, 9999), "Budget year."),
                        req("amount", non_negative(), "IT budget for the year."),
                        opt("currency", of(ValueType::currency), "Defaults to the workspace currency.")});
  auto requirement = object({req("id", of(ValueType::id), "Identifier, unique within the customer."),
                             req("title", line(), "The requirement."),
                             req("status", one_of({"new", "accepted", "delivered", "rejected"}), "Where it stands."),
                             opt("raised", date(), "When the customer raised it.")});
  return {Kind::customer, "customer", "customers",
          "A part of the business (division, department) and the customer who decides on and finances its IT.",
          object({id_field(), req("name", line(), "Name of the division or department."),
                  opt("parent", ref(Kind::customer), "The customer above this one in the decision hierarchy."),
                  req("customer", person(), "The person with the mandate to decide on and finance IT services."),
                  opt("purchasers", list(purchaser, 0, 100), "Business line managers who order existing services."),
                  opt("team", std::move(team), "The IT customer team."),
                  opt("business",
                      object({opt("description", text(), "What the business does."),
                              opt("it_usage", text(), "How it uses IT services.")}),
                      "The business and its use of IT."),
                  opt("budget", list(budget, 0, 100), "IT budget per year."),
                  opt("plans", list(plan(), 0, 200), "The customer's plans that affect IT."),
                  opt("requirements", list(requirement, 0, 500), "Requirements for new or changed services."),
                  opt("reviewed", date(), "Last review of this customer record.")})};
}

KindSpec agreement() {
  auto level = object({req("metric", line(), "What is measured."), req("target", number(), "The agreed level."),
                       opt("unit", line(), "Unit of the target."),
                       opt("direction", one_of({"at-least", "at-most"}),
                           "at-least (default): met when the achieved value is at least the target; at-most: "
                           "met when it is at most the target, as for a time limit.")});
  auto covered = object({req("service", ref(Kind::service), "The service delivered."),
                         opt("levels", list(level, 0, 100), "Agreed service levels.")});
  auto financing = object({req("amount", non_negative(), "Amount per period."),
                           req("period", one_of({"year", "quarter", "month", "once"}), "What the amount covers."),
                           opt("currency", of(ValueType::currency), "Defaults to the workspace currency."),
                           opt("cost_center", line(), "Cost center; quote it so YAML keeps it as text.")});
  return {
      Kind::agreement, "agreement", "agreements", "Services and service levels agreed with a customer, with financing.",
      object(
          {id_field(), req("customer", ref(Kind::customer), "The customer it is agreed with."),
           req("title", line(), "Title of the agreement."),
           req("status", one_of({"draft", "active", "terminated"}), "Where it stands."),
           req("valid_from", date(), "First day it applies."),
           req("valid_until", date(), "Last day it applies; not before valid_from."),
           when("signed",
                object({req("by", line(), "Who signed: the customer's mandate holder."),
                        req("date", date(), "When it was signed.")}),
                Condition{"status",
                          {"active"},
                          "agreement-unsigned",
                          text_to_translate("an active agreement must be signed: add 'signed' with 'by' and 'date'")},
                "Signature; required when the agreement is active."),
           req("services", list(std::move(covered), 1, 200), "Services covered; at least one."),
           req("financing", std::move(financing), "How the delivery is paid for.")})};
}

KindSpec meeting() {
  auto action = object({req("what", line(), "What is to be done."), req("owner", line(), "Who does it."),
                        opt("due", date(), "When it is due."),
                        opt("status", one_of({"open", "done"}), "open or done (default open).")});
  return {Kind::meeting, "meeting", "meetings",
          "A meeting with a customer or purchasers: planning, follow-up, steering or escalation.",
          object({id_field(), req("customer", ref(Kind::customer), "The customer met."),
                  req("date", date(), "When it was (or will be) held."),
                  req("type", one_of({"planning", "follow-up", "steering", "escalation"}),
                      "planning looks forward; follow-up reviews the delivery."),
                  opt("attendees", list(line(), 0, 200), "Who took part."),
                  opt("agenda", list(line(), 0, 200), "Points to go through."),
                  opt("minutes", text(), "What was said."), opt("decisions", list(line(), 0, 200), "What was decided."),
                  opt("actions", list(std::move(action), 0, 200), "Who does what by when.")})};
}

KindSpec complaint() {
  const auto& statuses = complaint_status_names();
  auto entry =
      object({req("date", date(), "When it happened."), req("status", one_of(statuses), "The status from then on."),
              opt("by", line(), "Who did it."), opt("note", text(), "What happened.")});
  return {
      Kind::complaint, "complaint", "complaints", "A complaint or point of view from a customer, purchaser or user.",
      object(
          {id_field(), req("customer", ref(Kind::customer), "The customer it concerns."),
           req("received", date(), "When it was received."),
           opt("from", object({opt("name", line(), "Who complained."), opt("role", role(), "Their role.")}),
               "Who it came from."),
           opt("channel", one_of({"email", "phone", "meeting", "survey", "service-desk", "other"}), "How it arrived."),
           opt("service", ref(Kind::service), "The service it concerns."),
           opt("agreement", ref(Kind::agreement), "The agreement it concerns."),
           req("severity", one_of({"low", "medium", "high", "critical"}), "How serious it is."),
           req("summary", line(), "One line saying what is wrong."), opt("description", text(), "The whole story."),
           req("status", one_of(statuses), "Where it stands."),
           when("resolution", text(),
                Condition{"status",
                          {"resolved", "rejected"},
                          "missing-resolution",
                          text_to_translate("a resolved or rejected complaint needs a 'resolution' saying how or why")},
                "How it was resolved, or why it was rejected; required when resolved or rejected."),
           opt("history", list(std::move(entry), 0, 1000), "Append-only log of what happened, oldest first.")})};
}

KindSpec survey() {
  return {Kind::survey, "survey", "surveys", "One response to a customer satisfaction survey.",
          object({id_field(), req("customer", ref(Kind::customer), "The customer surveyed."),
                  req("date", date(), "When it was answered."),
                  opt("respondent", object({opt("name", line(), "Who answered."), opt("role", role(), "Their role.")}),
                      "Who answered."),
                  req("scores", score_map(),
                      "Score per dimension (overall, delivery, communication, value...), within policy.survey_scale; "
                      "at most 50 dimensions."),
                  opt("comments", text(), "Free text.")})};
}

KindSpec improvement() {
  return {
      Kind::improvement, "improvement", "improvements", "A proposed improvement or change to the service portfolio.",
      object({id_field(), req("title", line(), "What is proposed."),
              opt("customer", ref(Kind::customer), "The customer it is for."),
              opt("source", of(ValueType::source_ref),
                  "What prompted it, as <kind>/<id>: a complaint, survey, delivery, meeting or customer, e.g. "
                  "complaint/2026-11-20-late or delivery/finance-2026-2026-10."),
              req("status", one_of({"proposed", "approved", "in-progress", "done", "rejected"}), "Where it stands."),
              opt("proposed", date(), "When it was proposed.")})};
}

KindSpec delivery() {
  auto level = object({req("service", ref(Kind::service), "A service the agreement covers."),
                       req("metric", line(), "A level agreed for that service."),
                       req("value", number(), "What was achieved, in the level's unit."),
                       opt("note", text(), "What explains the figure, such as an outage.")});
  return {Kind::delivery, "delivery", "deliveries",
          "What was achieved against an agreement's service levels in one period, as reported by service level "
          "management or monitoring; the statistics reviewed at follow-up meetings.",
          object({id_field(), req("agreement", ref(Kind::agreement), "The agreement whose levels were measured."),
                  req("period", of(ValueType::period), "The period measured: a month YYYY-MM or a quarter YYYY-Qn."),
                  opt("reported", date(), "When the figures were reported."),
                  opt("source", line(), "Where the figures come from."),
                  req("levels", list(std::move(level), 1, 1000),
                      "The achieved value of each agreed level; at least one.")})};
}

}  // namespace

const std::array<KindSpec, kind_count>& kind_specs() {
  static const std::array<KindSpec, kind_count> specs = {config(),    service(), customer(),    agreement(), meeting(),
                                                         complaint(), survey(),  improvement(), delivery()};
  return specs;
}

const KindSpec& spec_of(Kind k) { return kind_specs()[static_cast<std::size_t>(k)]; }

std::optional<Kind> kind_named(std::string_view name) {
  for (const auto& s : kind_specs())
    if (s.name == name) return s.kind;
  return std::nullopt;
}

std::optional<SourceRef> parse_source_ref(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto kind = kind_named(text.substr(0, slash));
  if (!kind || *kind == Kind::config) return std::nullopt;
  return SourceRef{*kind, text.substr(slash + 1)};
}

std::string a_kind(Kind k) {
  const auto name = spec_of(k).name;
  const bool vowel = !name.empty() && std::string_view("aeiou").find(name[0]) != std::string_view::npos;
  return std::string(vowel ? "an " : "a ") + std::string(name);
}

std::optional<Kind> kind_in_folder(std::string_view folder) {
  for (const auto& s : kind_specs())
    if (!s.folder.empty() && s.folder == folder) return s.kind;
  return std::nullopt;
}

const Field* find_field(const Shape& object, std::string_view name) {
  const auto it =
      std::find_if(object.fields.begin(), object.fields.end(), [&](const Field& f) { return f.name == name; });
  return it == object.fields.end() ? nullptr : &*it;
}

}  // namespace brm
