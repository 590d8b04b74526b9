#include "brm/compute/report_customers.hpp"

#include <algorithm>
#include <tuple>

#include "brm/model/hierarchy.hpp"
#include "brm/util/locale_format.hpp"

namespace brm {

std::set<Kind> customers_kinds() { return {Kind::customer}; }

namespace {

bool by_name(const Customer* a, const Customer* b) { return name_less(a->name, a->id, b->name, b->id); }

/// Customers each with the name of the one they are placed under, sorted by their names.
using Placed = std::vector<std::pair<const Customer*, std::string>>;
void sort_by_name(Placed& list) {
  std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return by_name(a.first, b.first); });
}

/// Lays the hierarchy out depth first, each level by name.
struct Layout {
  const Records& data;
  const Hierarchy& tree;
  std::set<std::string, std::less<>> placed;
  std::vector<DirectoryEntry> out;

  /// The customers below `c`; below a customer left out with errors, that customer's
  /// own, under the name of the one they belong to.
  Placed below(const Customer& c) const {
    Placed list;
    for (const auto& [child, parent] : customers_below(data, tree, c.id))
      list.emplace_back(child, parent == c.id ? c.name : parent);
    sort_by_name(list);
    return list;
  }
  void place(const Customer& c, int depth, const std::string& parent_name) {
    if (!placed.insert(c.id).second) return;
    out.push_back({c, depth, parent_name});
    for (const auto& [child, parent] : below(c)) place(*child, depth + 1, parent);
  }
};

}  // namespace

CustomerDirectory compute_customers(const Records& data, const ReportHeading& heading) {
  const Hierarchy tree = customer_hierarchy(data);
  Layout layout{data, tree, {}, {}};
  // A top left out with errors leaves the customers below it at the top, each under
  // the id of the one it belongs to.
  Placed roots;
  for (const auto& id : tree.tops()) {
    if (const auto* c = data.customer(id))
      roots.emplace_back(c, "");
    else
      for (const auto& below : customers_below(data, tree, id)) roots.push_back(below);
  }
  sort_by_name(roots);
  for (const auto& [c, parent] : roots) layout.place(*c, 0, parent);
  // Customers in a cycle have no way up to a top; list them at the top, by name.
  std::vector<const Customer*> rest;
  for (const auto& c : data.customers)
    if (!layout.placed.count(c.id)) rest.push_back(&c);
  std::sort(rest.begin(), rest.end(), by_name);
  for (const auto* c : rest) layout.place(*c, 0, "");
  return {heading, std::move(layout.out), contact_figures(data.customers)};
}

}  // namespace brm
