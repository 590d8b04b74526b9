#include "brm/util/locale_format.hpp"

#include <unicode/coll.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

#include <cmath>
#include <memory>

#include <fmt/format.h>

#include "brm/util/i18n.hpp"

namespace brm {
namespace {

namespace nf = icu::number;

const char* icu_locale() { return language() == Lang::sv ? "sv" : "en"; }

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  return s.toUTF8String(out);
}

/// English as brm has always written it: fixed decimals, commas between thousands.
std::string english_number(double v, int min_decimals, int max_decimals, bool grouping) {
  const double scale = std::pow(10.0, max_decimals);
  const double r = std::round(v * scale) / scale;
  std::string text = fmt::format("{:.{}f}", r, max_decimals);
  // Trailing zeros beyond the decimals wanted go.
  if (max_decimals > min_decimals && text.find('.') != std::string::npos) {
    const auto keep = text.find('.') + 1 + static_cast<std::size_t>(min_decimals);
    while (text.size() > keep && text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (!grouping) return text;
  const std::size_t sign = text[0] == '-' ? 1 : 0;
  const std::size_t digits = std::min(text.find('.'), text.size()) - sign;
  std::string out = text.substr(0, sign);
  for (std::size_t i = 0; i < digits; ++i) {
    if (i > 0 && (digits - i) % 3 == 0) out += ',';
    out += text[sign + i];
  }
  return out + text.substr(sign + digits);
}

nf::LocalizedNumberFormatter formatter(int min_decimals, int max_decimals, bool grouping) {
  return nf::NumberFormatter::with()
      .precision(nf::Precision::minMaxFraction(min_decimals, max_decimals))
      .roundingMode(UNUM_ROUND_HALFUP)
      .grouping(grouping ? UNUM_GROUPING_AUTO : UNUM_GROUPING_OFF)
      .locale(icu::Locale(icu_locale()));
}

}  // namespace

std::string localized_number(double v, int min_decimals, int max_decimals, bool grouping) {
  if (language() == Lang::en) return english_number(v, min_decimals, max_decimals, grouping);
  UErrorCode status = U_ZERO_ERROR;
  const auto text = formatter(min_decimals, max_decimals, grouping).formatDouble(v, status).toString(status);
  return U_SUCCESS(status) ? utf8(text) : english_number(v, min_decimals, max_decimals, grouping);
}

std::string localized_percent(double percent, int min_decimals, int max_decimals) {
  const auto english = [&] { return english_number(percent, min_decimals, max_decimals, false) + "%"; };
  if (language() == Lang::en) return english();
  UErrorCode status = U_ZERO_ERROR;
  const auto text = formatter(min_decimals, max_decimals, true)
                        .unit(icu::MeasureUnit::getPercent())
                        .formatDouble(percent, status)
                        .toString(status);
  return U_SUCCESS(status) ? utf8(text) : english();
}

std::string first_upper(std::string_view text) {
  if (text.empty()) return {};
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const int32_t first = u.moveIndex32(0, 1);
  icu::UnicodeString head(u, 0, first);
  head.toUpper(icu::Locale(icu_locale()));
  return utf8(head.append(icu::UnicodeString(u, first)));
}

bool text_less(std::string_view a, std::string_view b) {
  if (language() == Lang::en) return a < b;
  // A collator per thread: ICU's are cheap to clone, and one per thread needs no lock.
  thread_local std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale(icu_locale()), status));
    return U_SUCCESS(status) ? std::move(c) : nullptr;
  }();
  if (!collator) return a < b;
  UErrorCode status = U_ZERO_ERROR;
  const auto order = collator->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                           icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  if (order != UCOL_EQUAL) return order == UCOL_LESS;
  return a < b;  // equal to the collator (case, say): a fixed order all the same
}

}  // namespace brm
