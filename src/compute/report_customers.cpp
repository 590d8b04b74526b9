#include "brm/compute/report_customers.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace brm {

std::set<Kind> customers_kinds() { return {Kind::customer}; }

namespace {

struct Tree {
  const Records& data;
  std::map<std::string, std::vector<const Customer*>, std::less<>> children;
  std::set<std::string, std::less<>> placed;
  std::vector<DirectoryEntry> out;

  void place(const Customer& c, int depth, const std::string& parent_name) {
    if (!placed.insert(c.id).second) return;
    out.push_back({c, depth, parent_name});
    if (const auto it = children.find(c.id); it != children.end())
      for (const auto* child : it->second) place(*child, depth + 1, c.name);
  }
};

bool by_name(const Customer* a, const Customer* b) {
  return std::tie(a->name, a->id) < std::tie(b->name, b->id);
}

}  // namespace

CustomerDirectory compute_customers(const Records& data, const ReportHeading& heading) {
  Tree tree{data, {}, {}, {}};
  std::vector<const Customer*> tops;
  for (const auto& c : data.customers) {
    if (c.parent.empty() || c.parent == c.id || !data.customer(c.parent))
      tops.push_back(&c);
    else
      tree.children[c.parent].push_back(&c);
  }
  std::sort(tops.begin(), tops.end(), by_name);
  for (auto& [id, list] : tree.children) std::sort(list.begin(), list.end(), by_name);
  for (const auto* c : tops) tree.place(*c, 0, "");
  // Customers in a cycle have no way up to a top; list them at the top, by name.
  std::vector<const Customer*> rest;
  for (const auto& c : data.customers)
    if (!tree.placed.count(c.id)) rest.push_back(&c);
  std::sort(rest.begin(), rest.end(), by_name);
  for (const auto* c : rest) tree.place(*c, 0, "");
  return {heading, std::move(tree.out), contact_figures(data.customers)};
}

}  // namespace brm
