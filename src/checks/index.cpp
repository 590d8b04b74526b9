#include <fmt/format.h>
#include <algorithm>

#include "rules.hpp"

namespace brm {

const Record* Index::find(Kind k, std::string_view id) const { return by_id[static_cast<std::size_t>(k)].find(id); }

std::vector<std::string_view> Index::ids(Kind k) const {
  std::vector<std::string_view> out;
  by_id[static_cast<std::size_t>(k)].for_each_id([&](std::string_view id) { out.push_back(id); });
  std::sort(out.begin(), out.end());
  return out;
}

Index build_index(const Workspace& ws, Diagnostics& out) {
  Index index;
  std::array<std::size_t, kind_count> counts{};
  for (const auto& r : ws.records) ++counts[static_cast<std::size_t>(r.kind)];
  for (std::size_t k = 0; k < kind_count; ++k) index.by_id[k].reserve(counts[k]);
  // The tables of the large kinds do not fit the cache, and the inserts waited for
  // one slot after another: hash every id first, then load each slot some inserts ahead.
  const auto n = ws.records.size();
  std::vector<std::uint64_t> hashes(n);
  constexpr std::size_t ahead = 16;
  for (std::size_t i = 0; i < n; ++i) {
    if (i + ahead < n) __builtin_prefetch(ws.records[i + ahead].id.data());
    hashes[i] = IdTable::hash_of(ws.records[i].id);
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (i + ahead < n) index.by_id[static_cast<std::size_t>(ws.records[i + ahead].kind)].prefetch(hashes[i + ahead]);
    const Record& r = ws.records[i];
    if (const Record* first = index.by_id[static_cast<std::size_t>(r.kind)].insert(&r, hashes[i]))
      out.push_back({r.path,
                     {1, 1},
                     Severity::error,
                     "duplicate-id",
                     fmt::format("the {} id '{}' is also used by {}; ids must be unique within a kind",
                                 spec_of(r.kind).name, r.id, first->path)});
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
