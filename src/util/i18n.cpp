#include "brm/util/i18n.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "brm/util/plural_forms.hpp"

namespace brm {
namespace {

Lang current = Lang::en;

// The GNU .mo layout: a header of 32-bit words (magic, revision, count, offset of the
// originals' table, offset of the translations' table), then per string its length and
// offset. msgfmt sorts the originals, so a lookup is a binary search.
std::uint32_t word(std::string_view mo, std::size_t at, bool swap) {
  if (at + 4 > mo.size()) return 0;
  std::uint32_t v;
  std::memcpy(&v, mo.data() + at, 4);
  return swap ? __builtin_bswap32(v) : v;
}

struct MoView {
  std::string_view bytes;
  bool swap = false;
  std::uint32_t count = 0, originals = 0, translations = 0;

  explicit MoView(std::string_view mo) : bytes(mo) {
    const std::uint32_t magic = word(mo, 0, false);
    if (magic != 0x950412deu && magic != 0xde120495u) return;
    swap = magic == 0xde120495u;
    count = word(mo, 8, swap), originals = word(mo, 12, swap), translations = word(mo, 16, swap);
  }
  std::string_view string(std::uint32_t table, std::uint32_t i) const {
    const std::size_t len = word(bytes, table + 8u * i, swap), off = word(bytes, table + 8u * i + 4, swap);
    return off + len <= bytes.size() ? bytes.substr(off, len) : std::string_view{};
  }
};

const EmbeddedCatalogue* catalogue_of(Lang lang) {
  for (const auto& c : embedded_catalogues())
    if (c.lang && code_of(lang) == c.lang) return &c;
  return nullptr;
}

std::string_view catalogue_bytes(Lang lang) {
  const auto* c = catalogue_of(lang);
  return c ? std::string_view(reinterpret_cast<const char*>(c->bytes), c->size) : std::string_view{};
}

std::string_view catalogue_bytes() {
  static const std::string_view by_lang[] = {catalogue_bytes(Lang::en), catalogue_bytes(Lang::sv)};
  return by_lang[static_cast<int>(current)];
}

/// The plural rule of the chosen language's catalogue, read from its header (the
/// translation of "") once.
const PluralRule& plural_rule() {
  auto rule_of = [](Lang lang) { return PluralRule::parse(mo_lookup(catalogue_bytes(lang), "").value_or("")); };
  static const PluralRule rules[] = {rule_of(Lang::en), rule_of(Lang::sv)};
  return rules[static_cast<int>(current)];
}

}  // namespace

std::string_view code_of(Lang lang) { return lang == Lang::sv ? "sv" : "en"; }

std::optional<Lang> parse_lang(std::string_view code) {
  const auto base = code.substr(0, code.find_first_of("_-.@"));
  if (base == "sv") return Lang::sv;
  if (base == "en") return Lang::en;
  return std::nullopt;
}

Lang language_from_env(const char* lc_all, const char* lc_messages, const char* lang) {
  for (const char* v : {lc_all, lc_messages, lang})
    if (v && *v) return parse_lang(v).value_or(Lang::en);
  return Lang::en;
}

Lang language_from_env() {
  return language_from_env(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
}

void set_language(Lang lang) { current = lang; }
Lang language() { return current; }

std::optional<std::string_view> mo_lookup(std::string_view mo, std::string_view msgid) {
  const MoView v(mo);
  std::uint32_t lo = 0, hi = v.count;
  while (lo < hi) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    // A plural entry's original is "singular\0plural": it is found by its singular.
    auto original = v.string(v.originals, mid);
    original = original.substr(0, original.find('\0'));
    if (original == msgid) {
      const auto found = v.string(v.translations, mid);
      return found.empty() ? std::nullopt : std::optional(found);
    }
    (original < msgid ? lo = mid + 1 : hi = mid);
  }
  return std::nullopt;
}

const char* tr(const char* msgid) {
  if (current == Lang::en || !*msgid) return msgid;
  const auto found = mo_lookup(catalogue_bytes(), msgid);
  return found ? found->data() : msgid;  // .mo strings end with a NUL
}

const char* trc(const char* context, const char* msgid) {
  if (current == Lang::en) return msgid;
  // A .mo file keys a text with a context as "context\4msgid".
  const auto found = mo_lookup(catalogue_bytes(), std::string(context) + '\4' + msgid);
  return found ? found->data() : msgid;
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
  const auto found = current == Lang::en ? std::nullopt : mo_lookup(catalogue_bytes(), singular);
  if (!found) return n == 1 ? singular : plural;
  // The forms follow one another, each ended by a NUL.
  std::string_view forms = *found;
  for (unsigned long i = plural_rule().form(n); i > 0 && forms.find('\0') != std::string_view::npos; --i)
    forms.remove_prefix(forms.find('\0') + 1);
  return forms.data();
}

}  // namespace brm
