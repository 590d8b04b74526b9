#include "delivery_rules.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>
#include <unordered_set>
#include <utility>

#include "brm/checks/suggest.hpp"
#include "brm/model/service_level.hpp"
#include "brm/util/i18n.hpp"
#include "brm/util/shared_name.hpp"

namespace brm {
namespace {

using yaml::Document;
using yaml::Node;
using yaml::NodeType;

const Node* scalar(const Document& doc, const Node& map, std::string_view key) {
  const Node* n = doc.find(map, key);
  return n && n->type == NodeType::scalar && !doc.is_null(*n) ? n : nullptr;
}

/// Calls fn(item) for every mapping in the list under `key` of `map`.
template <class Fn>
void each(const Document& doc, const Node& map, std::string_view key, Fn&& fn) {
  const Node* list = doc.find(map, key);
  if (!list || list->type != NodeType::sequence) return;
  for (std::size_t i = 0; i < doc.size(*list); ++i)
    if (const Node& item = doc.item(*list, i); item.type == NodeType::mapping) fn(item);
}

/// The agreement's services, each with the metrics agreed for it, from its document.
struct AgreedLevels {
  std::vector<std::pair<std::string_view, std::vector<std::string_view>>> services;

  const std::vector<std::string_view>* metrics_of(std::string_view service) const {
    for (const auto& [id, metrics] : services)
      if (id == service) return &metrics;
    return nullptr;
  }
  std::vector<std::string_view> service_ids() const {
    std::vector<std::string_view> out;
    for (const auto& s : services) out.push_back(s.first);
    return out;
  }
};

AgreedLevels agreed_levels(const Document& doc) {
  AgreedLevels out;
  each(doc, *doc.root(), "services", [&](const Node& s) {
    const Node* id = scalar(doc, s, "service");
    if (!id) return;
    std::vector<std::string_view> metrics;
    each(doc, s, "levels", [&](const Node& l) {
      if (const Node* m = scalar(doc, l, "metric")) metrics.push_back(doc.text(*m));
    });
    out.services.emplace_back(doc.text(*id), std::move(metrics));
  });
  return out;
}

void error(Diagnostics& out, const Record& r, Position at, std::string_view rule, std::string message) {
  out.push_back({r.path, at, Severity::error, std::string(rule), std::move(message)});
}

void check_levels(const DeliveryFacts& d, const AgreedLevels& agreed, Diagnostics& out) {
  for (const auto& l : d.levels) {
    const auto* metrics = agreed.metrics_of(l.service);
    if (!metrics) {
      error(out, *d.record, l.service_pos, "delivery-level",
            trf("the agreement '{}' does not cover the service '{}'; it covers {}{}", d.agreement, l.service,
                fmt::join(agreed.service_ids(), ", "), did_you_mean(l.service, agreed.service_ids())));
    } else if (std::find(metrics->begin(), metrics->end(), l.metric) == metrics->end()) {
      error(out, *d.record, l.metric_pos, "delivery-level",
            metrics->empty()
                ? trf("the agreement '{}' has agreed no levels for '{}'", d.agreement, l.service)
                : trf("the agreement '{}' has agreed no level '{}' for '{}'; its levels are {}{}", d.agreement,
                      l.metric, l.service, fmt::join(*metrics, ", "), did_you_mean(l.metric, *metrics)));
    }
  }
}

void check_validity(const DeliveryFacts& d, const Document& agreement, Diagnostics& out) {
  const auto from = date_at(agreement, agreement.find(*agreement.root(), "valid_from"));
  const auto until = date_at(agreement, agreement.find(*agreement.root(), "valid_until"));
  if (!d.period || !from || !until || overlaps(*d.period, *from, *until)) return;
  error(out, *d.record, d.period_pos, "delivery-period",
        trf("the period {} ({} to {}) lies outside the validity of the agreement '{}' ({} to {})", d.period->str(),
            d.period->first_day().str(), d.period->last_day().str(), d.agreement, from->str(), until->str()));
}

void check_one_per_period(std::vector<DeliveryFacts>& all, Diagnostics& out) {
  auto key = [](const DeliveryFacts& d) { return std::tie(d.agreement, *d.period, d.record->path); };
  std::erase_if(all, [](const DeliveryFacts& d) { return !d.period || d.agreement.empty(); });
  std::sort(all.begin(), all.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  for (std::size_t i = 1; i < all.size(); ++i) {
    const auto& first = all[i - 1];
    const auto& again = all[i];
    if (first.agreement != again.agreement || *first.period != *again.period) continue;
    error(out, *again.record, again.period_pos, "duplicate-delivery",
          trf("{} already reports the agreement '{}' for {}; keep one delivery per agreement and period",
              first.record->path, again.agreement, again.period->str()));
  }
}

}  // namespace

DeliveryFacts delivery_facts(const Record& r) {
  DeliveryFacts d;
  d.record = &r;
  if (!r.doc || !r.doc->root() || r.doc->root()->type != NodeType::mapping) return d;
  const Document& doc = *r.doc;
  const Node& root = *doc.root();
  if (const Node* a = scalar(doc, root, "agreement")) d.agreement = std::string(doc.text(*a));
  if (const Node* p = scalar(doc, root, "period"))
    d.period = CalendarPeriod::parse(doc.text(*p)), d.period_pos = p->pos;
  each(doc, root, "levels", [&](const Node& l) {
    const Node* s = scalar(doc, l, "service");
    const Node* m = scalar(doc, l, "metric");
    if (s && m) d.levels.push_back({shared_name(doc.text(*s)), shared_name(doc.text(*m)), s->pos, m->pos});
  });
  return d;
}

namespace {
struct PairHash {
  std::size_t operator()(const std::pair<const char*, const char*>& p) const {
    const std::hash<const void*> h;
    return h(p.first) * 31 + h(p.second);
  }
};
}  // namespace

void check_delivery_record(const DeliveryFacts& d, const CheckContext& ctx, Diagnostics& out) {
  const Record& r = *d.record;
  // A delivery has a handful of levels: comparing each with those before it allocates
  // nothing. Past a few dozen, a set of the names (shared, so their addresses tell them
  // apart) keeps a hostile file of 100,000 levels linear.
  const bool many = d.levels.size() > 32;
  std::unordered_set<std::pair<const char*, const char*>, PairHash> seen;
  for (auto it = d.levels.begin(); it != d.levels.end(); ++it) {
    const auto& l = *it;
    const auto same = [&](const DeliveryFacts::Level& e) { return e.service == l.service && e.metric == l.metric; };
    if (many ? !seen.emplace(l.service.data(), l.metric.data()).second : std::any_of(d.levels.begin(), it, same))
      error(out, r, l.metric_pos, "duplicate-level",
            trf("'{}' of '{}' is reported twice in this delivery; keep one value per level", l.metric, l.service));
  }
  if (d.period && d.period->last_day() >= ctx.as_of)
    out.push_back({r.path, d.period_pos, Severity::warning, "delivery-period-open",
                   trf("the period {} ends on {}, so it has not ended on {}; report it once it has", d.period->str(),
                       d.period->last_day().str(), ctx.as_of.str())});
}

void check_level_directions(const Record& agreement, Diagnostics& out) {
  const Document& doc = *agreement.doc;
  each(doc, *doc.root(), "services", [&](const Node& s) {
    each(doc, s, "levels", [&](const Node& l) {
      const Node* unit = scalar(doc, l, "unit");
      if (!unit || !is_duration_unit(doc.text(*unit)) || doc.find(l, "direction")) return;
      out.push_back({agreement.path, unit->pos, Severity::warning, "level-direction",
                     trf("the level '{}' is a time ({}) without a 'direction'; a time is usually a "
                         "maximum: add 'direction: at-most' (or 'at-least' if more is better)",
                         doc.find_text(l, "metric"), doc.text(*unit))});
    });
  });
}

void check_deliveries(std::vector<DeliveryFacts>& all, const Index& index, Diagnostics& out) {
  for (const auto& d : all) {
    const Record* a = index.find(Kind::agreement, d.agreement);
    if (!a || !a->doc || !a->doc->root() || a->doc->root()->type != NodeType::mapping) continue;
    check_levels(d, agreed_levels(*a->doc), out);
    check_validity(d, *a->doc, out);
  }
  check_one_per_period(all, out);
}

}  // namespace brm
