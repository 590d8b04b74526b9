#include "brm/yaml/editor.hpp"

#include <algorithm>
#include <optional>

#include "brm/yaml/writer.hpp"
#include "line_breaks.hpp"

namespace brm::yaml {
namespace {

// The deepest last node under `n`: its end is where the text of `n` really stops
// (a mapping's own end mark can lie past comments that follow it).
const Node& last_leaf(const Document& doc, const Node& n) {
  if (n.type == NodeType::scalar || n.count == 0 || n.flow) return n;
  return last_leaf(doc, doc.at(doc.kids(n)[n.count - 1]));
}

/// Spaces before the first other character of inserted lines: how deep they stand.
std::size_t leading_spaces(std::string_view text) {
  const auto n = text.find_first_not_of(' ');
  return n == std::string_view::npos ? text.size() : n;
}

}  // namespace

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

SourceEditor::SourceEditor(std::string_view source, const Document& doc)
    : source_(source),
      doc_(doc),
      bom_(source.starts_with(byte_order_mark) ? byte_order_mark.size() : 0),
      eol_(line_ending_of(source)) {}

// libyaml counts characters from after the byte order mark (the reader skips it); the
// source is UTF-8, so walk it to find the byte.
std::size_t SourceEditor::offset(std::uint32_t char_index) const {
  std::size_t byte = bom_;
  for (std::uint32_t c = 0; c < char_index && byte < source_.size(); ++c) {
    ++byte;
    while (byte < source_.size() && (static_cast<unsigned char>(source_[byte]) & 0xC0) == 0x80) ++byte;
  }
  return byte;
}

// The start of the line after `n` ends (a block scalar already ends at a line start).
std::size_t SourceEditor::after_node(const Node& n) const {
  const auto end = offset(last_leaf(doc_, n).end);
  return ends_with_break(source_, end) ? end : next_line(source_, end);
}

// Generated text breaks lines with '\n' (escapes inside quotes never hold a raw one);
// the file gets its own line ending instead.
void SourceEditor::add(std::size_t begin, std::size_t end, std::string text) {
  if (eol_ != "\n")
    for (auto at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + eol_.size()))
      text.replace(at, 1, eol_);
  edits_.push_back({begin, end, std::move(text)});
}

// Whole lines inserted at `at`; at the end of a file without a final line break they
// start on a line of their own (result() adds the break once).
void SourceEditor::add_lines(std::size_t at, std::string lines, Order order) {
  add(at, at, std::move(lines));
  edits_.back().whole_lines = true;
  edits_.back().order = order;
}

std::string SourceEditor::indent_of(const Node& n) const { return std::string(n.pos.column - 1, ' '); }

// Where the keys of `map` start: the indentation of its first key's line. A top level
// can be indented; a mapping's own position is that of a tag before it, and a key's
// that of the text after an explicit "? ".
// Where new top-level keys go when there is no entry to put them after: the end of
// the file, or before a document end marker ("...") that closes the record.
std::size_t SourceEditor::end_of_record() const {
  for (auto at = after_node(*doc_.root()); at < source_.size(); at = next_line(source_, at))
    if (source_.substr(at).starts_with("...")) return at;
  return source_.size();
}

// A key on a line after its explicit "?" (with only empty or comment lines between)
// lines up with the "?": the start of the "?" line, or nullopt when the key at `line`
// has no "?" above it.
std::optional<std::size_t> SourceEditor::explicit_key_line(std::size_t line) const {
  while (line > bom_) {
    auto start = line - break_before(source_, line);
    while (start > bom_ && !ends_with_break(source_, start)) --start;
    const auto text = source_.substr(start, line - start);
    // libyaml skips a byte order mark at the start of a line.
    const auto lead = text.find_first_not_of(" \t", text.starts_with(byte_order_mark) ? byte_order_mark.size() : 0);
    if (lead != std::string_view::npos && text[lead] == '?') {
      const auto rest = text.find_first_not_of(" \t", lead + 1);
      const bool bare = rest == std::string_view::npos || break_at(text, rest) || text[rest] == '#';
      return bare ? std::optional(start) : std::nullopt;
    }
    if (lead != std::string_view::npos && !break_at(text, lead) && text[lead] != '#') return std::nullopt;
    line = start;
  }
  return std::nullopt;
}

std::string SourceEditor::keys_indent(const Node& map) const {
  if (!map.count) return indent_of(map);
  auto line = offset(doc_.key(map, 0).begin);
  while (line > bom_ && !ends_with_break(source_, line)) --line;
  if (const auto q = explicit_key_line(line)) line = *q;
  // libyaml skips a byte order mark at the start of any line, counting it as a column.
  std::size_t columns = 0;
  auto at = line;
  for (; at < source_.size(); ++columns) {
    if (source_[at] == ' ') ++at;
    else if (at == line && source_.substr(at).starts_with(byte_order_mark)) at += byte_order_mark.size();
    else break;
  }
  // A mapping that is a list item starts on the item's "- " line: its keys stand in the
  // column of the first key, past the dash (or dashes, for a list in a list).
  const Node& first = doc_.key(map, 0);
  const auto key_at = offset(first.begin);
  if (at < key_at && source_[at] == '-') {
    auto past = at;
    while (past < key_at && (source_[past] == '-' || source_[past] == ' ' || source_[past] == '\t')) ++past;
    if (past == key_at) return std::string(first.pos.column - 1, ' ');
  }
  return std::string(columns, ' ');
}

std::string SourceEditor::render(const Value& v, std::size_t indent) const {
  return v.raw ? v.text : scalar_for(v.text, static_cast<unsigned>(indent));
}

bool SourceEditor::set_scalar(const Node& map, std::string_view key, const Value& value) {
  const Node* v = doc_.find(map, key);
  if (!v || v->type != NodeType::scalar) return false;
  auto begin = offset(v->begin), end = offset(v->end);
  const bool empty = begin == end;  // "key:" with nothing after it (end may move below)
  const Node* k = doc_.find_key(map, key);
  if (empty && !value_indicator_between(offset(k->end), begin)) {
    // "? key" with no ":" line: the value goes on a ":" line of its own, after which
    // whatever followed the key (a comment, say) still follows; no block, which would
    // take that in.
    const bool plain = value.raw || (value.text.find('\n') == std::string::npos && plain_is_safe(value.text));
    std::string line = keys_indent(map);
    line.insert(line.begin(), '\n');
    line += ": ";
    line += plain ? render(value, 0) : double_quoted(value.text);
    add(offset(k->end), offset(k->end), std::move(line));
    edits_.back().order = Order::in_place;  // before a new key added at the same place
    if (!plain) untab_lines(after_node(*k));  // lines the plain key carried now follow the value
    return true;
  }
  std::string text = render(value, k->pos.column - 1 + 2);
  // A block scalar's span runs through its final line break and any empty lines after
  // it: replace up to that break, keeping those lines and the user's own line break.
  if (begin < end && ends_with_break(source_, end)) end = before_final_break(source_, begin, end);
  const bool block = text.find('\n') != std::string::npos;
  const auto line_stop = line_end(source_, end);
  const auto rest = source_.substr(end, line_stop - end);
  // A block's last line break is the file's own, after the value: libyaml keeps LS and
  // PS in a block's text (only LF, CR and NEL become "\n"), so the text would change.
  const bool kept_break = source_.substr(line_stop).starts_with("\xE2\x80\xA8") ||
                          source_.substr(line_stop).starts_with("\xE2\x80\xA9");
  if (block && (rest.find_first_not_of(" \t") != std::string_view::npos || kept_break ||
                indented_line_at(next_line(source_, line_stop)))) {
    text = double_quoted(value.text);  // a comment after the value, or an indented line below, would join a block
  } else if (block) {
    end = line_stop;  // spaces after the old value would become part of the block's last line
    if (end == source_.size()) text += '\n';  // "|" needs its final line break
  }
  if (v->pos.line > k->pos.line && v->pos.column <= k->pos.column)
    text = indent_of(*k) + "  " + text;  // a value on the line after its key, not indented
  else if (empty && v->pos.line == k->pos.line)
    text = " " + text;  // "key:" with nothing after it: the empty value sits right after the colon
  const bool plain = value.raw || (value.text.find('\n') == std::string::npos && plain_is_safe(value.text));
  if (!plain) untab_lines(after_node(*v));
  // A comment right after a quote ('"x"# c') would join an unquoted value; a space keeps
  // it a comment.
  if (plain && end < source_.size() && source_[end] == '#') text += ' ';
  add(begin, end, std::move(text));
  return true;
}

// Whether a ':' stands between `from` (the end of an explicit key) and `to` (where its
// empty value is), past what past_properties skips (blanks, line breaks, byte order
// marks, comments).
bool SourceEditor::value_indicator_between(std::size_t from, std::size_t to) const {
  const auto at = past_properties(from, std::min(to, source_.size()));
  return at < to && at < source_.size() && source_[at] == ':';
}

// Where a node's own syntax starts, from `at` (before `stop`): past blanks, line breaks,
// byte order marks, comments, and its tag and anchor, whose names can hold '#', '|' or
// '>' without meaning them.
std::size_t SourceEditor::past_properties(std::size_t at, std::size_t stop) const {
  while (at < stop) {
    if (const auto n = break_at(source_, at)) at += n;
    else if (source_[at] == ' ' || source_[at] == '\t') ++at;
    else if (source_.compare(at, byte_order_mark.size(), byte_order_mark) == 0) at += byte_order_mark.size();
    else if (source_[at] == '#') at = line_end(source_, at);
    else if (source_[at] == '!' || source_[at] == '&')
      while (at < stop && source_[at] != ' ' && source_[at] != '\t' && !break_at(source_, at)) ++at;
    else break;
  }
  return std::min(at, stop);
}

// Only a plain value may stand before lines with tabs in their indentation (see
// past_tab_indented). Those after a value rewritten with quotes get a space for each
// tab in their indentation: a comment's text stays as it was, and the file readable.
void SourceEditor::untab_lines(std::size_t at) {
  const auto stop = past_tab_indented(at);
  for (auto line = at; line < stop; line = next_line(source_, line)) {
    const auto text = source_.substr(line, line_end(source_, line) - line);
    const auto lead = std::min(text.find_first_not_of(" \t"), text.size());
    if (text.substr(0, lead).find('\t') != std::string_view::npos) add(line, line + lead, std::string(lead, ' '));
  }
}

// libyaml lets a plain value run on over lines indented with tabs (comments, or
// nothing); after anything else a tab where indentation is read is an error. The end
// of the run of comment and blank lines at `at`, past the last such line, is where
// lines written after a value can go without a tab line following them.
std::size_t SourceEditor::past_tab_indented(std::size_t at) const {
  auto past = at;
  for (auto line = at; line < source_.size(); line = next_line(source_, line)) {
    const auto text = source_.substr(line, line_end(source_, line) - line);
    const auto lead = text.find_first_not_of(" \t");
    if (lead != std::string_view::npos && text[lead] != '#') break;  // the next entry, or "..."
    if (text.substr(0, lead).find('\t') != std::string_view::npos) past = next_line(source_, line);
  }
  return past;
}

// A line that starts with a space or tab at `at`, or after empty lines there (an
// indented comment, say), would be read as part of a block scalar written just before it.
bool SourceEditor::indented_line_at(std::size_t at) const {
  // A block reads on over empty lines: the first line with anything on it decides.
  for (auto line = at; line < source_.size(); line = next_line(source_, line))
    if (!break_at(source_, line)) return source_[line] == ' ' || source_[line] == '\t';
  return false;
}

bool SourceEditor::remove_entry(const Node& map, std::string_view key) {
  const Node* k = doc_.find_key(map, key);
  const Node* v = doc_.find(map, key);
  if (map.flow || !k || !v || k->style != ScalarStyle::plain || v->type != NodeType::scalar) return false;
  auto start = offset(k->begin);
  while (start > bom_ && source_[start - 1] == ' ') --start;
  if (start != bom_ && !ends_with_break(source_, start)) return false;  // "? key", or "- key" in a list
  add(start, after_node(*v), "");
  return true;
}

void SourceEditor::insert_after(const Node& map, std::string_view after, std::string_view key, const Value& value) {
  const Node* anchor = doc_.find(map, after);
  const auto at = anchor ? past_tab_indented(after_node(*anchor)) : end_of_record();
  // Every key of a block mapping starts in one column; an explicit "? key" starts at its "?".
  const auto indent = keys_indent(map);
  const auto text = indented_line_at(at) ? double_quoted(value.text) : render(value, indent.size() + 2);
  add_lines(at, indent + std::string(key) + ": " + (value.raw ? value.text : text) + "\n");
}

std::string SourceEditor::flow_item(const std::vector<std::pair<std::string, Value>>& fields) const {
  std::string s = "{";
  for (const auto& [k, v] : fields) {
    if (s.size() > 1) s += ", ";
    // libyaml reads any ':' inside a flow collection as an indicator.
    const bool plain = v.raw || (plain_is_safe(v.text) && v.text.find_first_of(",[]{}:?") == std::string::npos);
    // A flow mapping cannot hold a block scalar, so anything not plain is double-quoted.
    s += k + ": " + (plain ? v.text : double_quoted(v.text));
  }
  return s + "}";
}

std::string SourceEditor::block_item(const std::vector<std::pair<std::string, Value>>& fields,
                                     const std::string& dash_indent, const std::string& key_indent,
                                     bool no_blocks) const {
  std::string s;
  // The first key goes where the list's keys start ("-   date:" lines up with
  // "    status:"), and at least one space after the dash.
  const auto keys = std::max(key_indent.size(), dash_indent.size() + 2);
  for (const auto& [k, v] : fields) {
    s += s.empty() ? dash_indent + "-" + std::string(keys - dash_indent.size() - 1, ' ') : std::string(keys, ' ');
    const auto text = no_blocks && !v.raw ? double_quoted(v.text) : render(v, keys + 2);
    s.append(k).append(": ").append(text).append("\n");
  }
  return s;
}

// "[?,]", "[a, ?,]": a flow list ending in a pair whose key is empty.
bool SourceEditor::ends_in_empty_pair(const Node& seq) const {
  if (!doc_.size(seq)) return false;
  const Node& last = doc_.item(seq, doc_.size(seq) - 1);
  if (last.type != NodeType::mapping || doc_.size(last) != 1 || source_[offset(last.begin)] == '{') return false;
  const Node& k = doc_.key(last, 0);
  return k.type == NodeType::scalar && doc_.text(k).empty() && k.style == ScalarStyle::plain;
}

bool SourceEditor::append_item(const Node& map, std::string_view key,
                               const std::vector<std::pair<std::string, Value>>& fields) {
  const Node* seq = doc_.find(map, key);
  const Node* k = doc_.find_key(map, key);
  if (seq && seq->type == NodeType::sequence && seq->flow) {
    if (ends_in_empty_pair(*seq)) return false;
    const auto close = offset(seq->end) - 1;  // the ']'
    // "[a, b,]": a trailing comma already separates the new item.
    const auto last = source_.substr(0, close).find_last_not_of(" \t\r\n");
    const bool separated = !seq->count || (last != std::string_view::npos && source_[last] == ',');
    add(close, close, (separated ? "" : ", ") + flow_item(fields));
    return true;
  }
  if (seq && seq->type == NodeType::sequence && seq->count > 0) {
    const Node& first = doc_.item(*seq, 0);
    const auto dashes = dash_indent(*seq);
    const auto key_indent = first.type == NodeType::mapping ? indent_of(first) : dashes + "  ";
    const auto at = past_tab_indented(after_node(*seq));
    add_lines(at, block_item(fields, dashes, key_indent, indented_line_at(at)), Order::continues);
    return true;
  }
  const auto base = keys_indent(map);
  if (seq && doc_.is_null(*seq)) {  // "history:" with nothing, "~" or "null" after it
    const auto begin = offset(seq->begin), end = offset(seq->end);
    if (begin == end && !value_indicator_between(offset(k->end), begin)) {
      // "? history" with no ":" line: the ":" and the items go right after the key;
      // what followed it on its line (a comment) ends the last item's line, so no blocks.
      auto items = block_item(fields, base + "  ", base + "    ", true);
      items.pop_back();
      std::string text = base;
      text.insert(text.begin(), '\n');
      text += ":\n";
      text += items;
      add(offset(k->end), offset(k->end), std::move(text));
      edits_.back().order = Order::in_place;  // before a new key added at the same place
      untab_lines(after_node(*k));            // lines the plain key carried now follow an item
      return true;
    }
    if (begin < end) {
      remove_value(begin, end);
      untab_lines(after_node(*seq));  // the lines a plain "null" carried now follow "history:"
    }
    // After the value's own line: for "? history" the ':' can stand on a later line.
    const auto at = past_tab_indented(after_node(*seq));
    add_lines(at, block_item(fields, base + "  ", base + "    ", indented_line_at(at)), Order::continues);
    return true;
  }
  add_lines(end_of_record(), base + std::string(key) + ":\n" + block_item(fields, base + "  ", base + "    ", false));
  return true;
}

// Where a block list's dashes stand: the column of its first dash, found from where the
// list starts past a tag or anchor, blanks, line breaks and comments (the list's own
// position is that of a tag before it, which can stand elsewhere).
std::string SourceEditor::dash_indent(const Node& seq) const {
  auto at = offset(seq.begin);
  const auto stop = offset(doc_.item(seq, 0).begin);
  while (at < stop && source_[at] != '-') {
    if (const auto n = break_at(source_, at)) at += n;
    else if (source_[at] == '#') at = line_end(source_, at);
    else if (source_[at] == '!' || source_[at] == '&')
      while (at < stop && source_[at] != ' ' && source_[at] != '\t' && !break_at(source_, at)) ++at;
    else ++at;
  }
  if (at >= stop) return indent_of(seq);
  auto line = at;
  while (line > bom_ && !ends_with_break(source_, line)) --line;
  // Columns are characters: a byte order mark that starts the line is one.
  std::size_t columns = 0;
  for (auto i = line; i < at; ++i) columns += (static_cast<unsigned char>(source_[i]) & 0xC0) != 0x80;
  return std::string(columns, ' ');
}

// Takes out a value's text ("~", "null", an anchor on nothing) with the blanks after it
// on its line, and those before it when that empties the line: a tab left alone there
// would stand where YAML reads indentation.
void SourceEditor::remove_value(std::size_t begin, std::size_t end) {
  auto blank = [&](std::size_t at) { return source_[at] == ' ' || source_[at] == '\t'; };
  while (end < source_.size() && blank(end)) ++end;
  auto start = begin;
  while (start > bom_ && blank(start - 1)) --start;
  if (start == bom_ || ends_with_break(source_, start)) begin = start;
  add(begin, end, "");
}

// Lines added at the end of a file without a final line break need one, which must not
// change what the file says. A last line of only spaces is dropped instead (it holds
// nothing) outside a block. After a block scalar whose last line has text, the break
// would become the block's last character ("text" would read "text\n"): a strip
// chomping indicator keeps its value as it was (`|` and `|+` become `|-`).
std::optional<SourceEditor::Edit> SourceEditor::end_of_file_fix() const {
  const auto size = source_.size();
  const Node* root = doc_.root();
  if (size <= bom_ || ends_with_break(source_, size) || !root) return std::nullopt;
  const bool adds_lines = std::any_of(edits_.begin(), edits_.end(),
                                      [&](const Edit& e) { return e.whole_lines && e.begin == size; });
  if (!adds_lines) return std::nullopt;
  auto last_line = size;
  while (last_line > bom_ && !ends_with_break(source_, last_line)) --last_line;
  const bool blank_last_line = source_.substr(last_line).find_first_not_of(" \t") == std::string_view::npos;
  const Node& leaf = last_leaf(doc_, *root);
  // Only a block whose text runs to the end of the file takes the new line break in;
  // after it, there can be a comment line.
  const bool block = leaf.type == NodeType::scalar &&
                     (leaf.style == ScalarStyle::literal || leaf.style == ScalarStyle::folded) &&
                     offset(leaf.end) >= size;
  if (blank_last_line && !block) return Edit{last_line, size, "", false, Order::in_place};
  if (!block) return std::nullopt;
  // The '|' or '>': the node starts at its tag or anchor when it has one ("!!str |"),
  // and comments can stand between them and the header.
  const auto indicator = past_properties(offset(leaf.begin), size);
  if (indicator == size || (source_[indicator] != '|' && source_[indicator] != '>')) return std::nullopt;
  // Not when another edit replaces the block itself.
  for (const auto& e : edits_)
    if (e.begin <= indicator && indicator < e.end) return std::nullopt;
  // Spaces on a block's last line can be its text: only quotes keep that exactly.
  if (blank_last_line) {
    // A block can start a line of its own at its key's indentation; quotes there need
    // one more space.
    auto line_start = indicator;
    while (line_start > bom_ && (source_[line_start - 1] == ' ' || source_[line_start - 1] == '\t')) --line_start;
    const bool own_line = line_start == bom_ || ends_with_break(source_, line_start);
    std::string quoted(own_line ? 1 : 0, ' ');
    quoted += double_quoted(doc_.text(leaf));
    return Edit{indicator, size, std::move(quoted), false, Order::in_place};
  }
  auto at = indicator + 1;
  while (at < size && (source_[at] == '+' || (source_[at] >= '1' && source_[at] <= '9'))) {
    if (source_[at] == '+') return Edit{at, at + 1, "-", false, Order::in_place};
    ++at;
  }
  if (at < size && source_[at] == '-') return std::nullopt;
  return Edit{indicator + 1, indicator + 1, "-", false, Order::in_place};
}

std::string SourceEditor::result() const {
  auto sorted = edits_;
  if (auto fix = end_of_file_fix()) sorted.push_back(std::move(*fix));
  // By place; at one place what is inserted goes before what is replaced from there.
  std::stable_sort(sorted.begin(), sorted.end(), [](const Edit& a, const Edit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if ((a.end == a.begin) != (b.end == b.begin)) return a.end == a.begin;
    // Lines inserted at one place close the deeper block first: a key added to the last
    // item of a list goes before a new item of that list, which goes before a new key
    // of the mapping holding the list.
    if (a.whole_lines && b.whole_lines && leading_spaces(a.text) != leading_spaces(b.text))
      return leading_spaces(a.text) > leading_spaces(b.text);
    return a.order < b.order;
  });
  std::string out;
  std::size_t at = 0;
  for (const auto& e : sorted) {
    out.append(source_.substr(at, e.begin - at));
    if (e.whole_lines && out.size() > bom_ && !ends_with_break(out, out.size())) out += eol_;
    out += e.text;
    at = e.end;
  }
  out.append(source_.substr(at));
  return out;
}

}  // namespace brm::yaml
