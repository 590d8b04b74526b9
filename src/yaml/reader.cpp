#include "brm/yaml/reader.hpp"

#include <yaml.h>

#include <fmt/format.h>

#include <memory>
#include <functional>
#include <string_view>
#include <vector>

#include "brm/util/i18n.hpp"
#include "byte_checks.hpp"
#include "parse_arena.hpp"
#include "parser.hpp"

namespace brm::yaml {

/// Builds a Document from libyaml events; the only code that fills a Document.
class Builder {
 public:
  Builder(const std::string& path, Diagnostics& out) : path_(path), out_(out) {
    nodes_.clear(), kids_.clear(), text_.clear(), pending_.clear(), open_.clear();
  }

  void scalar(const yaml_event_t& e) {
    Node n = start_node(NodeType::scalar, e);
    n.style = style_of(e.data.scalar.style);
    const auto* tag = reinterpret_cast<const char*>(e.data.scalar.tag);
    n.tagged_str = tag && std::string_view(tag) == "tag:yaml.org,2002:str";
    n.first = static_cast<std::uint32_t>(text_.size());
    n.count = static_cast<std::uint32_t>(e.data.scalar.length);
    text_.append(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
    n.end = static_cast<std::uint32_t>(e.end_mark.index);
    add(n);
  }

  void open(NodeType type, const yaml_event_t& e, bool flow) {
    Node n = start_node(type, e);
    n.flow = flow;
    const auto index = add(n);
    open_.push_back({index, pending_.size()});
  }

  void close(const yaml_event_t& e) {
    const auto [index, start] = open_.back();
    open_.pop_back();
    Node& n = nodes_[index];
    n.end = static_cast<std::uint32_t>(e.end_mark.index);
    if (n.type == NodeType::mapping) drop_bad_keys(start);
    n.first = static_cast<std::uint32_t>(kids_.size());
    n.count = static_cast<std::uint32_t>(pending_.size() - start);
    kids_.insert(kids_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(start), pending_.end());
    pending_.resize(start);
  }

  std::size_t depth() const { return open_.size(); }

  /// Whether the document is large enough to be handed over rather than copied.
  static bool large() { return nodes_.size() > handed_over_nodes; }
  static const Node* scratch_root() { return nodes_.empty() ? nullptr : nodes_.data(); }

  /// The document, owning this thread's scratch space, which starts afresh for the next
  /// file: a large file is not held twice (scratch and copy) nor copied.
  static Document take() {
    struct Owned {
      std::vector<Node> nodes;
      std::vector<std::uint32_t> kids;
      std::string text;
    };
    auto owned = std::make_shared<Owned>(Owned{std::move(nodes_), std::move(kids_), std::move(text_)});
    nodes_ = {}, kids_ = {}, text_ = {};
    Document doc;
    doc.nodes_ = owned->nodes.data();
    doc.kids_ = owned->kids.data();
    doc.text_ = owned->text.data();
    doc.node_count_ = static_cast<std::uint32_t>(owned->nodes.size());
    doc.kid_count_ = static_cast<std::uint32_t>(owned->kids.size());
    doc.text_size_ = static_cast<std::uint32_t>(owned->text.size());
    doc.storage_ = std::move(owned);
    return doc;
  }
  /// A view of the scratch buffers, valid until this thread parses the next file.
  Document view() const {
    Document doc;
    doc.nodes_ = nodes_.data();
    doc.kids_ = kids_.data();
    doc.text_ = text_.data();
    doc.node_count_ = static_cast<std::uint32_t>(nodes_.size());
    doc.kid_count_ = static_cast<std::uint32_t>(kids_.size());
    doc.text_size_ = static_cast<std::uint32_t>(text_.size());
    return doc;
  }

 private:
  struct Open {
    std::uint32_t node;
    std::size_t pending_start;
  };

  static ScalarStyle style_of(yaml_scalar_style_t s) {
    switch (s) {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE:
        return ScalarStyle::single_quoted;
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        return ScalarStyle::double_quoted;
      case YAML_LITERAL_SCALAR_STYLE:
        return ScalarStyle::literal;
      case YAML_FOLDED_SCALAR_STYLE:
        return ScalarStyle::folded;
      default:
        return ScalarStyle::plain;
    }
  }

  static Node start_node(NodeType type, const yaml_event_t& e) {
    Node n;
    n.type = type;
    n.pos = {static_cast<std::uint32_t>(e.start_mark.line + 1), static_cast<std::uint32_t>(e.start_mark.column + 1)};
    n.begin = static_cast<std::uint32_t>(e.start_mark.index);
    return n;
  }

  std::uint32_t add(const Node& n) {
    const auto index = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back(n);
    pending_.push_back(index);
    return index;
  }

  // Keeps the first of repeated keys (so later checks see one value) and drops keys
  // that are not plain text; both are reported here, once.
  void drop_bad_keys(std::size_t start) {
    // A scan of the keys before is fastest for the mappings records hold; past a few
    // dozen keys a hash set keeps a hostile mapping of 100,000 keys linear.
    const bool large = pending_.size() - start > 2 * scanned_keys;
    if (large) clear_seen((pending_.size() - start) / 2);
    std::size_t write = start, repeated = 0;
    const Node* more_at = nullptr;
    for (std::size_t i = start; i + 1 < pending_.size(); i += 2) {
      const Node& key = nodes_[pending_[i]];
      if (key.type != NodeType::scalar) {
        out_.push_back(
            {path_, key.pos, Severity::error, "invalid-key", tr("a key must be a plain name, not a list or mapping")});
        continue;
      }
      if (const Node* first = large ? seen_key(pending_[i]) : earlier_key(start, write, text(key))) {
        // Past the first few dozen, the rest are told in one line at the next one.
        if (++repeated <= listed_repeats)
          out_.push_back({path_, key.pos, Severity::error, "duplicate-key",
                          trf("key '{}' appears twice in this mapping (first at line {}); only the first is used",
                              text(key), first->pos.line)});
        else if (!more_at)
          more_at = &key;
        continue;
      }
      pending_[write++] = pending_[i];
      pending_[write++] = pending_[i + 1];
    }
    pending_.resize(write);
    if (more_at)
      out_.push_back({path_, more_at->pos, Severity::error, "duplicate-key",
                      trf("{} more repeated keys in this mapping from here on are not listed; only the first of each "
                          "is used",
                          repeated - listed_repeats)});
  }

  const Node* earlier_key(std::size_t start, std::size_t stop, std::string_view name) const {
    for (std::size_t j = start; j < stop; j += 2)
      if (text(nodes_[pending_[j]]) == name) return &nodes_[pending_[j]];
    return nullptr;
  }

  // The keys seen in a large mapping: an open-addressing table of node indices, at
  // most half full. A node-based hash map allocated once per key, which cost a mapping
  // of 100,000 keys 4 MB and most of its time in fresh pages.
  static constexpr std::uint32_t empty_slot = ~std::uint32_t{0};

  static void clear_seen(std::size_t keys) {
    std::size_t slots = 64;
    while (slots < 2 * keys) slots *= 2;
    seen_.assign(slots, empty_slot);
  }

  /// The first key with this node's text, or nullptr after noting this one as the first.
  const Node* seen_key(std::uint32_t index) const {
    const auto name = text(nodes_[index]);
    const std::size_t mask = seen_.size() - 1;
    for (std::size_t slot = std::hash<std::string_view>{}(name) & mask;; slot = (slot + 1) & mask) {
      if (seen_[slot] == empty_slot) return seen_[slot] = index, nullptr;
      if (text(nodes_[seen_[slot]]) == name) return &nodes_[seen_[slot]];
    }
  }

  std::string_view text(const Node& n) const { return {text_.data() + n.first, n.count}; }

  static constexpr std::size_t scanned_keys = 32;
  static constexpr std::size_t handed_over_nodes = std::size_t{1} << 14;
  static constexpr std::size_t listed_repeats = 50;

  const std::string& path_;
  Diagnostics& out_;
  // Scratch space reused by every file a thread reads, so parsing does not allocate.
  static thread_local std::vector<Node> nodes_;
  static thread_local std::vector<std::uint32_t> kids_;
  static thread_local std::string text_;
  static thread_local std::vector<std::uint32_t> pending_;
  static thread_local std::vector<Open> open_;
  static thread_local std::vector<std::uint32_t> seen_;
};

thread_local std::vector<Node> Builder::nodes_;
thread_local std::vector<std::uint32_t> Builder::kids_;
thread_local std::string Builder::text_;
thread_local std::vector<std::uint32_t> Builder::pending_;
thread_local std::vector<Builder::Open> Builder::open_;
thread_local std::vector<std::uint32_t> Builder::seen_;

namespace {

// Only ever filled by yaml_parser_parse, which clears it first (also when it fails);
// zeroing its 104 bytes here as well cost a third of this file's own time.
// While nothing has spilled out of the parse arena, every block an event owns is in
// the arena, where freeing does nothing: yaml_event_delete would then only clear the
// event (another 104-byte fill per event), so it is called only after a spill.
struct Event {
  yaml_event_t e;
  const ArenaScope& arena;
  explicit Event(const ArenaScope& scope) : arena(scope) {}
  ~Event() {
    if (arena.spilled()) yaml_event_delete(&e);
  }
};

Position mark_position(const yaml_mark_t& m) {
  return {static_cast<std::uint32_t>(m.line + 1), static_cast<std::uint32_t>(m.column + 1)};
}

/// The byte where libyaml's character index points: it counts characters (each UTF-8
/// sequence once) from after a byte order mark.
std::size_t byte_of_character(std::string_view bytes, std::size_t index) {
  std::size_t at = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (; at < bytes.size(); ++at)
    if ((static_cast<unsigned char>(bytes[at]) & 0xC0) != 0x80 && index-- == 0) return at;
  return bytes.size();
}

// libyaml's problem and context stay in English: they come from libyaml.
std::string syntax_message(const yaml_parser_t& p, std::string_view bytes) {
  const char* problem = p.problem ? p.problem : tr("unknown problem");
  const auto at = byte_of_character(bytes, p.problem_mark.index);
  if (at < bytes.size() && bytes[at] == '\t')
    return p.context
               ? trf("invalid YAML: {} ({}); YAML does not allow tabs for indentation, use spaces", problem, p.context)
               : trf("invalid YAML: {}; YAML does not allow tabs for indentation, use spaces", problem);
  return p.context ? trf("invalid YAML: {} ({})", problem, p.context) : trf("invalid YAML: {}", problem);
}

/// The text of the line a mark is on, from the mark to the end of the line.
std::string_view rest_of_line(std::string_view bytes, const yaml_mark_t& m) {
  const auto at = byte_of_character(bytes, m.index);
  const auto end = bytes.find_first_of("\r\n", at);
  return bytes.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
}

/// A syntax error where the fault is, in words. libyaml notices an unclosed quote,
/// '[' or '{' only where the file ends or the next key begins, and "owner:Dan" only on
/// the next line; its context mark is where the quote, bracket or would-be key starts.
Diagnostic syntax_diagnostic(const yaml_parser_t& p, std::string_view bytes, const std::string& path) {
  const std::string_view context = p.context ? p.context : "";
  const std::string_view problem = p.problem ? p.problem : "";
  const auto opened = mark_position(p.context_mark);
  const auto problem_at = mark_position(p.problem_mark);
  auto at_context = [&](std::string message) {
    return Diagnostic{path, opened, Severity::error, "yaml-syntax", std::move(message)};
  };
  if (context == "while scanning a quoted scalar" && problem == "found unexpected end of stream")
    return at_context(
        tr("invalid YAML: the quoted text that starts here is never closed: the file ends before its "
           "closing quote"));
  if (context == "while parsing a flow sequence")
    return at_context(trf("invalid YAML: the list that starts here with '[' is not closed: {} at line {}, column {}",
                          problem, problem_at.line, problem_at.column));
  if (context == "while parsing a flow mapping")
    return at_context(
        trf("invalid YAML: the mapping that starts here with '{{' is not closed: {} at line {}, column {}", problem,
            problem_at.line, problem_at.column));
  if (context == "while scanning a simple key" && problem == "could not find expected ':'") {
    const auto line = rest_of_line(bytes, p.context_mark);
    const auto colon = line.find(':');
    if (colon != std::string_view::npos && colon + 1 < line.size() && line[colon + 1] != ' ')
      return at_context(
          trf("invalid YAML: '{}' has no space after the colon, so YAML reads it as text, not "
              "as a key and a value; write '{}: {}'",
              line, line.substr(0, colon), line.substr(colon + 1)));
  }
  return {path, problem_at, Severity::error, "yaml-syntax", syntax_message(p, bytes)};
}

}  // namespace

std::optional<Document> read_document(std::string_view bytes, const std::string& path, Diagnostics& out,
                                      const Limits& limits, Keep keep) {
  if (bytes.size() > limits.max_bytes) {
    out.push_back({path,
                   {1, 1},
                   Severity::error,
                   "file-too-large",
                   trf("the file is {} bytes; a record may be at most {} bytes", bytes.size(), limits.max_bytes)});
    return std::nullopt;
  }
  // Windows editors save UTF-8 with a byte order mark. libyaml skips one only when it
  // detects the encoding itself, which the explicit UTF-8 below turns off.
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!check_bytes(bytes, path, out)) return std::nullopt;

  static thread_local ReusedParser reused;
  yaml_parser_t& parser = reused.fresh();
  const ArenaScope arena;  // after fresh(), which may still free what the last parse left
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  Builder b(path, out);
  int documents = 0;
  for (bool more = true; more;) {
    Event ev(arena);
    if (!yaml_parser_parse(&parser, &ev.e)) {
      out.push_back(syntax_diagnostic(parser, bytes, path));
      return std::nullopt;
    }
    const auto& e = ev.e;
    switch (e.type) {
      case YAML_STREAM_END_EVENT:
        more = false;
        break;
      case YAML_DOCUMENT_START_EVENT:
        if (++documents > 1) {
          out.push_back({path, mark_position(e.start_mark), Severity::error, "multiple-documents",
                         tr("the file holds more than one YAML document ('---'); keep one record per file")});
          return std::nullopt;
        }
        break;
      case YAML_ALIAS_EVENT:
        out.push_back({path, mark_position(e.start_mark), Severity::error, "yaml-alias",
                       trf("aliases (*{}) are not allowed in records; write the value out",
                           reinterpret_cast<const char*>(e.data.alias.anchor))});
        return std::nullopt;
      case YAML_SCALAR_EVENT:
        b.scalar(e);
        break;
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        if (b.depth() >= limits.max_depth) {
          out.push_back({path, mark_position(e.start_mark), Severity::error, "too-deep",
                         trf("nesting deeper than {} levels", limits.max_depth)});
          return std::nullopt;
        }
        const bool mapping = e.type == YAML_MAPPING_START_EVENT;
        const bool flow = mapping ? e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                  : e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
        b.open(mapping ? NodeType::mapping : NodeType::sequence, e, flow);
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        b.close(e);
        break;
      default:
        break;
    }
  }
  Document doc = b.view();
  const Node* root = doc.root();
  if (!root || doc.is_null(*root)) {
    out.push_back({path, {1, 1}, Severity::error, "empty-file", tr("the file is empty")});
    return std::nullopt;
  }
  if (root->type != NodeType::mapping) {
    out.push_back({path, root->pos, Severity::error, "not-a-mapping",
                   tr("the top level must be a mapping of fields (name: value), not a list or a single value")});
    return std::nullopt;
  }
  return keep == Keep::view ? doc : own(doc);
}

Document own(const Document& view) {
  return Builder::large() && view.root() == Builder::scratch_root() ? Builder::take() : view.copy();
}

}  // namespace brm::yaml
