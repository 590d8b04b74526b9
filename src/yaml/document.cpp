#include "brm/yaml/document.hpp"

#include <cstring>

namespace brm::yaml {

const Node* Document::find(const Node& map, std::string_view key_text) const {
  if (map.type != NodeType::mapping) return nullptr;
  for (std::size_t i = 0, n = size(map); i < n; ++i)
    if (text(key(map, i)) == key_text) return &value(map, i);
  return nullptr;
}

const Node* Document::find_key(const Node& map, std::string_view key_text) const {
  if (map.type != NodeType::mapping) return nullptr;
  for (std::size_t i = 0, n = size(map); i < n; ++i)
    if (text(key(map, i)) == key_text) return &key(map, i);
  return nullptr;
}

std::string_view Document::find_text(const Node& map, std::string_view key_text) const {
  const Node* v = find(map, key_text);
  return v && v->type == NodeType::scalar ? text(*v) : std::string_view{};
}

Document Document::copy() const {
  static_assert(alignof(Node) == alignof(std::uint32_t));
  const std::size_t node_bytes = node_count_ * sizeof(Node), kid_bytes = kid_count_ * sizeof(std::uint32_t);
  auto block = std::make_shared_for_overwrite<std::byte[]>(node_bytes + kid_bytes + text_size_);
  // An empty part ("{}" has no kids and no text) can be a null pointer, which memcpy
  // must not be given even for zero bytes.
  if (node_bytes) std::memcpy(block.get(), nodes_, node_bytes);
  if (kid_bytes) std::memcpy(block.get() + node_bytes, kids_, kid_bytes);
  if (text_size_) std::memcpy(block.get() + node_bytes + kid_bytes, text_, text_size_);
  Document d = *this;
  d.nodes_ = reinterpret_cast<const Node*>(block.get());
  d.kids_ = reinterpret_cast<const std::uint32_t*>(block.get() + node_bytes);
  d.text_ = reinterpret_cast<const char*>(block.get() + node_bytes + kid_bytes);
  d.storage_ = std::move(block);
  return d;
}

ScalarKind Document::kind(const Node& n) const {
  if (n.style != ScalarStyle::plain || n.tagged_str) return ScalarKind::string;
  return resolve_plain(text(n));
}

}  // namespace brm::yaml
