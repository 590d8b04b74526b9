#include <fmt/format.h>

#include <map>
#include <set>
#include <tuple>

#include "brm/usecases/delivery_import.hpp"
#include "brm/util/i18n.hpp"
#include "brm/workspace/read_file.hpp"
#include "brm/yaml/editor.hpp"
#include "brm/yaml/reader.hpp"
#include "brm/yaml/writer.hpp"

namespace brm {
namespace {

using yaml::Document;
using yaml::Node;
using yaml::NodeType;

/// The values of one agreement and period, in file order, each level once.
struct Group {
  std::string agreement;
  CalendarPeriod period;
  std::vector<const DeliveryValue*> values;
};

std::string level_name(const DeliveryValue& v) { return trf("'{}' of '{}'", v.metric, v.service); }

void problem(Diagnostics& out, const std::string& path, std::uint32_t line, Severity s, std::string message) {
  out.push_back({path, {line, 1}, s, delivery_import_rule, std::move(message)});
}

/// Groups by agreement and period in the order the groups first appear. A level given
/// twice is kept once when the rows agree and is an error when they do not.
std::vector<Group> grouped(const std::vector<DeliveryValue>& values, const std::string& path, Diagnostics& out) {
  std::vector<Group> groups;
  std::map<std::pair<std::string, CalendarPeriod>, std::size_t> at;
  std::map<std::tuple<std::string, CalendarPeriod, std::string, std::string>, const DeliveryValue*> seen;
  for (const auto& v : values) {
    const auto [first, fresh] = seen.emplace(std::tuple(v.agreement, v.period, v.service, v.metric), &v);
    if (!fresh) {
      const auto& earlier = *first->second;
      if (earlier.value == v.value && earlier.note == v.note)
        problem(out, path, v.line, Severity::warning,
                trf("the row repeats line {}; its value is imported once", earlier.line));
      else
        problem(out, path, v.line, Severity::error,
                trf("{} of '{}' in {} is {} here but {} on line {}; keep one", level_name(v), v.agreement,
                    v.period.str(), v.written, earlier.written, earlier.line));
      continue;
    }
    const auto [slot, added] = at.emplace(std::pair(v.agreement, v.period), groups.size());
    if (added) groups.push_back({v.agreement, v.period, {}});
    groups[slot->second].values.push_back(&v);
  }
  return groups;
}

std::string new_text(const std::string& id, const Group& g, const std::string& source, Date reported) {
  yaml::RecordWriter w;
  w.text("id", id).text("agreement", g.agreement).raw("period", g.period.str()).raw("reported", reported.str());
  if (!source.empty()) w.text("source", source);
  w.begin_list("levels");
  for (const auto* v : g.values) {
    w.begin_item().text("service", v->service).text("metric", v->metric).raw("value", v->written);
    if (!v->note.empty()) w.text("note", v->note);
    w.end_item();
  }
  w.end_list();
  return w.str();
}

/// The level entry of `doc` for the value's service and metric, or nullptr.
const Node* level_entry(const Document& doc, const DeliveryValue& v) {
  const Node* levels = doc.find(*doc.root(), "levels");
  if (!levels || levels->type != NodeType::sequence) return nullptr;
  for (std::size_t i = 0; i < doc.size(*levels); ++i) {
    const Node& item = doc.item(*levels, i);
    if (item.type == NodeType::mapping && doc.find_text(item, "service") == v.service &&
        doc.find_text(item, "metric") == v.metric)
      return &item;
  }
  return nullptr;
}

/// Edits the value (and note) of a level the file has; says what changed.
void update_entry(const Document& doc, const Node& item, const DeliveryValue& v, yaml::SourceEditor& e,
                  std::vector<std::string>& changes) {
  const Node* old = doc.find(item, "value");
  const auto number = old ? doc.number(*old) : std::nullopt;
  if (!number || *number != v.value) {
    e.set_scalar(item, "value", {v.written, true});
    changes.push_back(fmt::format("{}: {} -> {}", level_name(v), old ? doc.text(*old) : "", v.written));
  }
  if (v.note.empty() || doc.find_text(item, "note") == v.note) return;
  if (!e.set_scalar(item, "note", {v.note})) e.insert_after(item, "value", "note", {v.note});
  changes.push_back(trf("{}: note '{}'", level_name(v), v.note));
}

class Planner {
 public:
  Planner(const OpenWorkspace& w, const std::string& source, const std::string& path, Diagnostics& out)
      : w_(w), source_(source), path_(path), out_(out) {
    for (const auto& r : w.ws.of_kind(Kind::delivery)) {
      taken_.insert(r.id);
      if (!r.doc) unreadable_.emplace(r.id, r.path);
    }
  }

  void plan(const Group& g, DeliveryPlan& plan) {
    const Delivery* existing = nullptr;
    for (const auto& d : w_.records.deliveries)
      if (d.agreement == g.agreement && d.period == g.period) {
        if (existing)
          return problem(out_, path_, g.values.front()->line, Severity::error,
                         trf("{} and {} both report '{}' for {}; keep one before importing", existing->origin.path,
                             d.origin.path, g.agreement, g.period.str()));
        existing = &d;
      }
    if (existing) return update(g, *existing, plan);
    // A file of that name that cannot be read may well be this delivery: writing a second
    // one beside it would leave two once it is fixed.
    if (const auto broken = unreadable_.find(fmt::format("{}-{}", g.agreement, g.period.str()));
        broken != unreadable_.end())
      return problem(out_, path_, g.values.front()->line, Severity::error,
                     trf("{} cannot be read, and may hold this delivery; fix it first (brm validate says "
                         "what is wrong)",
                         broken->second));
    auto id = free_id(fmt::format("{}-{}", g.agreement, g.period.str()));
    taken_.insert(id);
    auto file = fmt::format("{}/{}.yaml", spec_of(Kind::delivery).folder, id);
    auto text = new_text(id, g, source_, w_.ctx.as_of);
    plan.files.push_back({std::move(id), std::move(file), "", std::move(text), true, {}, g.values.front()->line});
  }

 private:
  std::string free_id(const std::string& wanted) const {
    if (!taken_.contains(wanted)) return wanted;
    for (int n = 2;; ++n)
      if (auto id = fmt::format("{}-{}", wanted, n); !taken_.contains(id)) return id;
  }

  void update(const Group& g, const Delivery& d, DeliveryPlan& plan) {
    const auto line = g.values.front()->line;
    std::string error;
    auto bytes = read_whole_file(w_.ws.root / d.origin.path, yaml::Limits{}.max_bytes, error);
    if (!bytes) return problem(out_, path_, line, Severity::error, error);
    Diagnostics ignored;
    const auto doc = yaml::read_document(*bytes, d.origin.path, ignored);
    if (!doc || doc->root()->type != NodeType::mapping || doc->root()->flow)
      return problem(out_, path_, line, Severity::error,
                     trf("{} cannot be changed in place; fix it first", d.origin.path));
    yaml::SourceEditor e(*bytes, *doc);
    std::vector<std::string> changes;
    for (const auto* v : g.values) {
      if (const Node* item = level_entry(*doc, *v)) {
        update_entry(*doc, *item, *v, e, changes);
        continue;
      }
      std::vector<std::pair<std::string, yaml::Value>> fields = {
          {"service", {v->service}}, {"metric", {v->metric}}, {"value", {v->written, true}}};
      if (!v->note.empty()) fields.push_back({"note", {v->note}});
      if (!e.append_item(*doc->root(), "levels", fields))
        return problem(out_, path_, line, Severity::error,
                       trf("{} ends its levels in a form no entry can follow; edit it by hand", d.origin.path));
      changes.push_back(trf("{}: added {}", level_name(*v), v->written));
    }
    if (changes.empty()) return void(++plan.unchanged);
    plan.files.push_back({d.id, d.origin.path, *bytes, e.result(), false, std::move(changes), line});
  }

  const OpenWorkspace& w_;
  const std::string& source_;
  const std::string& path_;
  Diagnostics& out_;
  std::set<std::string> taken_;
  std::map<std::string, std::string> unreadable_;  // id -> path of delivery files that cannot be read
};

}  // namespace

DeliveryPlan plan_deliveries(const OpenWorkspace& w, const std::vector<DeliveryValue>& values,
                             const std::string& source, const std::string& path, Diagnostics& out) {
  DeliveryPlan plan;
  plan.values = values.size();
  Planner planner(w, source, path, out);
  for (const auto& g : grouped(values, path, out)) planner.plan(g, plan);
  return plan;
}

}  // namespace brm
