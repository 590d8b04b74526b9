#pragma once
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brm {

/// The kinds of record in a workspace; `config` is brm.yaml itself.
enum class Kind : unsigned char {
  config,
  service,
  customer,
  agreement,
  meeting,
  complaint,
  survey,
  improvement,
  delivery,
};
inline constexpr std::size_t kind_count = 9;

/// What a value must be. The record kinds below are built from these.
enum class ValueType : unsigned char {
  line,        // one line of text
  text,        // free text, may span lines
  id,          // an identifier: lowercase letters, digits, - _ .
  ref,         // the id of a record of another kind
  source_ref,  // "<kind>/<id>" naming any record
  date,        // YYYY-MM-DD that exists
  period,      // a month YYYY-MM or a quarter YYYY-Qn
  integer,
  number,
  score,        // a number within policy.survey_scale
  enumeration,  // one of a fixed list of words
  currency,     // ISO 4217 code
  object,       // a mapping with known fields
  list,         // a sequence of one shape
  score_map,    // a mapping of dimension name to score
};

struct Field;

/// The most characters one line of text (a name, a title, a summary) may hold: it is
/// shown in every row that names its record.
inline constexpr std::size_t max_line_chars = 500;

/// The shape of a value: its type and the constraints that go with it.
struct Shape {
  ValueType type = ValueType::line;
  std::vector<std::string_view> values;  // enumeration
  Kind target = Kind::config;            // ref
  std::vector<Field> fields;             // object
  std::shared_ptr<const Shape> item;     // list
  std::optional<double> min, max;        // integer, number
  std::size_t min_items = 0;             // list
  std::optional<std::size_t> max_items;  // list, score_map: the most entries
};

/// A field that becomes required when a sibling field holds one of some values;
/// it carries its own rule name and message because it is a rule of the process.
struct Condition {
  std::string_view field;
  std::vector<std::string_view> values;
  std::string_view rule;
  /// In English, marked with text_to_translate(): the checks show it through the
  /// message catalogue (the model layer has none).
  const char* message;
};

/// Marks a text of the kind descriptions for the message catalogue (scripts/update-po.sh
/// extracts it); whoever shows it translates it with tr().
constexpr const char* text_to_translate(const char* text) { return text; }

struct Field {
  std::string_view name;
  Shape shape;
  bool required = false;
  std::optional<Condition> required_when;
  std::string_view doc;
};

struct KindSpec {
  Kind kind;
  std::string_view name;    // singular, as in `brm schema customer`
  std::string_view folder;  // where its files live; empty for config
  std::string_view doc;
  Shape shape;  // always an object
};

/// Every kind, in a fixed order: the single description that drives validation,
/// JSON Schema, suggestions and docs/data-model.md.
const std::array<KindSpec, kind_count>& kind_specs();
const KindSpec& spec_of(Kind k);
std::optional<Kind> kind_named(std::string_view name);

/// A record named "kind/id", as an improvement's `source` names what prompted it.
struct SourceRef {
  Kind kind;
  std::string_view id;
};
/// The kind and id of "kind/id"; nullopt when the text is not one (no slash, an unknown
/// kind, or brm.yaml's kind).
std::optional<SourceRef> parse_source_ref(std::string_view text);
std::optional<Kind> kind_in_folder(std::string_view folder);

/// The kind's name with its article: "a customer", "an agreement".
std::string a_kind(Kind k);

/// A value's type in words, as docs/data-model.md and the templates of `brm new` give
/// it: "customer id", "date", "one of: draft, active, terminated".
std::string type_text(const Shape& s);

/// The field list of an object shape, looked up by name; nullptr when unknown.
const Field* find_field(const Shape& object, std::string_view name);

}  // namespace brm
