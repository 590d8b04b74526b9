#pragma once
#include <memory>
#include <string_view>

namespace brm {

/// A catalogue's rule for which plural form a count takes: the C expression after
/// "plural=" in the Plural-Forms line of its header ("nplurals=2; plural=(n != 1);"),
/// so that a language with other forms needs only its catalogue. Without a readable
/// rule, the form is n != 1 (as English and Swedish).
class PluralRule {
 public:
  static PluralRule parse(std::string_view header);
  unsigned long form(unsigned long n) const;

  struct Node;

 private:
  std::shared_ptr<const Node> expr_;
  unsigned long forms_ = 2;
};

}  // namespace brm
