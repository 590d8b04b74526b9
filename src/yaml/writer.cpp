#include "brm/yaml/writer.hpp"

#include <yaml-cpp/yaml.h>

#include "brm/yaml/document.hpp"

namespace brm::yaml {

bool plain_is_safe(std::string_view t) {
  if (t.empty() || resolve_plain(t) != ScalarKind::string) return false;
  if (t.front() == ' ' || t.back() == ' ') return false;
  // Characters that start a YAML token, or sequences that end a plain scalar.
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(t.front()) != std::string_view::npos) {
    if (!(t.front() == '-' && t.size() > 1 && t[1] != ' ')) return false;
  }
  if (t.find(": ") != std::string_view::npos || t.find(" #") != std::string_view::npos || t.back() == ':')
    return false;
  for (unsigned char c : t)
    if (c < 0x20 || c == 0x7f) return false;
  return true;
}

std::string double_quoted(std::string_view t) {
  std::string out = "\"";
  for (char c : t) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

namespace {

bool block_is_safe(std::string_view t) {
  // A literal block keeps lines as they are, but cannot start with spaces on its first
  // line (the indentation would be misread) and does not hold control characters.
  if (t.empty() || t.front() == ' ' || t.front() == '\n') return false;
  for (unsigned char c : t)
    if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
  return true;
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

struct RecordWriter::Impl {
  YAML::Emitter e;
  Impl() {
    e.SetIndent(2);
    e.SetSeqFormat(YAML::Block);
    e.SetMapFormat(YAML::Block);
    e << YAML::BeginMap;
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
  if (value.find('\n') != std::string_view::npos && block_is_safe(value) && one_final_newline)
    e << YAML::Literal << v.substr(0, v.size() - 1);
  else if (plain_is_safe(value)) e << v;
  else e << YAML::DoubleQuoted << v;
  return *this;
}

RecordWriter& RecordWriter::raw(std::string_view key, std::string_view value) {
  impl_->e << YAML::Key << std::string(key) << YAML::Value << std::string(value);
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
  for (const auto& i : items) {
    const bool plain = plain_is_safe(i) && i.find_first_of(",[]{}") == std::string::npos;
    if (plain) e << i;
    else e << YAML::DoubleQuoted << i;
  }
  e << YAML::EndSeq;
  return *this;
}

RecordWriter& RecordWriter::block_list(std::string_view key, const std::vector<std::string>& items) {
  auto& e = impl_->e;
  e << YAML::Key << std::string(key) << YAML::Value << YAML::BeginSeq;
  for (const auto& i : items) {
    if (plain_is_safe(i)) e << i;
    else e << YAML::DoubleQuoted << i;
  }
  e << YAML::EndSeq;
  return *this;
}

std::string RecordWriter::str() const {
  // The top-level mapping is left open: in block style it needs no closing mark.
  std::string out = impl_->e.c_str();
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

}  // namespace brm::yaml
