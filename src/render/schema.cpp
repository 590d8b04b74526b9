#include "brm/render/schema.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace brm {
namespace {

using json = nlohmann::ordered_json;

constexpr const char* id_pattern = "^[a-z0-9][a-z0-9._-]{0,63}$";

std::string source_pattern() {
  std::vector<std::string_view> kinds;
  for (const auto& k : kind_specs())
    if (k.kind != Kind::config) kinds.push_back(k.name);
  return fmt::format("^({})/[a-z0-9][a-z0-9._-]{{0,63}}$", fmt::join(kinds, "|"));
}

json shape_schema(const Shape& s, const Policy& p);

json object_schema(const Shape& s, const Policy& p) {
  json props = json::object(), required = json::array(), conditions = json::array();
  for (const auto& f : s.fields) {
    auto field = shape_schema(f.shape, p);
    if (!f.doc.empty()) field["description"] = f.doc;
    props[std::string(f.name)] = std::move(field);
    if (f.required) required.push_back(f.name);
    if (f.required_when)
      conditions.push_back(
          {{"if",
            {{"properties", {{std::string(f.required_when->field), {{"enum", f.required_when->values}}}}},
             {"required", {f.required_when->field}}}},
           {"then", {{"required", {f.name}}}}});
  }
  json out = {{"type", "object"}, {"properties", std::move(props)}};
  if (!required.empty()) out["required"] = std::move(required);
  out["additionalProperties"] = false;
  if (!conditions.empty()) out["allOf"] = std::move(conditions);
  return out;
}

json number_schema(const char* type, std::optional<double> lo, std::optional<double> hi) {
  json out = {{"type", type}};
  if (lo) out["minimum"] = *lo;
  if (hi) out["maximum"] = *hi;
  return out;
}

json shape_schema(const Shape& s, const Policy& p) {
  switch (s.type) {
    case ValueType::line:
      return {{"type", "string"},
              {"pattern", "^[^\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029\\ufeff\\ufffe\\uffff]*$"},
              {"maxLength", max_line_chars}};
    case ValueType::text:
      return {{"type", "string"},
              {"pattern", "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029\\ufeff\\ufffe\\uffff]*$"}};
    case ValueType::id:
      return {{"type", "string"}, {"pattern", id_pattern}};
    case ValueType::ref:
      return {{"type", "string"}, {"pattern", id_pattern}, {"$comment", fmt::format("id of {}", a_kind(s.target))}};
    case ValueType::source_ref:
      return {{"type", "string"}, {"pattern", source_pattern()}};
    case ValueType::date:
      return {{"type", "string"}, {"format", "date"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    case ValueType::period:
      return {{"type", "string"}, {"pattern", "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$"}};
    case ValueType::integer:
      return number_schema("integer", s.min, s.max);
    case ValueType::number:
      return number_schema("number", s.min, s.max);
    case ValueType::score:
      return number_schema("number", p.survey_min, p.survey_max);
    case ValueType::enumeration:
      return {{"enum", s.values}};
    case ValueType::currency:
      return {{"type", "string"}, {"pattern", "^[A-Z]{3}$"}};
    case ValueType::object:
      return object_schema(s, p);
    case ValueType::list: {
      json out = {{"type", "array"}, {"items", shape_schema(*s.item, p)}};
      if (s.min_items) out["minItems"] = s.min_items;
      if (s.max_items) out["maxItems"] = *s.max_items;
      return out;
    }
    case ValueType::score_map: {
      json out = {{"type", "object"},
                  {"minProperties", 1},
                  {"additionalProperties", number_schema("number", p.survey_min, p.survey_max)}};
      if (s.max_items) out["maxProperties"] = *s.max_items;
      return out;
    }
  }
  return json::object();
}

}  // namespace

json json_schema(const KindSpec& spec, const Policy& policy) {
  json out = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
              {"title", fmt::format("brm {}", spec.name)},
              {"description", spec.doc}};
  const json body = object_schema(spec.shape, policy);
  for (auto it = body.begin(); it != body.end(); ++it) out[it.key()] = it.value();
  return out;
}

}  // namespace brm
