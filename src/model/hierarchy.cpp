#include "brm/model/hierarchy.hpp"

#include <algorithm>

namespace brm {

Hierarchy::Hierarchy(const std::vector<std::pair<std::string, std::string>>& links) {
  for (const auto& [id, parent] : links) parent_.emplace(id, parent);
  // A parent counts only when it is a customer of the hierarchy; a customer that is
  // its own parent is a loop (for cycles) and a top (for the walks down).
  for (auto& [id, parent] : parent_)
    if (!parent_.count(parent)) parent.clear();
  for (const auto& [id, parent] : parent_)
    if (!parent.empty() && parent != id) children_[parent].push_back(id);  // map order: by id
}

const std::string& Hierarchy::parent(const std::string& id) const {
  static const std::string none;
  const auto it = parent_.find(id);
  return it == parent_.end() ? none : it->second;
}

std::set<std::string, std::less<>> Hierarchy::subtree(std::string_view root) const {
  std::set<std::string, std::less<>> in{std::string(root)};
  std::vector<std::string> todo{std::string(root)};
  while (!todo.empty()) {
    const auto id = std::move(todo.back());
    todo.pop_back();
    for (const auto& child : children(id))
      if (in.insert(child).second) todo.push_back(child);  // a loop ends where it began
  }
  return in;
}

std::vector<std::string> Hierarchy::children(std::string_view id) const {
  const auto it = children_.find(id);
  return it == children_.end() ? std::vector<std::string>{} : it->second;
}

std::vector<std::string> Hierarchy::tops() const {
  std::vector<std::string> out;
  for (const auto& [id, parent] : parent_)
    if (parent.empty() || parent == id) out.push_back(id);
  return out;
}

std::vector<std::vector<std::string>> Hierarchy::cycles() const {
  // Colour 1: on the chain being walked; 2: known to end (or already reported). Keys
  // are the map's own strings, which outlive the walk.
  std::map<std::string_view, int> colour;
  std::vector<std::vector<std::string>> out;
  for (const auto& [start, ignored] : parent_) {
    std::vector<std::string_view> chain;
    for (auto it = parent_.find(start); it != parent_.end() && !colour[it->first];) {
      colour[it->first] = 1;
      chain.push_back(it->first);
      it = it->second.empty() ? parent_.end() : parent_.find(it->second);
      if (it != parent_.end() && colour[it->first] == 1) {
        std::vector<std::string> loop(std::find(chain.begin(), chain.end(), it->first), chain.end());
        loop.push_back(it->first);
        out.push_back(std::move(loop));
        break;
      }
    }
    for (auto id : chain) colour[id] = 2;
  }
  return out;
}

}  // namespace brm
