
#include "read.hpp"
#include "brm/model/text.hpp"
#include "brm/util/shared_name.hpp"
#include "brm/yaml/document.hpp"

namespace brm::records {
namespace {

using yaml::Document;
using yaml::Node;
using yaml::NodeType;

/// A record being read: its document and the mapping at hand.
struct Reader {
  const Document& d;
  const Node& map;

  /// A value compared with others (an id, a reference, a person's name, a number's text):
  /// its runs of white space as one space, as validate compares it.
  std::string text(std::string_view key) const { return one_line(d.find_text(map, key)); }
  /// A value shown as written (a name, a title, a summary, a note): JSON, CSV and
  /// workbooks carry it exactly; the text and Markdown renderers fold its white space.
  std::string exact(std::string_view key) const { return std::string(d.find_text(map, key)); }
  std::optional<Date> date(std::string_view key) const { return Date::parse(d.find_text(map, key)); }
  /// The enum value under `key`; nullopt when absent or not one of its names.
  template <class E>
  std::optional<E> pick(std::string_view key) const {
    return parse_enum<E>(d.find_text(map, key));
  }
  /// The mapping under `key`, read the same way; an empty one when absent.
  std::optional<Reader> sub(std::string_view key) const {
    const Node* n = d.find(map, key);
    if (!n || n->type != NodeType::mapping) return std::nullopt;
    return Reader{d, *n};
  }
  /// The number under `key` as the checks read it (Document::number).
  std::optional<double> number(std::string_view key) const {
    const Node* n = d.find(map, key);
    return n ? d.number(*n) : std::nullopt;
  }
  std::string sub_text(std::string_view key, std::string_view inner) const {
    const auto s = sub(key);
    return s ? s->text(inner) : std::string();
  }
  std::string sub_exact(std::string_view key, std::string_view inner) const {
    const auto s = sub(key);
    return s ? s->exact(inner) : std::string();
  }
  /// Calls fn(Reader) for every mapping in the list under `key`.
  template <class Fn>
  void each(std::string_view key, Fn&& fn) const {
    const Node* list = d.find(map, key);
    if (!list || list->type != NodeType::sequence) return;
    for (std::size_t i = 0; i < d.size(*list); ++i)
      if (const Node& item = d.item(*list, i); item.type == NodeType::mapping) fn(Reader{d, item});
  }
  /// The scalar items of the list under `key`.
  std::vector<std::string> words(std::string_view key, bool keep = false) const {
    std::vector<std::string> out;
    const Node* list = d.find(map, key);
    if (!list || list->type != NodeType::sequence) return out;
    for (std::size_t i = 0; i < d.size(*list); ++i)
      if (const Node& item = d.item(*list, i); item.type == NodeType::scalar)
        out.push_back(keep ? std::string(d.text(item)) : one_line(d.text(item)));
    return out;
  }
};

/// Where the record's file is and where its top mapping starts.
Origin origin_of(const Record& r) { return {r.path, r.doc->root()->pos}; }

std::optional<Reader> root_of(const Record& r) {
  if (!r.doc || !r.doc->root() || r.doc->root()->type != NodeType::mapping) return std::nullopt;
  return Reader{*r.doc, *r.doc->root()};
}

Contact contact_of(const Reader& r) { return {r.exact("name"), r.exact("title"), r.text("email"), r.text("phone")}; }

PlanItem plan_of(const Reader& p) {
  return {p.text("id"),
          p.exact("title"),
          p.pick<PlanType>("type").value_or(PlanType{}),
          p.pick<PlanStatus>("status").value_or(PlanStatus{}),
          p.text("progress"),
          p.date("start"),
          p.date("due"),
          p.date("reviewed"),
          p.map.pos};
}

}  // namespace

std::optional<Service> read_service(const Record& r) {
  const auto root = root_of(r);
  const auto status = root ? root->pick<ServiceStatus>("status") : std::nullopt;
  if (!status) return std::nullopt;
  return Service{r.id, root->exact("name"), root->text("owner"), *status, origin_of(r)};
}

std::optional<Customer> read_customer(const Record& r, const std::string& currency) {
  const auto root = root_of(r);
  if (!root) return std::nullopt;
  Customer c;
  c.id = r.id, c.name = root->exact("name"), c.parent = root->text("parent");
  c.origin = origin_of(r);
  if (const Node* k = root->d.find_key(root->map, "team")) c.team_key = k->pos;
  if (const Node* k = root->d.find_key(root->map, "purchasers")) c.purchasers_key = k->pos;
  if (const auto who = root->sub("customer")) c.customer = contact_of(*who);
  root->each("purchasers", [&](const Reader& p) {
    c.purchasers.push_back({p.exact("name"), p.exact("business_line"), p.text("email"), p.text("phone")});
  });
  if (const auto team = root->sub("team")) {
    c.relationship_manager = team->text("relationship_manager");
    c.delivery_manager = team->text("delivery_manager");
    c.service_owners = team->words("service_owners");
  }
  c.description = root->sub_exact("business", "description");
  c.it_usage = root->sub_exact("business", "it_usage");
  root->each("budget", [&](const Reader& b) {
    auto cur = b.text("currency");
    const auto amount = b.text("amount");
    c.budget.push_back({b.text("year"), b.number("amount"), amount, cur.empty() ? currency : cur});
  });
  root->each("plans", [&](const Reader& p) { c.plans.push_back(plan_of(p)); });
  root->each("requirements", [&](const Reader& q) {
    c.requirements.push_back({q.text("id"), q.exact("title"),
                              q.pick<RequirementStatus>("status").value_or(RequirementStatus{}), q.date("raised"),
                              q.map.pos});
  });
  return c;
}

std::optional<Agreement> read_agreement(const Record& r, const std::string& currency) {
  const auto root = root_of(r);
  if (!root) return std::nullopt;
  const auto from = root->date("valid_from"), until = root->date("valid_until");
  const auto status = root->pick<AgreementStatus>("status");
  if (!from || !until || !status) return std::nullopt;
  Agreement a;
  a.id = r.id, a.customer = root->text("customer"), a.title = root->exact("title"), a.status = *status;
  a.from = *from, a.until = *until;
  if (const auto s = root->sub("signed")) a.signed_by = s->text("by"), a.signed_on = s->date("date");
  root->each("services", [&](const Reader& s) {
    AgreedTerms service{s.text("service"), {}};
    s.each("levels", [&](const Reader& l) {
      service.levels.push_back({l.text("metric"), l.text("target"), l.text("unit"), l.number("target"),
                                l.pick<Direction>("direction").value_or(Direction::at_least)});
    });
    a.services.push_back(std::move(service));
  });
  if (const auto f = root->sub("financing")) {
    a.amount_text = f->text("amount");
    a.amount = f->number("amount");
    a.period = f->pick<FinancingPeriod>("period");
    a.currency = f->text("currency");
    a.cost_center = f->text("cost_center");
  }
  if (a.currency.empty()) a.currency = currency;
  a.origin = origin_of(r);
  return a;
}

std::optional<Meeting> read_meeting(const Record& r) {
  const auto root = root_of(r);
  const auto date = root ? root->date("date") : std::nullopt;
  const auto type = root ? root->pick<MeetingType>("type") : std::nullopt;
  if (!date || !type) return std::nullopt;
  Meeting m{r.id, root->text("customer"), *type, *date, root->words("decisions", true), {}, origin_of(r)};
  root->each("actions", [&](const Reader& a) {
    m.actions.push_back({a.exact("what"), a.text("owner"), a.pick<ActionStatus>("status").value_or(ActionStatus::open),
                         a.date("due"), a.map.pos});
  });
  return m;
}

std::optional<Complaint> read_complaint(const Record& r) {
  const auto root = root_of(r);
  const auto received = root ? root->date("received") : std::nullopt;
  const auto severity = root ? root->pick<ComplaintSeverity>("severity") : std::nullopt;
  const auto status = root ? root->pick<ComplaintStatus>("status") : std::nullopt;
  if (!received || !severity || !status) return std::nullopt;
  Complaint c{r.id,
              root->text("customer"),
              root->exact("summary"),
              *severity,
              *status,
              root->pick<ComplaintChannel>("channel"),
              root->sub_exact("from", "name"),
              root->sub_exact("from", "role"),
              root->text("service"),
              *received,
              {},
              origin_of(r)};
  root->each("history", [&](const Reader& h) {
    const auto when = h.date("date");
    const auto set = h.pick<ComplaintStatus>("status");
    if (when && set) c.history.push_back({*when, *set});
  });
  return c;
}

std::optional<Survey> read_survey(const Record& r) {
  const auto root = root_of(r);
  const auto date = root ? root->date("date") : std::nullopt;
  if (!date) return std::nullopt;
  Survey s{r.id,
           root->text("customer"),
           root->sub_exact("respondent", "name"),
           root->sub_exact("respondent", "role"),
           *date,
           {},
           origin_of(r)};
  const Document& d = root->d;
  const Node* scores = d.find(root->map, "scores");
  if (scores && scores->type == NodeType::mapping)
    for (std::size_t i = 0; i < d.size(*scores); ++i)
      if (const Node& k = d.key(*scores, i), &v = d.value(*scores, i);
          k.type == NodeType::scalar && v.type == NodeType::scalar)
        s.scores.push_back({one_line(d.text(k)), one_line(d.text(v)), d.number(v)});
  return s;
}

std::optional<Improvement> read_improvement(const Record& r) {
  const auto root = root_of(r);
  const auto status = root ? root->pick<ImprovementStatus>("status") : std::nullopt;
  if (!status) return std::nullopt;
  return Improvement{r.id,        root->text("customer"), root->exact("title"),
                     *status,     root->text("source"),   root->date("proposed"),
                     origin_of(r)};
}

/// A delivery's level in one pass over its entries: a large workspace has hundreds of
/// thousands, and a lookup per field compared every key four times.
std::string_view shared_one_line(std::string_view text) {
  return is_one_line(text) ? shared_name(text) : shared_name(one_line(text));
}

AchievedLevel level_of(const Reader& l) {
  AchievedLevel out{{}, {}, {}, {}, l.map.pos};
  for (std::size_t i = 0, n = l.d.size(l.map); i < n; ++i) {
    const std::string_view key = l.d.text(l.d.key(l.map, i));
    const Node& value = l.d.value(l.map, i);
    const std::string_view text = value.type == NodeType::scalar ? l.d.text(value) : std::string_view{};
    if (key == "service")
      out.service = shared_one_line(text);
    else if (key == "metric")
      out.metric = shared_one_line(text);
    else if (key == "note")
      out.note = std::string(text);
    else if (key == "value")
      out.amount = l.d.number(value);
  }
  return out;
}

std::optional<Delivery> read_delivery(const Record& r) {
  const auto root = root_of(r);
  const auto period = root ? CalendarPeriod::parse(root->d.find_text(root->map, "period")) : std::nullopt;
  if (!period) return std::nullopt;
  Delivery d{r.id, root->text("agreement"), *period, root->date("reported"), root->text("source"), {}, origin_of(r)};
  root->each("levels", [&](const Reader& l) { d.levels.push_back(level_of(l)); });
  return d;
}

}  // namespace brm::records
