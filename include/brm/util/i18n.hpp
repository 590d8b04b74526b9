#pragma once
#include <fmt/format.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>

// The language people read brm in. Texts are written in English in the code, marked
// with tr() (and trn() where a count chooses the form), and looked up in the message
// catalogue of the chosen language: po/LANG.po, compiled by msgfmt at build time and
// built into the program (docs/languages.md). A text without a translation stays
// English. The language is chosen once, before a command runs, and holds for the whole
// run (as gettext's does): every thread reads it, none changes it.
namespace brm {

enum class Lang { en, sv };

/// "en", "sv"
std::string_view code_of(Lang lang);
/// The language of a code ("sv", "sv_SE.UTF-8", "sv-SE"); nullopt when brm has none.
std::optional<Lang> parse_lang(std::string_view code);
/// The language as gettext would take it from the environment: LC_ALL, else
/// LC_MESSAGES, else LANG (the first set and not empty); English when that is not a
/// language brm speaks (C, POSIX, de_DE...).
Lang language_from_env(const char* lc_all, const char* lc_messages, const char* lang);
Lang language_from_env();

/// Chooses the language for the rest of the run. Not thread-safe: call it before any
/// work starts.
void set_language(Lang lang);
Lang language();

/// `msgid` in the chosen language, or `msgid` itself when the catalogue has no
/// translation. The result lives as long as the program.
const char* tr(const char* msgid);
/// `msgid` as meant in `context` (gettext's msgctxt), for a word that reads differently
/// in different places: trc("complaint status", "open").
const char* trc(const char* context, const char* msgid);
/// The form for `n` of a text with a singular and a plural (`trn("{} finding",
/// "{} findings", n)`), by the catalogue's Plural-Forms.
const char* trn(const char* singular, const char* plural, unsigned long n);

/// fmt::format with the translated format string: trf("Plan item '{}' is due", title).
/// The translation keeps the msgid's placeholders (tests/languages checks every one).
template <class... Args>
std::string trf(const char* msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

/// The same for a text with a context (see trc).
template <class... Args>
std::string trcf(const char* context, const char* msgid, Args&&... args) {
  return fmt::format(fmt::runtime(trc(context, msgid)), std::forward<Args>(args)...);
}

/// The same for a text whose form depends on the count `n` (the first argument need not be n).
template <class... Args>
std::string trnf(const char* singular, const char* plural, unsigned long n, Args&&... args) {
  return fmt::format(fmt::runtime(trn(singular, plural, n)), std::forward<Args>(args)...);
}

/// A compiled catalogue (a GNU .mo file) built into the program.
struct EmbeddedCatalogue {
  const char* lang;
  const unsigned char* bytes;
  std::size_t size;
};
std::span<const EmbeddedCatalogue> embedded_catalogues();

/// The translation of `msgid` in a .mo catalogue's bytes, or nullopt. Exposed for the
/// tests; tr() is what the program uses.
std::optional<std::string_view> mo_lookup(std::string_view mo, std::string_view msgid);

}  // namespace brm
