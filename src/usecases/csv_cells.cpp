#include "csv_cells.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "brm/util/i18n.hpp"

namespace brm::csv_cells {
namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A forms export of 80,000 answers; anything larger is more likely a wrong file.
constexpr std::uintmax_t max_csv_bytes = 16u << 20;

}  // namespace

std::optional<std::string> read_csv_file(const std::string& file, Failure& f) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) return f.add(trf("cannot read {}: {}", file, ec.message())), std::nullopt;
  if (size > max_csv_bytes)
    return f.add(trf("{} is larger than 16 MiB; split it into smaller files", file)), std::nullopt;
  std::ifstream in(file, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return f.add(trf("cannot read {}", file)), std::nullopt;
  return bytes;
}

std::size_t errors_in(const Diagnostics& found) {
  return static_cast<std::size_t>(
      std::count_if(found.begin(), found.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

Failure refused(Diagnostics found, const std::string& file) {
  sort_diagnostics(found);
  const auto n = errors_in(found);
  return {std::move(found),
          {trnf("{} problem in {}; nothing was written", "{} problems in {}; nothing was written", n, n, file)}};
}

void check_new_file(const NewRecordChecker& checker, Kind kind, const std::string& path, const std::string& text,
                    std::uint32_t line, const std::string& file, Diagnostics& found) {
  for (const auto& d : checker.check(kind, path, text))
    if (d.severity == Severity::error)
      found.push_back({file, {line, 1}, Severity::error, d.rule, trf("{} would not be valid: {}", path, d.message)});
}

std::optional<double> decimal_number(std::string text) {
  std::replace(text.begin(), text.end(), ',', '.');
  std::string_view t = text;
  if (t.starts_with('-')) t.remove_prefix(1);
  const auto dot = t.find('.');
  if (!digits(t.substr(0, dot)) || (dot != std::string_view::npos && !digits(t.substr(dot + 1)))) return std::nullopt;
  double x = 0;
  if (std::from_chars(text.data(), text.data() + text.size(), x).ec != std::errc()) return std::nullopt;
  return x;
}

}  // namespace brm::csv_cells
