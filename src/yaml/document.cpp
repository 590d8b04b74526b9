#include "brm/yaml/document.hpp"

namespace brm::yaml {

const Node* Document::find(const Node& map, std::string_view key_text) const {
  if (map.type != NodeType::mapping) return nullptr;
  for (std::size_t i = 0, n = size(map); i < n; ++i)
    if (text(key(map, i)) == key_text) return &value(map, i);
  return nullptr;
}

std::string_view Document::find_text(const Node& map, std::string_view key_text) const {
  const Node* v = find(map, key_text);
  return v && v->type == NodeType::scalar ? text(*v) : std::string_view{};
}

ScalarKind Document::kind(const Node& n) const {
  if (n.style != ScalarStyle::plain || n.tagged_str) return ScalarKind::string;
  return resolve_plain(text(n));
}

}  // namespace brm::yaml
