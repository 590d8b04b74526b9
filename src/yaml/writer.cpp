#include "brm/yaml/writer.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "brm/yaml/document.hpp"

namespace brm::yaml {

namespace {

// Characters beyond ASCII that a YAML reader takes for a line break (NEL, LS, PS) or
// refuses in a file (C1 controls, a byte order mark, U+FFFE and U+FFFF): only a
// double-quoted escape carries them.
bool has_special_unicode(std::string_view t) {
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    const auto a = static_cast<unsigned char>(t[i]), b = static_cast<unsigned char>(t[i + 1]);
    const auto c = i + 2 < t.size() ? static_cast<unsigned char>(t[i + 2]) : 0u;
    if (a == 0xC2 && b >= 0x80 && b <= 0x9F) return true;
    if (a == 0xE2 && b == 0x80 && (c == 0xA8 || c == 0xA9)) return true;
    if (a == 0xEF && ((b == 0xBB && c == 0xBF) || (b == 0xBF && c >= 0xBE))) return true;
  }
  return false;
}

}  // namespace

/// Either syntax of a CI runner's workflow commands: such text is written double-quoted,
/// where escapes break it and read back as the same text.
bool holds_command_syntax(std::string_view t) {
  return t.find("##[") != std::string_view::npos || t.find("::") != std::string_view::npos;
}

bool plain_is_safe(std::string_view t) {
  if (t.empty() || resolve_plain(t) != ScalarKind::string || holds_command_syntax(t)) return false;
  // YAML 1.1 gives these two a meaning of their own (the value key, the merge key):
  // PyYAML's safe_load fails on a plain "=" and merges on "<<".
  if (t == "=" || t == "<<") return false;
  if (t.front() == ' ' || t.back() == ' ') return false;
  // Characters that start a YAML token, or sequences that end a plain scalar.
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(t.front()) != std::string_view::npos) {
    if (!(t.front() == '-' && t.size() > 1 && t[1] != ' ')) return false;
  }
  if (t.find(": ") != std::string_view::npos || t.find(" #") != std::string_view::npos || t.back() == ':') return false;
  for (char ch : t)
    if (auto c = static_cast<unsigned char>(ch); c < 0x20 || c == 0x7f) return false;
  return !has_special_unicode(t);
}

std::string double_quoted(std::string_view t) {
  std::string out = "\"";
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    const auto next = [&](std::size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u; };
    switch (c) {
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '#':  // "##[", a CI runner's command anywhere in a line, as "#\x23[": the same text
        if (next(1) == '#' && next(2) == '[')
          out += "#\\x23[", i += 2;
        else
          out += '#';
        continue;
      case ':':  // "::" would start one where a printed record's line begins
        out += next(1) == ':' ? "\\x3A" : ":";
        continue;
      default:
        break;
    }
    // Every other character a reader would take for a line break or refuse is escaped,
    // so that any valid UTF-8 text reads back exactly.
    if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02X}", c);
    } else if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
      out += next(1) == 0x85 ? std::string("\\N") : fmt::format("\\x{:02X}", next(1));
      i += 1;
    } else if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) {
      out += next(2) == 0xA8 ? "\\L" : "\\P";
      i += 2;
    } else if (c == 0xEF && ((next(1) == 0xBB && next(2) == 0xBF) || (next(1) == 0xBF && next(2) >= 0xBE))) {
      out += next(1) == 0xBB ? "\\uFEFF" : next(2) == 0xBE ? "\\uFFFE" : "\\uFFFF";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

namespace {

bool block_is_safe(std::string_view t) {
  // A literal block keeps lines as they are, but cannot start with spaces on its first
  // line (the indentation would be misread) and does not hold control characters, nor
  // what a CI runner reads as a command when the file is printed (double quotes escape it).
  if (t.empty() || t.front() == ' ' || t.front() == '\n' || holds_command_syntax(t)) return false;
  for (char ch : t)
    if (auto c = static_cast<unsigned char>(ch); (c < 0x20 && c != '\n') || c == 0x7f) return false;
  return !has_special_unicode(t);
}

}  // namespace

std::string scalar_for(std::string_view t, unsigned indent) {
  if (t.find('\n') == std::string_view::npos) return plain_is_safe(t) ? std::string(t) : double_quoted(t);
  if (!block_is_safe(t)) return double_quoted(t);
  // "|" keeps one final newline, "|-" none; more trailing newlines would need "|+".
  std::string_view body = t;
  const bool ends_in_newline = body.back() == '\n';
  if (ends_in_newline) body.remove_suffix(1);
  if (!body.empty() && body.back() == '\n') return double_quoted(t);
  std::string out = ends_in_newline ? "|" : "|-";
  const std::string pad(indent, ' ');
  for (std::size_t start = 0; start <= body.size();) {
    auto stop = body.find('\n', start);
    if (stop == std::string_view::npos) stop = body.size();
    const auto line = body.substr(start, stop - start);
    out += "\n";
    if (!line.empty()) out += pad + std::string(line);
    start = stop + 1;
  }
  return out;
}

// yaml-cpp writes NEL, LS, PS and DEL unescaped inside double quotes, where a reader
// takes the first three for line breaks and refuses the last (and escapes the no-break
// space, which needs none). Text holding any of them
// is emitted as a placeholder that str() replaces with double_quoted(), so it reads back
// exactly. Text that looks like a placeholder takes the same road, so every placeholder
// in the output is one of ours.
constexpr std::string_view verbatim_mark = "brm-verbatim-";

bool needs_own_quotes(std::string_view t) {
  // yaml-cpp also escapes the no-break space ("\xA0"), which Swedish numbers hold
  // ("99,5 %"); a person reading the file should see the space.
  return has_special_unicode(t) || holds_command_syntax(t) || t.find('\x7f') != std::string_view::npos ||
         t.find("\xC2\xA0") != std::string_view::npos || t.find(verbatim_mark) != std::string_view::npos;
}

struct RecordWriter::Impl {
  YAML::Emitter e;
  std::vector<std::string> verbatim;
  Impl() {
    e.SetIndent(2);
    e.SetSeqFormat(YAML::Block);
    e.SetMapFormat(YAML::Block);
    e << YAML::BeginMap;
  }

  // A short text as a plain scalar when that reads back the same, else double-quoted.
  void quoted(const std::string& v, bool plain) {
    if (needs_own_quotes(v)) {
      e << fmt::format("{}{}", verbatim_mark, verbatim.size());
      verbatim.push_back(double_quoted(v));
    } else if (plain) {
      e << v;
    } else {
      e << YAML::DoubleQuoted << v;
    }
  }
};

RecordWriter::RecordWriter() : impl_(std::make_unique<Impl>()) {}
RecordWriter::~RecordWriter() = default;

RecordWriter& RecordWriter::text(std::string_view key, std::string_view value) {
  auto& e = impl_->e;
  e << YAML::Key << std::string(key) << YAML::Value;
  const std::string v(value);
  // The emitter writes "|", which keeps exactly one final newline.
  const bool one_final_newline = value.ends_with('\n') && !value.ends_with("\n\n");
  // The emitter ends a literal block with a line break of its own; pass the text without
  // its final one, or the file would get a stray blank line.
  if (value.find('\n') != std::string_view::npos && block_is_safe(value) && one_final_newline &&
      !needs_own_quotes(value))
    e << YAML::Literal << v.substr(0, v.size() - 1);
  else
    impl_->quoted(v, plain_is_safe(value));
  return *this;
}

RecordWriter& RecordWriter::raw(std::string_view key, std::string_view value) {
  impl_->e << YAML::Key << std::string(key) << YAML::Value;
  if (needs_own_quotes(value))
    impl_->quoted(std::string(value), false);
  else
    impl_->e << std::string(value);
  return *this;
}

RecordWriter& RecordWriter::begin_map(std::string_view key) {
  impl_->e << YAML::Key << std::string(key) << YAML::Value << YAML::BeginMap;
  return *this;
}

RecordWriter& RecordWriter::end_map() {
  impl_->e << YAML::EndMap;
  return *this;
}

RecordWriter& RecordWriter::begin_list(std::string_view key) {
  impl_->e << YAML::Key << std::string(key) << YAML::Value << YAML::BeginSeq;
  return *this;
}

RecordWriter& RecordWriter::end_list() {
  impl_->e << YAML::EndSeq;
  return *this;
}

RecordWriter& RecordWriter::begin_item() {
  impl_->e << YAML::BeginMap;
  return *this;
}

RecordWriter& RecordWriter::end_item() {
  impl_->e << YAML::EndMap;
  return *this;
}

RecordWriter& RecordWriter::flow_list(std::string_view key, const std::vector<std::string>& items) {
  auto& e = impl_->e;
  e << YAML::Key << std::string(key) << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& i : items) impl_->quoted(i, plain_is_safe(i) && i.find_first_of(",[]{}:?") == std::string::npos);
  e << YAML::EndSeq;
  return *this;
}

RecordWriter& RecordWriter::block_list(std::string_view key, const std::vector<std::string>& items) {
  auto& e = impl_->e;
  e << YAML::Key << std::string(key) << YAML::Value << YAML::BeginSeq;
  for (const auto& i : items) impl_->quoted(i, plain_is_safe(i));
  e << YAML::EndSeq;
  return *this;
}

std::string RecordWriter::str() const {
  // The top-level mapping is left open: in block style it needs no closing mark.
  std::string_view emitted = impl_->e.c_str();
  std::string out;
  // One pass from left to right: what is put in is never looked at again.
  for (std::size_t at = 0;;) {
    const auto mark = emitted.find(verbatim_mark, at);
    out.append(emitted.substr(at, mark - at));
    if (mark == std::string_view::npos) break;
    auto end = mark + verbatim_mark.size();
    std::size_t index = 0;
    while (end < emitted.size() && emitted[end] >= '0' && emitted[end] <= '9')
      index = index * 10 + static_cast<std::size_t>(emitted[end++] - '0');
    if (index < impl_->verbatim.size())
      out += impl_->verbatim[index];
    else
      out.append(emitted.substr(mark, end - mark));  // cannot happen: every mark in the output is ours
    at = end;
  }
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

}  // namespace brm::yaml
