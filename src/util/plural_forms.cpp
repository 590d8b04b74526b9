#include "brm/util/plural_forms.hpp"

#include <cctype>
#include <string>
#include <vector>

namespace brm {

// The expression as a tree: the operators gettext's plural rules use (?:, ||, &&,
// comparisons, + - * / %, !, parentheses), the variable n and whole numbers.
struct PluralRule::Node {
  std::string op;  // "n", "num", an operator, or "?:"
  unsigned long value = 0;
  std::vector<std::shared_ptr<const Node>> args;

  unsigned long eval(unsigned long n) const {
    if (op == "n") return n;
    if (op == "num") return value;
    const auto a = [&](std::size_t i) { return args[i]->eval(n); };
    if (op == "?:") return a(0) ? a(1) : a(2);
    if (op == "!") return !a(0);
    const unsigned long x = a(0), y = a(1);
    if (op == "||") return x || y;
    if (op == "&&") return x && y;
    if (op == "==") return x == y;
    if (op == "!=") return x != y;
    if (op == "<") return x < y;
    if (op == ">") return x > y;
    if (op == "<=") return x <= y;
    if (op == ">=") return x >= y;
    if (op == "+") return x + y;
    if (op == "-") return x - y;
    if (op == "*") return x * y;
    if (op == "/") return y ? x / y : 0;
    if (op == "%") return y ? x % y : 0;
    return 0;
  }
};

namespace {

using NodePtr = std::shared_ptr<const PluralRule::Node>;

/// Recursive descent over the C grammar, lowest precedence first. Any error makes the
/// whole rule unreadable (nullptr).
class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  NodePtr whole() {
    auto e = ternary();
    skip();
    return e && pos_ == s_.size() ? e : nullptr;
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;

  void skip() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  bool eat(std::string_view tok) {
    skip();
    if (s_.substr(pos_, tok.size()) != tok) return false;
    // "<" must not take the first character of "<=", nor "!" of "!=".
    if (tok.size() == 1 && pos_ + 1 < s_.size() && s_[pos_ + 1] == '=' &&
        std::string_view("<>!=").find(tok[0]) != std::string_view::npos)
      return false;
    pos_ += tok.size();
    return true;
  }
  static NodePtr make(std::string op, std::vector<NodePtr> args) {
    for (const auto& a : args)
      if (!a) return nullptr;
    auto n = std::make_shared<PluralRule::Node>();
    n->op = std::move(op);
    n->args.assign(args.begin(), args.end());
    return n;
  }

  NodePtr ternary() {
    auto c = binary(0);
    if (!eat("?")) return c;
    auto yes = ternary();
    if (!eat(":")) return nullptr;
    return make("?:", {c, yes, ternary()});
  }

  NodePtr binary(std::size_t level) {
    static const std::vector<std::vector<std::string_view>> levels = {
        {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}};
    if (level == levels.size()) return unary();
    auto left = binary(level + 1);
    for (bool more = true; more && left;) {
      more = false;
      for (auto op : levels[level])
        if (eat(op)) {
          left = make(std::string(op), {left, binary(level + 1)});
          more = true;
          break;
        }
    }
    return left;
  }

  NodePtr unary() {
    if (eat("!")) return make("!", {unary()});
    if (eat("(")) {
      auto e = ternary();
      return eat(")") ? e : nullptr;
    }
    skip();
    if (pos_ < s_.size() && s_[pos_] == 'n') {
      ++pos_;
      return make("n", {});
    }
    unsigned long v = 0;
    const std::size_t start = pos_;
    while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_])))
      v = v * 10 + static_cast<unsigned long>(s_[pos_++] - '0');
    if (pos_ == start) return nullptr;
    auto n = std::make_shared<PluralRule::Node>();
    n->op = "num", n->value = v;
    return n;
  }
};

/// The value after `key=` up to the next ';' (or the end of the line).
std::string_view field(std::string_view header, std::string_view key) {
  const auto at = header.find(key);
  if (at == std::string_view::npos) return {};
  auto rest = header.substr(at + key.size());
  return rest.substr(0, rest.find_first_of(";\n"));
}

}  // namespace

PluralRule PluralRule::parse(std::string_view header) {
  PluralRule r;
  const auto line_at = header.find("Plural-Forms:");
  if (line_at == std::string_view::npos) return r;
  const auto line = header.substr(line_at, header.find('\n', line_at) - line_at);
  const auto count = field(line, "nplurals=");
  unsigned long forms = 0;
  for (char c : count)
    if (std::isdigit(static_cast<unsigned char>(c))) forms = forms * 10 + static_cast<unsigned long>(c - '0');
  auto expr = Parser(field(line, "plural=")).whole();
  if (forms == 0 || !expr) return r;
  r.expr_ = std::move(expr);
  r.forms_ = forms;
  return r;
}

unsigned long PluralRule::form(unsigned long n) const {
  const unsigned long f = expr_ ? expr_->eval(n) : (n != 1 ? 1 : 0);
  return f < forms_ ? f : forms_ - 1;
}

}  // namespace brm
