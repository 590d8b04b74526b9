#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace brm {

/// The customer hierarchy as parent links: the one walk behind the parent-cycle check,
/// review --tree and the customer directory. A customer whose parent is not a customer
/// of the hierarchy, or is itself, is a top.
class Hierarchy {
 public:
  /// Each customer's id and its parent's id (empty for none), in any order.
  explicit Hierarchy(const std::vector<std::pair<std::string, std::string>>& links);

  /// The customer and every customer below it, however deep.
  std::set<std::string, std::less<>> subtree(std::string_view root) const;
  /// The customers directly below `id`, ordered by id.
  std::vector<std::string> children(std::string_view id) const;
  /// The customers with no parent in the hierarchy, ordered by id.
  std::vector<std::string> tops() const;
  /// Each loop in the parent chains once, as found walking up from each customer in id
  /// order: its members from the first met, ending with that first one again.
  std::vector<std::vector<std::string>> cycles() const;

 private:
  /// The parent in the hierarchy, or empty.
  const std::string& parent(const std::string& id) const;
  std::map<std::string, std::string, std::less<>> parent_;
  std::map<std::string, std::vector<std::string>, std::less<>> children_;
};

}  // namespace brm
