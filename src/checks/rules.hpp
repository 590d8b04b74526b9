#pragma once
#include <array>
#include <string_view>
#include <vector>

#include "brm/checks/check.hpp"
#include "fields.hpp"
#include "id_table.hpp"

namespace brm {

/// Every record by kind and id (from the file name), including unreadable ones.
struct Index {
  std::array<IdTable, kind_count> by_id;
  const Record* find(Kind k, std::string_view id) const;
  std::vector<std::string_view> ids(Kind k) const;
};

/// Builds the index and reports ids used twice within a kind.
Index build_index(const Workspace& ws, Diagnostics& out);

/// Rules that need only the record itself: id against file name, team contacts, plan
/// and requirement ids, agreement dates, complaint history, dates in the future.
/// The kind's name in the reader's language: "customer", "agreement" (spec_of(k).name
/// in English), for the rules' messages (index.cpp).
std::string kind_word(Kind k);

void check_record_rules(const Record& r, const CheckContext& ctx, Diagnostics& out);

/// Rules that look across records.
void check_references(const std::vector<RefSite>& refs, const Index& index, Diagnostics& out);
void check_hierarchy(const Workspace& ws, const Index& index, Diagnostics& out);
void check_agreement_links(const Workspace& ws, const Index& index, Diagnostics& out);

/// The value at a path of mapping keys under `from`, or nullptr.
const yaml::Node* at(const yaml::Document& doc, const yaml::Node& from, std::initializer_list<std::string_view> keys);

/// A date value, when the node is a scalar holding a real date.
std::optional<Date> date_at(const yaml::Document& doc, const yaml::Node* n);

}  // namespace brm
