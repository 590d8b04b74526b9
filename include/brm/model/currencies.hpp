#pragma once
#include <string_view>

namespace brm {

/// True for an active ISO 4217 alphabetic currency code (uppercase, as the standard writes it).
bool is_currency_code(std::string_view code);

}  // namespace brm
