#include "brm/usecases/new_record.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "brm/checks/check.hpp"
#include "brm/util/i18n.hpp"
#include "brm/yaml/document.hpp"
#include "brm/yaml/writer.hpp"

namespace brm {
namespace {

using Values = std::vector<std::pair<std::string, std::string>>;

bool is_scalar(const Shape& s) {
  return s.type != ValueType::object && s.type != ValueType::list && s.type != ValueType::score_map;
}

/// The field a dotted path names, or nullptr; `parent` is where it was looked up.
const Field* field_at(const Shape& kind, std::string_view path) {
  const Shape* at = &kind;
  for (;;) {
    const auto dot = path.find('.');
    const Field* f = find_field(*at, path.substr(0, dot));
    if (!f || dot == std::string_view::npos) return f;
    if (f->shape.type != ValueType::object) return nullptr;
    at = &f->shape;
    path = path.substr(dot + 1);
  }
}

/// A value as YAML: text as YAML reads it back (scalar_for); any other value plain when
/// YAML reads it plain as the same string, a date or a number (so that 2026-12-01 stays a
/// date and 12 a number), else quoted (`-`, `a:`, `null`).
std::string yaml_value(const Shape& s, const std::string& value, unsigned indent) {
  if (s.type == ValueType::line || s.type == ValueType::text) return yaml::scalar_for(value, indent);
  const auto kind = yaml::resolve_plain(value);
  const bool plain = yaml::plain_is_safe(value) || kind == yaml::ScalarKind::integer ||
                     kind == yaml::ScalarKind::floating || kind == yaml::ScalarKind::timestamp;
  return plain ? value : yaml::double_quoted(value);
}

/// The comment above a field: its description, then its type and whether it is required
/// in brackets ("[date; required]"), unless the description says so already.
std::string doc_line(const Field& f) {
  std::vector<std::string> notes;
  if (f.shape.type != ValueType::object && f.shape.type != ValueType::list) notes.push_back(type_text(f.shape));
  if (f.required) notes.emplace_back("required");
  if (f.required_when && f.doc.find("required") == std::string_view::npos)
    notes.push_back(
        fmt::format("required when {} is {}", f.required_when->field, fmt::join(f.required_when->values, " or ")));
  if (notes.empty()) return std::string(f.doc);
  return fmt::format("{} [{}]", f.doc, fmt::join(notes, "; "));
}

/// Writes the fields of an object shape. A part written `commented` (an optional one the
/// user may want) has "# " before each of its lines, so that taking that off gives YAML.
class TemplateWriter {
 public:
  TemplateWriter(const Values& values, std::vector<std::string>& to_fill) : values_(values), to_fill_(to_fill) {}

  void fields(const Shape& object, const std::string& prefix, unsigned indent, bool commented, std::string& out) {
    for (const auto& f : object.fields) field(f, prefix + std::string(f.name), indent, commented, out);
  }

 private:
  const std::string* value_of(const std::string& path) const {
    for (const auto& [p, v] : values_)
      if (p == path) return &v;
    return nullptr;
  }

  bool any_value_under(const std::string& path) const {
    return std::any_of(values_.begin(), values_.end(),
                       [&](const auto& pv) { return pv.first.starts_with(path + "."); });
  }

  void field(const Field& f, const std::string& path, unsigned indent, bool commented, std::string& out) {
    const auto* value = value_of(path);
    const bool off = commented || !(f.required || value || any_value_under(path));
    const std::string pre = off ? "# " : "";
    // The first field of a list item starts with its dash, two columns left of the rest.
    const auto lead = item_lead_.empty() ? std::string(indent, ' ') : std::exchange(item_lead_, {});
    out += fmt::format("{}{}# {}\n", pre, std::string(lead.size(), ' '), doc_line(f));
    const auto head = fmt::format("{}{}{}:", pre, lead, f.name);
    if (value) {
      out += fmt::format("{} {}\n", head, yaml_value(f.shape, *value, indent + 2));
    } else if (f.shape.type == ValueType::object) {
      out += head + "\n";
      fields(f.shape, path + ".", indent + 2, off, out);
    } else if (f.shape.type == ValueType::list && f.shape.item->type == ValueType::object) {
      out += head + "\n";
      item_lead_ = std::string(indent + 2, ' ') + "- ";
      fields(*f.shape.item, path + "[].", indent + 4, off || f.shape.min_items == 0, out);
    } else {
      out += head + "\n";
      if (!off) to_fill_.push_back(path);
    }
  }

  const Values& values_;
  std::vector<std::string>& to_fill_;
  std::string item_lead_;  // "  - " before the first field of a list item
};

/// Every problem with the values given: an unknown field, one that takes no single value,
/// a reference to no record.
void check_values(const OpenWorkspace& w, const KindSpec& spec, const Values& values, Failure& f) {
  for (std::size_t i = 0; i < values.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (values[i].first == values[j].first) {
        f.add(trf("'{}' is given twice", values[i].first));
        break;
      }
  for (const auto& [path, value] : values) {
    const Field* field = field_at(spec.shape, path);
    if (!field) {
      f.add(
          trf("{} has no field '{}' (brm schema {} --format markdown lists them)", a_kind(spec.kind), path, spec.name));
    } else if (!is_scalar(field->shape)) {
      f.add(trf("'{}' is {}, not one value: fill it in the file", path, type_text(field->shape)));
    } else if (path == "id") {
      f.add(tr("the id is the argument ID, not a --set value"));
    } else if (field->shape.type == ValueType::ref) {
      require_record(w.ws, field->shape.target, value, f);
    }
  }
}

}  // namespace

Needs new_record_needs() { return {Reads::documents, {}}; }

std::string new_record_path(const NewRecordInput& in) {
  return fmt::format("{}/{}.yaml", spec_of(in.kind).folder, in.id);
}

Failure check_new_record(const OpenWorkspace& w, const NewRecordInput& in) {
  Failure f;
  if (!is_valid_id(in.id))
    f.add(trf("'{}' is no id: lowercase letters, digits, '-', '_' and '.', starting with a letter or digit", in.id));
  else if (w.ws.at_path(new_record_path(in)))
    f.add(trf("{} already exists; nothing was written", new_record_path(in)));
  check_values(w, spec_of(in.kind), in.values, f);
  return f;
}

Result<NewRecord> new_record(const OpenWorkspace& w, const NewRecordInput& in) {
  const auto& spec = spec_of(in.kind);
  if (auto f = check_new_record(w, in); !f.empty()) return f;
  NewRecord r;
  r.path = new_record_path(in);

  auto article = a_kind(in.kind);
  article[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(article[0])));
  r.text = fmt::format(
      "# {}: {}\n# Fill in the empty fields (brm validate names each one), uncomment the optional ones you\n"
      "# need, and delete the rest of the comments if you like. Every field: docs/data-model.md.\n",
      article, spec.doc);
  Shape rest = spec.shape;
  std::erase_if(rest.fields, [](const Field& field) { return field.name == "id"; });
  r.text += fmt::format("id: {}\n", yaml::scalar_for(in.id, 2));  // `null` and `true` are ids too
  TemplateWriter(in.values, r.to_fill).fields(rest, "", 0, false, r.text);
  if (in.dry_run) return r;
  if (auto err = write_new_record(w, r.path, r.text, trf("{} already exists; nothing was written", r.path));
      !err.empty())
    return failure(err);
  return r;
}

}  // namespace brm
