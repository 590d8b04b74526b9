#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "brm/util/i18n.hpp"
#include "brm/util/locale_format.hpp"
#include "brm/util/plural_forms.hpp"

using namespace brm;

namespace {

/// Sets the language for one test and puts English back after it.
struct InLanguage {
  explicit InLanguage(Lang l) { set_language(l); }
  ~InLanguage() { set_language(Lang::en); }
};

}  // namespace

TEST_CASE("the language comes from LC_ALL, then LC_MESSAGES, then LANG") {
  CHECK(language_from_env("sv_SE.UTF-8", "en_GB.UTF-8", "en_US.UTF-8") == Lang::sv);
  CHECK(language_from_env("", "sv_SE.UTF-8", "en_US.UTF-8") == Lang::sv);
  CHECK(language_from_env(nullptr, nullptr, "sv_FI.UTF-8") == Lang::sv);
  CHECK(language_from_env("C", nullptr, "sv_SE.UTF-8") == Lang::en);  // LC_ALL wins, even for C
  CHECK(language_from_env("de_DE.UTF-8", nullptr, nullptr) == Lang::en);
  CHECK(language_from_env(nullptr, nullptr, nullptr) == Lang::en);
  CHECK(parse_lang("sv-SE") == Lang::sv);
  CHECK_FALSE(parse_lang("svenska").has_value());
}

TEST_CASE("a .mo catalogue compiled by msgfmt is read: texts, contexts and plurals") {
  const std::string dir =
      (std::filesystem::temp_directory_path() / ("brm-unit-mo-" + std::to_string(::getpid()))).string();
  std::ofstream(dir + ".po") << "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                                "\"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\\n\"\n\n"
                                "msgid \"Customer\"\nmsgstr \"Kund\"\n\n"
                                "msgctxt \"area\"\nmsgid \"plans\"\nmsgstr \"planer\"\n\n"
                                "msgid \"Untranslated\"\nmsgstr \"\"\n";
  REQUIRE(std::system(("msgfmt -o " + dir + ".mo " + dir + ".po").c_str()) == 0);
  std::ifstream in(dir + ".mo", std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const std::string mo = bytes.str();
  std::remove((dir + ".po").c_str());
  std::remove((dir + ".mo").c_str());

  CHECK(mo_lookup(mo, "Customer") == "Kund");
  CHECK(mo_lookup(mo, std::string("area") + '\4' + "plans") == "planer");
  CHECK_FALSE(mo_lookup(mo, "plans").has_value());         // only with its context
  CHECK_FALSE(mo_lookup(mo, "Untranslated").has_value());  // an empty translation is none
  CHECK_FALSE(mo_lookup(mo, "Nothing").has_value());
  CHECK_FALSE(mo_lookup("not a catalogue", "Customer").has_value());

  const auto rule = PluralRule::parse(*mo_lookup(mo, ""));
  CHECK(rule.form(1) == 0);
  CHECK(rule.form(3) == 1);
  CHECK(rule.form(5) == 2);
  CHECK(rule.form(22) == 1);
}

TEST_CASE("without a readable plural rule, the plural is for every count but one") {
  const auto rule = PluralRule::parse("Plural-Forms: nplurals=2; plural=(n !=;\n");
  CHECK(rule.form(1) == 0);
  CHECK(rule.form(0) == 1);
  CHECK(rule.form(2) == 1);
  CHECK(PluralRule::parse("Plural-Forms: nplurals=1; plural=0;\n").form(7) == 0);
}

TEST_CASE("Swedish comes from the built-in catalogue; English is the text itself") {
  CHECK(std::string(tr("Customer")) == "Customer");
  InLanguage sv(Lang::sv);
  CHECK(std::string(tr("Customer")) == "Kund");
  CHECK(std::string(trc("area", "agreements")) == "överenskommelser");
  CHECK(std::string(tr("a text no catalogue has")) == "a text no catalogue has");
  CHECK(trnf("; {} earlier is missing too", "; {} earlier are missing too", 2, 2) == "; 2 tidigare saknas också");
}

TEST_CASE("numbers in Swedish: no-break space groups, decimal comma, percent after a space") {
  CHECK(localized_number(2460000, 0, 2) == "2,460,000");
  CHECK(localized_number(1250.5, 2, 2) == "1,250.50");
  CHECK(localized_percent(85.714, 1, 1) == "85.7%");
  InLanguage sv(Lang::sv);
  CHECK(localized_number(2460000, 0, 2) == "2\u00a0460\u00a0000");
  CHECK(localized_number(12345.5, 2, 2) == "12\u00a0345,50");
  CHECK(localized_number(0.125, 2, 2) == "0,13");  // half away from zero, as in English
  CHECK(localized_number(1234567, 0, 0, false) == "1234567");
  CHECK(localized_percent(99.5, 1, 1) == "99,5\u00a0%");
}

TEST_CASE("names in Swedish order: Å, Ä, Ö after Z; English keeps byte order") {
  CHECK(text_less("Zeta", "Åsa"));
  InLanguage sv(Lang::sv);
  CHECK(text_less("Zeta", "Åsa"));
  CHECK(text_less("Åsa", "Ärla"));
  CHECK(text_less("Ärla", "Örjan"));
  CHECK(text_less("berg", "Bergström"));
  CHECK_FALSE(text_less("Örjan", "Anna"));
  CHECK(first_upper("överenskommelser") == "Överenskommelser");
}
