#include "fields.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

#include "brm/checks/suggest.hpp"
#include "brm/model/currencies.hpp"
#include "brm/model/period.hpp"
#include "brm/model/text.hpp"
#include "brm/util/i18n.hpp"
#include "rules.hpp"

namespace brm {

namespace {

using yaml::Node;
using yaml::NodeType;
using yaml::ScalarKind;

bool is_id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'; }

/// The usual slips in a number written by hand: a decimal comma ("99,5") or spaces
/// between groups of digits ("250 000").
std::string number_hint(std::string_view text, bool whole) {
  const bool digits_only = !text.empty() && text.find_first_not_of("0123456789 ,.-+") == std::string_view::npos &&
                           text.find_first_of("0123456789") != std::string_view::npos;
  if (!digits_only) return {};
  std::string fixed;
  for (char c : text)
    if (c != ' ') fixed += c;
  const bool spaces = fixed.size() != text.size();
  const auto comma = fixed.find(',');
  const bool decimal_comma = comma != std::string::npos && fixed.find(',', comma + 1) == std::string::npos &&
                             fixed.find('.') == std::string::npos && fixed.size() - comma - 1 != 3;
  if (decimal_comma && !whole)
    fixed[comma] = '.';
  else if (comma != std::string::npos)
    return {};
  if (decimal_comma && !whole)
    return spaces ? trf("; write numbers with a decimal point and no spaces: {}", fixed)
                  : trf("; write numbers with a decimal point: {}", fixed);
  if (spaces) return trf("; write numbers without spaces: {}", fixed);
  return {};
}

/// "a customer", "an agreement" (a_kind) in the reader's language.
std::string kind_with_article(Kind k) {
  switch (k) {
    case Kind::config:
      // TRANSLATORS: a kind of record, as in "'customer' must be the id of a customer, not a list".
      return trc("record kind, with article", "a config");
    case Kind::service:
      return trc("record kind, with article", "a service");
    case Kind::customer:
      return trc("record kind, with article", "a customer");
    case Kind::agreement:
      return trc("record kind, with article", "an agreement");
    case Kind::meeting:
      return trc("record kind, with article", "a meeting");
    case Kind::complaint:
      return trc("record kind, with article", "a complaint");
    case Kind::survey:
      return trc("record kind, with article", "a survey");
    case Kind::improvement:
      return trc("record kind, with article", "an improvement");
    case Kind::delivery:
      return trc("record kind, with article", "a delivery");
  }
  return a_kind(k);
}

/// What YAML reads a scalar as (yaml::scalar_kind_name) in the reader's language.
const char* scalar_kind_text(ScalarKind k) {
  switch (k) {
    case ScalarKind::null:
      // TRANSLATORS: what YAML reads a value as, in "'x' must be a date, not an empty value".
      return tr("an empty value");
    case ScalarKind::boolean:
      return tr("a yes/no value");
    case ScalarKind::integer:
      return tr("a whole number");
    case ScalarKind::floating:
      return tr("a number");
    case ScalarKind::timestamp:
      return tr("a date");
    case ScalarKind::string:
      return tr("text");
  }
  return yaml::scalar_kind_name(k);
}

/// The text of a field required under a condition (model/kinds.cpp, marked with
/// text_to_translate), looked up in the catalogue here: the model layer has none.
std::string condition_message(const Condition& c) { return tr(c.message); }

/// A step on the way from the top of a record to a value, for messages like 'plans[2].due'.
struct Step {
  std::string_view name;
  std::size_t index;  // 1-based list position; 0 for a mapping field
};

class FieldChecker {
 public:
  FieldChecker(const Record& r, const CheckContext& ctx, Diagnostics& out, std::vector<RefSite>& refs)
      : r_(r), doc_(*r.doc), ctx_(ctx), out_(out), refs_(refs) {}

  /// Whether every list was within its bound.
  bool run() {
    object(spec_of(r_.kind).shape, *doc_.root());
    if (unknown_count_ > listed_unknown)
      report(*doc_.root(), Severity::warning, "unknown-field",
             trf("{} more unknown fields in this file are not listed", unknown_count_ - listed_unknown));
    return !overflowed_;
  }

 private:
  void report(const Node& at, Severity sev, std::string_view rule, std::string message) {
    out_.push_back({r_.path, at.pos, sev, std::string(rule), std::move(message)});
  }

  std::string where() const { return where_of(path_); }

  static std::string where_of(const std::vector<Step>& path) {
    std::string s;
    for (const auto& st : path) {
      if (st.index) {
        s += fmt::format("[{}]", st.index);
        continue;
      }
      if (!s.empty()) s += '.';
      s += st.name;
    }
    return s;
  }

  void object(const Shape& shape, const Node& map) {
    if (map.type != NodeType::mapping) return wrong_type(map, tr("a mapping of fields (name: value)"));
    objects_.push_back(&shape);
    object_fields(shape, map);
    objects_.pop_back();
  }

  void object_fields(const Shape& shape, const Node& map) {
    // Each known field's value, noted while checking the entries, spares searching the
    // mapping again for every field (keys are unique: the reader drops repeated ones).
    std::array<const Node*, tracked_fields> values{};
    for (std::size_t i = 0, n = doc_.size(map); i < n; ++i) {
      const Field* f = entry(shape, doc_.key(map, i), doc_.value(map, i));
      const auto index = f ? static_cast<std::size_t>(f - shape.fields.data()) : tracked_fields;
      if (index < tracked_fields) values[index] = &doc_.value(map, i);
    }
    for (std::size_t j = 0; j < shape.fields.size(); ++j) {
      const Field& f = shape.fields[j];
      const Node* v = j < tracked_fields ? values[j] : doc_.find(map, f.name);
      if (v && !doc_.is_null(*v) && !(f.required && blank_text(f.shape, *v))) continue;
      const Node& at = v ? *v : map;
      if (f.required)
        report(at, Severity::error, "required-field", required_message(f.name, v != nullptr));
      else if (f.required_when && condition_holds(*f.required_when, map))
        report(at, Severity::error, f.required_when->rule, condition_message(*f.required_when));
    }
  }

  std::string required_message(std::string_view name, bool present) const {
    if (path_.empty())
      return present ? trf("required field '{}' is empty", name) : trf("missing required field '{}'", name);
    return present ? trf("required field '{}' in '{}' is empty", name, where())
                   : trf("missing required field '{}' in '{}'", name, where());
  }

  /// Text of only blanks ("", "  ") says nothing: a required field holding it is empty.
  bool blank_text(const Shape& s, const Node& v) const {
    if ((s.type != ValueType::line && s.type != ValueType::text) || v.type != NodeType::scalar) return false;
    return doc_.text(v).find_first_not_of(" \t\r\n") == std::string_view::npos;
  }

  bool condition_holds(const Condition& c, const Node& map) const {
    const auto v = doc_.find_text(map, c.field);
    return std::find(c.values.begin(), c.values.end(), v) != c.values.end();
  }

  /// Checks one entry of a mapping; returns its field, or nullptr when it is unknown.
  const Field* entry(const Shape& shape, const Node& key, const Node& value) {
    const auto name = doc_.text(key);
    const Field* f = find_field(shape, name);
    if (!f) return unknown(shape, key, name), nullptr;
    if (doc_.is_null(value)) return f;  // reported as empty when required
    path_.push_back({f->name, 0});
    check(f->shape, value);
    path_.pop_back();
    return f;
  }

  void unknown(const Shape& shape, const Node& key, std::string_view name) {
    // A file of 100,000 unknown keys is told in one line past the first few dozen: each
    // costs a suggestion and a line of output, and none more says anything new.
    if (++unknown_count_ > listed_unknown) return;
    std::vector<std::string_view> names;
    for (const auto& f : shape.fields) names.push_back(f.name);
    auto hint = indentation_hint(shape, name);
    if (hint.empty()) hint = did_you_mean(name, names);
    const auto kind = kind_word(r_.kind);
    report(key, Severity::warning, "unknown-field",
           path_.empty() ? trf("unknown field '{}' of a {}{}", name, kind, hint)
                         : trf("unknown field '{}' in '{}' of a {}{}", name, where(), kind, hint));
  }

  /// A field indented one level too far or not far enough is unknown where it stands
  /// but known one level down (under a field of this object) or up (beside the object):
  /// its value would be lost without a word about why.
  std::string indentation_hint(const Shape& shape, std::string_view name) const {
    // Down only into a mapping: a line pulled out of a list item is a YAML error instead,
    // and "plans.status" would mislead for a field that is just unknown.
    for (const auto& f : shape.fields) {
      if (f.shape.type == ValueType::object && find_field(f.shape, name))
        return trf("; did you mean {}? check the indentation",
                   fmt::format("{}{}{}.{}", where(), where().empty() ? "" : ".", f.name, name));
    }
    if (objects_.size() < 2 || !find_field(*objects_[objects_.size() - 2], name)) return {};
    auto up = path_;
    while (!up.empty() && up.back().index) up.pop_back();  // out of the list items
    if (!up.empty()) up.pop_back();                        // out of the field
    if (up.empty()) return trf("; did you mean the {0}'s own '{1}'? check the indentation", kind_word(r_.kind), name);
    return trf("; did you mean {}? check the indentation", fmt::format("{}.{}", where_of(up), name));
  }

  void check(const Shape& s, const Node& v) {
    switch (s.type) {
      case ValueType::object:
        return object(s, v);
      case ValueType::list:
        return list(s, v);
      case ValueType::score_map:
        return scores(s, v);
      default:
        break;
    }
    if (v.type != NodeType::scalar) return wrong_type(v, expected(s), colon_hint(s, v));
    switch (s.type) {
      case ValueType::line:
      case ValueType::text:
        return text(s, v);
      case ValueType::id:
        return id(v);
      case ValueType::ref:
      case ValueType::source_ref:
        return refs_.push_back({&r_, &v, s.target, s.type == ValueType::source_ref});
      case ValueType::date:
        return date(v);
      case ValueType::period:
        return period(v);
      case ValueType::integer:
      case ValueType::number:
      case ValueType::score:
        return number(s, v);
      case ValueType::enumeration:
        return enumeration(s, v);
      case ValueType::currency:
        return currency(v);
      default:
        return;
    }
  }

  static std::string expected(const Shape& s) {
    switch (s.type) {
      case ValueType::line:
        // TRANSLATORS: what a value must be, in "'x' must be one line of text, not a list".
        return tr("one line of text");
      case ValueType::text:
        return tr("text");
      case ValueType::id:
        return tr("an id");
      case ValueType::ref:
        return trf("the id of {}", kind_with_article(s.target));
      case ValueType::source_ref:
        return tr("a reference written kind/id");
      case ValueType::date:
        return tr("a date (YYYY-MM-DD)");
      case ValueType::period:
        return tr("a month (YYYY-MM) or a quarter (YYYY-Qn)");
      case ValueType::integer:
        return tr("a whole number");
      case ValueType::number:
      case ValueType::score:
        return tr("a number");
      case ValueType::enumeration:
        return tr("one word from a fixed list");
      case ValueType::currency:
        return tr("a currency code");
      case ValueType::object:
        return tr("a mapping of fields");
      case ValueType::list:
        return tr("a list");
      case ValueType::score_map:
        return tr("a mapping of scores");
    }
    return tr("a value");
  }

  static const char* what_it_is(const yaml::Document& doc, const Node& v) {
    if (v.type == NodeType::mapping) return tr("a mapping");
    if (v.type == NodeType::sequence) return tr("a list");
    return scalar_kind_text(doc.kind(v));
  }

  void wrong_type(const Node& v, std::string_view expected_text, std::string_view hint = {}) {
    report(v, Severity::error, "wrong-type",
           trf("'{}' must be {}, not {}{}", where(), expected_text, what_it_is(doc_, v), hint));
  }

  /// "text: more" in a list of text, or as a text field's value, is a mapping to YAML.
  std::string colon_hint(const Shape& s, const Node& v) const {
    if ((s.type != ValueType::line && s.type != ValueType::text) || v.type != NodeType::mapping || v.flow ||
        doc_.size(v) != 1 || doc_.value(v, 0).type != NodeType::scalar || doc_.key(v, 0).pos.line != v.pos.line)
      return {};
    return trf("; a ': ' inside text makes YAML read a key and a value: write it in quotes, \"{}: {}\"",
               doc_.text(doc_.key(v, 0)), doc_.text(doc_.value(v, 0)));
  }

  void text(const Shape& s, const Node& v) {
    const auto k = doc_.kind(v);
    if (k != ScalarKind::string) {
      report(v, Severity::error, "wrong-type",
             trf("'{}' must be text, but YAML reads {} as {}; write it in quotes: \"{}\"", where(), doc_.text(v),
                 scalar_kind_text(k), doc_.text(v)));
      return;
    }
    const auto t = doc_.text(v);
    const auto lines = s.type == ValueType::line ? TextLines::one : TextLines::many;
    if (lines == TextLines::one && t.find('\n') != std::string_view::npos)
      return report(v, Severity::error, "wrong-type", trf("'{}' must be one line of text", where()));
    if (const auto bad = first_refused(t, lines))
      report(v, Severity::error, "control-character",
             lines == TextLines::one
                 ? trf("'{}' holds the control character U+{:04X} at character {}; one line of text may hold tabs, "
                       "but no other control characters, line breaks or line separators",
                       where(), static_cast<std::uint32_t>(bad->code_point), bad->at)
                 : trf("'{}' holds the control character U+{:04X} at character {}; text may hold tabs and line "
                       "feeds, but no other control characters, carriage returns or line separators",
                       where(), static_cast<std::uint32_t>(bad->code_point), bad->at));
    if (lines == TextLines::one && t.size() > max_line_chars && char_count(t) > max_line_chars)
      report(v, Severity::error, "too-long",
             trf("'{}' is {} characters long; one line of text may hold at most {} (write more in a text field such "
                 "as a description or note)",
                 where(), char_count(t), max_line_chars));
  }

  void id(const Node& v) {
    if (!is_valid_id(doc_.text(v)))
      report(v, Severity::error, "invalid-id",
             trf("'{}' is not a valid id: use lowercase letters a-z, digits, '-', '_' and '.', "
                 "start with a letter or digit, at most 64 characters",
                 doc_.text(v)));
  }

  void date(const Node& v) {
    const auto t = doc_.text(v);
    const auto k = doc_.kind(v);
    if (k != ScalarKind::timestamp && k != ScalarKind::string) return wrong_type(v, tr("a date (YYYY-MM-DD)"));
    if (Date::parse(t)) return;
    const bool shaped = t.size() == 10 && t[4] == '-' && t[7] == '-';
    report(v, Severity::error, "invalid-date",
           shaped ? trf("'{}' is not a real date: {} does not exist", where(), t)
                  : trf("'{}' must be a date written YYYY-MM-DD, not '{}'", where(), t));
  }

  void period(const Node& v) {
    const auto t = doc_.text(v);
    if (doc_.kind(v) != ScalarKind::string) return wrong_type(v, tr("a month (YYYY-MM) or a quarter (YYYY-Qn)"));
    if (CalendarPeriod::parse(t)) return;
    const bool shaped = t.size() == 7 && t[4] == '-';
    report(v, Severity::error, "invalid-period",
           shaped ? trf("'{}' is not a real period: {} does not exist (months are 01-12, quarters Q1-Q4)", where(), t)
                  : trf("'{}' must be a month written YYYY-MM or a quarter written YYYY-Qn, not '{}'", where(), t));
  }

  void number(const Shape& s, const Node& v) {
    const auto k = doc_.kind(v);
    const bool whole = s.type == ValueType::integer;
    if (k != ScalarKind::integer && (whole || k != ScalarKind::floating))
      return wrong_type(v, whole ? tr("a whole number") : tr("a number"), number_hint(doc_.text(v), whole));
    const auto number = doc_.number(v);
    if (!number) return wrong_type(v, whole ? tr("a whole number") : tr("a number"));
    const double x = *number;
    auto lo = s.min, hi = s.max;
    if (s.type == ValueType::score) {
      const auto& p = ctx_.settings.policy;
      if (p.survey_min >= p.survey_max) return;  // the scale itself is reported in brm.yaml
      lo = p.survey_min, hi = p.survey_max;
    }
    if ((lo && x < *lo) || (hi && x > *hi))
      report(v, Severity::error, "out-of-range", range_message(doc_.text(v), lo, hi));
  }

  std::string range_message(std::string_view value, std::optional<double> lo, std::optional<double> hi) const {
    if (lo && hi && *lo == *hi) return trf("'{}' must be {}, not {}", where(), *lo, value);
    if (lo && hi) return trf("'{}' must be between {} and {}, not {}", where(), *lo, *hi, value);
    return lo ? trf("'{}' must be at least {}, not {}", where(), *lo, value)
              : trf("'{}' must be at most {}, not {}", where(), *hi, value);
  }

  void enumeration(const Shape& s, const Node& v) {
    const auto t = doc_.text(v);
    if (std::find(s.values.begin(), s.values.end(), t) != s.values.end()) return;
    report(v, Severity::error, "invalid-enum",
           trf("'{}' must be one of {}, not '{}'{}", where(), fmt::join(s.values, ", "), t, did_you_mean(t, s.values)));
  }

  void currency(const Node& v) {
    const auto t = doc_.text(v);
    if (is_currency_code(t)) return;
    report(v, Severity::error, "invalid-enum",
           trf("'{}' must be an ISO 4217 currency code such as SEK, EUR or USD, not '{}'", where(), t));
  }

  void list(const Shape& s, const Node& v) {
    if (v.type != NodeType::sequence) return wrong_type(v, tr("a list"));
    const auto n = doc_.size(v);
    if (n < s.min_items)
      report(v, Severity::error, "required-field",
             trnf("'{}' needs at least {} entry", "'{}' needs at least {} entries", s.min_items, where(), s.min_items));
    if (too_many(s, v)) return;
    for (std::size_t i = 0; i < n; ++i) {
      const Node& item = doc_.item(v, i);
      path_.push_back({{}, i + 1});
      if (doc_.is_null(item))
        report(item, Severity::error, "required-field", trf("'{}' is empty", where()));
      else
        check(*s.item, item);
      path_.pop_back();
    }
  }

  /// Past the shape's bound, a list or mapping is reported once and its entries are not
  /// checked: a file of 100,000 entries gets one diagnostic, and the record is left out.
  bool too_many(const Shape& s, const Node& v) {
    const auto n = doc_.size(v);
    if (!s.max_items || n <= *s.max_items) return false;
    report(v, Severity::error, "too-long", trf("'{}' holds {} entries; it takes at most {}", where(), n, *s.max_items));
    overflowed_ = true;
    return true;
  }

  void scores(const Shape& s, const Node& v) {
    if (v.type != NodeType::mapping) return wrong_type(v, tr("a mapping of dimension: score"));
    if (doc_.size(v) == 0) report(v, Severity::error, "required-field", trf("'{}' needs at least one score", where()));
    if (too_many(s, v)) return;  // one diagnostic for the whole, not one per entry
    static const Shape score = [] {
      Shape one;
      one.type = ValueType::score;
      return one;
    }();
    for (std::size_t i = 0, n = doc_.size(v); i < n; ++i) {
      path_.push_back({doc_.text(doc_.key(v, i)), 0});
      check(score, doc_.value(v, i));
      path_.pop_back();
    }
  }

  static constexpr std::size_t tracked_fields = 48;
  static constexpr std::size_t listed_unknown = 50;
  std::size_t unknown_count_ = 0;
  bool overflowed_ = false;  // a list past its bound (too_many)

  const Record& r_;
  const yaml::Document& doc_;
  const CheckContext& ctx_;
  Diagnostics& out_;
  std::vector<RefSite>& refs_;
  std::vector<Step> path_;
  std::vector<const Shape*> objects_;  // the objects being checked, outermost first
};

}  // namespace

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || id[0] == '-' || id[0] == '_' || id[0] == '.') return false;
  return std::all_of(id.begin(), id.end(), is_id_char);
}

bool check_fields(const Record& r, const CheckContext& ctx, Diagnostics& out, std::vector<RefSite>& refs) {
  return !r.doc || FieldChecker(r, ctx, out, refs).run();
}

}  // namespace brm
