#include "brm/compute/report_customers.hpp"

#include <algorithm>
#include <tuple>

#include "brm/model/hierarchy.hpp"
#include "brm/util/locale_format.hpp"

namespace brm {

std::set<Kind> customers_kinds() { return {Kind::customer}; }

namespace {

bool by_name(const Customer* a, const Customer* b) { return name_less(a->name, a->id, b->name, b->id); }

/// Lays the hierarchy out depth first, each level by name.
struct Layout {
  const Records& data;
  const Hierarchy& tree;
  std::set<std::string, std::less<>> placed;
  std::vector<DirectoryEntry> out;

  std::vector<const Customer*> by_names(const std::vector<std::string>& ids) const {
    std::vector<const Customer*> list;
    for (const auto& id : ids) list.push_back(data.customer(id));
    std::sort(list.begin(), list.end(), by_name);
    return list;
  }
  void place(const Customer& c, int depth, const std::string& parent_name) {
    if (!placed.insert(c.id).second) return;
    out.push_back({c, depth, parent_name});
    for (const auto* child : by_names(tree.children(c.id))) place(*child, depth + 1, c.name);
  }
};

}  // namespace

CustomerDirectory compute_customers(const Records& data, const ReportHeading& heading) {
  std::vector<std::pair<std::string, std::string>> links;
  for (const auto& c : data.customers) links.emplace_back(c.id, c.parent);
  const Hierarchy tree(links);
  Layout layout{data, tree, {}, {}};
  for (const auto* c : layout.by_names(tree.tops())) layout.place(*c, 0, "");
  // Customers in a cycle have no way up to a top; list them at the top, by name.
  std::vector<const Customer*> rest;
  for (const auto& c : data.customers)
    if (!layout.placed.count(c.id)) rest.push_back(&c);
  std::sort(rest.begin(), rest.end(), by_name);
  for (const auto* c : rest) layout.place(*c, 0, "");
  return {heading, std::move(layout.out), contact_figures(data.customers)};
}

}  // namespace brm
