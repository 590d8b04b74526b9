#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "brm/model/diagnostic.hpp"

namespace brm::yaml {

enum class NodeType : std::uint8_t { scalar, sequence, mapping };
enum class ScalarStyle : std::uint8_t { plain, single_quoted, double_quoted, literal, folded };

/// What a scalar means once YAML's implicit typing is applied (plain scalars only;
/// a quoted or block scalar is always a string).
enum class ScalarKind : std::uint8_t { null, boolean, integer, floating, timestamp, string };

/// Whether a plain scalar with this text is null in YAML 1.1 (empty, ~, null).
bool is_null_text(std::string_view text);

/// One node of a parsed file. Kept to 28 bytes because a large workspace holds
/// millions of them; text and children live in the owning Document.
struct Node {
  NodeType type = NodeType::scalar;
  ScalarStyle style = ScalarStyle::plain;
  bool flow = false;        // written in flow style: [a, b] or {a: b}
  bool tagged_str = false;  // explicit !!str tag: a string whatever it looks like
  Position pos;             // where the node starts
  std::uint32_t begin = 0;  // start, in characters from the start of the file
  std::uint32_t end = 0;    // one past the end, in characters
  std::uint32_t first = 0;  // scalar: offset into text; container: offset into kids
  std::uint32_t count = 0;  // scalar: byte length; container: number of kids entries
};

/// A parsed file: a tree of nodes with the position of every key and value.
/// Mapping children are stored as key, value, key, value...
/// A Document either owns its storage (one block for nodes, child lists and text)
/// or is a view into the reader's scratch space, valid until the same thread reads
/// the next file; copy() turns a view into an owning document.
class Document {
 public:
  const Node* root() const { return node_count_ ? &nodes_[0] : nullptr; }
  std::string_view text(const Node& n) const { return {text_ + n.first, n.count}; }
  std::span<const std::uint32_t> kids(const Node& n) const { return {kids_ + n.first, n.count}; }
  const Node& at(std::uint32_t index) const { return nodes_[index]; }

  /// Number of entries in a mapping or items in a sequence.
  std::size_t size(const Node& n) const { return n.type == NodeType::mapping ? n.count / 2 : n.count; }
  const Node& key(const Node& map, std::size_t i) const { return nodes_[kids_[map.first + 2 * i]]; }
  const Node& value(const Node& map, std::size_t i) const { return nodes_[kids_[map.first + 2 * i + 1]]; }
  const Node& item(const Node& seq, std::size_t i) const { return nodes_[kids_[seq.first + i]]; }

  /// The value under `key` in a mapping, or nullptr (also when `map` is not a mapping).
  const Node* find(const Node& map, std::string_view key) const;
  /// The key node itself (where a diagnostic about the whole entry belongs), or nullptr.
  const Node* find_key(const Node& map, std::string_view key) const;
  /// The scalar text under `key`, or an empty view when absent or not a scalar.
  std::string_view find_text(const Node& map, std::string_view key) const;

  ScalarKind kind(const Node& scalar) const;
  /// The value of a scalar that YAML reads as an integer or a float (parse_number, the
  /// one reading of numbers); nullopt for anything else, quoted "4" included.
  std::optional<double> number(const Node& n) const;
  /// Same as kind(n) == ScalarKind::null for a scalar, without trying the other kinds
  /// (the checks ask this of nearly every value).
  bool is_null(const Node& n) const {
    return n.type == NodeType::scalar && n.style == ScalarStyle::plain && !n.tagged_str && is_null_text(text(n));
  }

  /// An owning copy, in a single allocation sized exactly.
  Document copy() const;

 private:
  friend class Builder;
  const Node* nodes_ = nullptr;
  const std::uint32_t* kids_ = nullptr;
  const char* text_ = nullptr;
  std::uint32_t node_count_ = 0;
  std::uint32_t kid_count_ = 0;
  std::uint32_t text_size_ = 0;
  std::shared_ptr<const void> storage_;  // one block (copy) or the reader's buffers (a large file)
};

/// YAML 1.1 implicit typing of a plain scalar, as libyaml-based tools read it.
ScalarKind resolve_plain(std::string_view text);

const char* scalar_kind_name(ScalarKind k);

}  // namespace brm::yaml
