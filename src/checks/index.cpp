#include <fmt/format.h>
#include <algorithm>

#include "brm/util/i18n.hpp"
#include "rules.hpp"

namespace brm {

std::string kind_word(Kind k) {
  switch (k) {
    case Kind::config:
      // TRANSLATORS: a kind of record, as in "unknown field 'x' of a customer", "no customer has the id 'x'".
      return trc("record kind", "config");
    case Kind::service:
      return trc("record kind", "service");
    case Kind::customer:
      return trc("record kind", "customer");
    case Kind::agreement:
      return trc("record kind", "agreement");
    case Kind::meeting:
      return trc("record kind", "meeting");
    case Kind::complaint:
      return trc("record kind", "complaint");
    case Kind::survey:
      return trc("record kind", "survey");
    case Kind::improvement:
      return trc("record kind", "improvement");
    case Kind::delivery:
      return trc("record kind", "delivery");
  }
  return std::string(spec_of(k).name);
}

const Record* Index::find(Kind k, std::string_view id) const { return by_id[static_cast<std::size_t>(k)].find(id); }

std::vector<std::string_view> Index::ids(Kind k) const {
  std::vector<std::string_view> out;
  by_id[static_cast<std::size_t>(k)].for_each_id([&](std::string_view id) { out.push_back(id); });
  std::sort(out.begin(), out.end());
  return out;
}

Index build_index(const Workspace& ws, Diagnostics& out) {
  Index index;
  for (std::size_t k = 0; k < kind_count; ++k) index.by_id[k].reserve(ws.of_kind(static_cast<Kind>(k)).size());
  for (const Record& r : ws.records) {
    if (const Record* first = index.by_id[static_cast<std::size_t>(r.kind)].insert(&r))
      out.push_back({r.path,
                     {1, 1},
                     Severity::error,
                     "duplicate-id",
                     trf("the {0} id '{1}' is also used by {2}; ids must be unique within a kind", kind_word(r.kind),
                         r.id, first->path)});
  }
  return index;
}

const yaml::Node* at(const yaml::Document& doc, const yaml::Node& from, std::initializer_list<std::string_view> keys) {
  const yaml::Node* n = &from;
  for (auto k : keys)
    if (!(n = doc.find(*n, k))) return nullptr;
  return n;
}

std::optional<Date> date_at(const yaml::Document& doc, const yaml::Node* n) {
  if (!n || n->type != yaml::NodeType::scalar) return std::nullopt;
  return Date::parse(doc.text(*n));
}

}  // namespace brm
