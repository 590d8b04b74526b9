#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brm/yaml/document.hpp"

namespace brm::yaml {

/// A value to write: `text` is rendered with the quoting YAML needs unless `raw`
/// (dates, numbers and enum words are written as they are).
struct Value {
  std::string text;
  bool raw = false;
};

/// Changes a file in place, touching only the bytes of what changes: comments, key
/// order, quoting and flow or block style everywhere else stay as they were.
/// Edits are collected and applied at once by result(); they must not overlap.
/// Line breaks are read as libyaml reads them (LF, CR, CR LF, NEL, LS, PS); new lines
/// take the file's own line ending; a UTF-8 byte order mark is kept.
class SourceEditor {
 public:
  SourceEditor(std::string_view source, const Document& doc);

  /// Replaces the scalar under `key` in `map`; false when there is no such scalar.
  bool set_scalar(const Node& map, std::string_view key, const Value& value);
  /// Adds `key: value` to the block mapping `map` on the line after the entry `after`.
  void insert_after(const Node& map, std::string_view after, std::string_view key, const Value& value);
  /// Takes `key: value` out of the block mapping `map`, with the whole lines it stands on
  /// (a comment at the end of them goes too). False, changing nothing, for any other
  /// shape: a flow mapping, an explicit "? key", a key after other text on its line, or
  /// a value that is not a scalar.
  bool remove_entry(const Node& map, std::string_view key);
  /// Appends a mapping to the list under `key` in `map`, in the list's own style
  /// (block or flow); adds the key at the end of `map` when it is missing. False,
  /// changing nothing, for the one shape nothing can follow: a flow list whose last
  /// entry is an empty explicit key ("[?,]", "[a, ?,]"), after which libyaml reads no
  /// further entry.
  bool append_item(const Node& map, std::string_view key, const std::vector<std::pair<std::string, Value>>& fields);

  /// The source with every edit applied.
  std::string result() const;

 private:
  // Where inserts meet at one place, items that continue a list there come before new
  // keys, or the key would end up between the list and its new item.
  // A change inside the text there (a block's header that ends the file) comes first.
  enum class Order { in_place, continues, new_key };
  struct Edit {
    std::size_t begin, end;
    std::string text;
    bool whole_lines = false;  // must start on a line of its own
    Order order = Order::new_key;
  };

  std::size_t offset(std::uint32_t char_index) const;
  std::size_t after_node(const Node& n) const;
  std::string indent_of(const Node& n) const;
  std::string keys_indent(const Node& map) const;
  std::optional<std::size_t> explicit_key_line(std::size_t line) const;
  std::size_t end_of_record() const;
  std::string render(const Value& v, std::size_t indent) const;
  void add(std::size_t begin, std::size_t end, std::string text);
  void add_lines(std::size_t at, std::string lines, Order order = Order::new_key);
  std::optional<Edit> end_of_file_fix() const;
  std::string flow_item(const std::vector<std::pair<std::string, Value>>& fields) const;
  std::string block_item(const std::vector<std::pair<std::string, Value>>& fields, const std::string& dash_indent,
                         const std::string& key_indent, bool no_blocks) const;
  bool indented_line_at(std::size_t at) const;
  std::size_t past_tab_indented(std::size_t at) const;
  bool value_indicator_between(std::size_t from, std::size_t to) const;
  std::size_t past_properties(std::size_t at, std::size_t stop) const;
  bool ends_in_empty_pair(const Node& seq) const;
  void untab_lines(std::size_t at);
  void remove_value(std::size_t begin, std::size_t end);
  std::string dash_indent(const Node& seq) const;

  std::string_view source_;
  const Document& doc_;
  std::size_t bom_;  // bytes of a byte order mark before the text libyaml indexes
  std::string eol_;
  std::vector<Edit> edits_;
};

}  // namespace brm::yaml
