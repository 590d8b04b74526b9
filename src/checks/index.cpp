#include <fmt/format.h>
#include <algorithm>

#include "rules.hpp"

namespace brm {

const Record* Index::find(Kind k, std::string_view id) const {
  const auto& m = by_id[static_cast<std::size_t>(k)];
  const auto it = m.find(id);
  return it == m.end() ? nullptr : it->second;
}

std::vector<std::string_view> Index::ids(Kind k) const {
  std::vector<std::string_view> out;
  for (const auto& [id, r] : by_id[static_cast<std::size_t>(k)]) out.push_back(id);
  std::sort(out.begin(), out.end());
  return out;
}

Index build_index(const Workspace& ws, Diagnostics& out) {
  Index index;
  for (auto& m : index.by_id) m.reserve(ws.records.size() / 4);
  for (const auto& r : ws.records) {
    auto [it, fresh] = index.by_id[static_cast<std::size_t>(r.kind)].try_emplace(r.id, &r);
    if (!fresh)
      out.push_back({r.path,
                     {1, 1},
                     Severity::error,
                     "duplicate-id",
                     fmt::format("the {} id '{}' is also used by {}; ids must be unique within a kind",
                                 spec_of(r.kind).name, r.id, it->second->path)});
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
