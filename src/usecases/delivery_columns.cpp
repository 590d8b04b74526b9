#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "brm/checks/suggest.hpp"
#include "brm/usecases/delivery_import.hpp"
#include "brm/util/i18n.hpp"
#include "csv_cells.hpp"

namespace brm {
namespace {

using csv_cells::lower;
using csv_cells::trim;

constexpr std::array required = {DeliveryColumn::service, DeliveryColumn::metric, DeliveryColumn::period,
                                 DeliveryColumn::value};

class HeaderMapper {
 public:
  HeaderMapper(const CsvRow& header, const DeliveryColumnOptions& o, const std::string& path, Diagnostics& out)
      : header_(header), o_(o), path_(path), out_(out) {}

  std::optional<DeliveryColumns> map() {
    columns_.count = header_.fields.size();
    for (std::size_t i = 0; i < header_.fields.size(); ++i) place(i);
    for (std::size_t c = 0; c < delivery_column_count; ++c)
      if (o_.header[c] && !columns_.at[c])
        problem(0, trf("--{}-column names '{}', but no column has that header", name(c), *o_.header[c]));
    for (const auto c : required)
      if (!columns_.of(c)) problem(0, missing(static_cast<std::size_t>(c)));
    if (!columns_.of(DeliveryColumn::agreement) && !columns_.of(DeliveryColumn::customer))
      problem(0, tr("no column says whose figures a row holds: add an 'agreement' column, or a 'customer' column "
                    "(with 'service', a row is then for the agreement in force for that period)"));
    if (!ok_) return std::nullopt;
    return columns_;
  }

 private:
  static std::string_view name(std::size_t c) { return EnumNames<DeliveryColumn>::names[c]; }

  std::string missing(std::size_t c) const {
    return trf("no '{}' column: name the column that holds it with --{}-column", name(c), name(c));
  }

  /// The column the header at `i` is, by an option first, then by its own name.
  std::optional<std::size_t> column_of(const std::string& header) const {
    for (std::size_t c = 0; c < delivery_column_count; ++c)
      if (o_.header[c] && lower(*o_.header[c]) == header) return c;
    for (std::size_t c = 0; c < delivery_column_count; ++c)
      if (!o_.header[c] && name(c) == header) return c;
    return std::nullopt;
  }

  void place(std::size_t i) {
    const auto header = lower(trim(header_.fields[i]));
    if (std::any_of(o_.ignore.begin(), o_.ignore.end(), [&](const auto& g) { return lower(trim(g)) == header; }))
      return;
    const auto c = column_of(header);
    if (!c) return unknown(i, header);
    if (columns_.at[*c])
      return problem(
          i, trf("a second '{}' column; the first is column {}", trim(header_.fields[i]), *columns_.at[*c] + 1));
    columns_.at[*c] = i;
  }

  void unknown(std::size_t i, const std::string& header) {
    if (header.empty())
      return problem(i, tr("the column has no header; give it one in the first line, or leave it out with "
                           "--ignore-column \"\""));
    const auto names = EnumNames<DeliveryColumn>::names;
    const std::vector<std::string_view> known(names.begin(), names.end());
    problem(i, trf("unknown column '{}'{}: the columns are {}; name what it holds with --COLUMN-column, or "
                   "leave it out with --ignore-column",
                   trim(header_.fields[i]), did_you_mean(header, known), fmt::join(known, ", ")));
  }

  void problem(std::size_t column, std::string message) {
    out_.push_back({path_,
                    {header_.line, static_cast<std::uint32_t>(column + 1)},
                    Severity::error,
                    delivery_import_rule,
                    std::move(message)});
    ok_ = false;
  }

  const CsvRow& header_;
  const DeliveryColumnOptions& o_;
  const std::string& path_;
  Diagnostics& out_;
  DeliveryColumns columns_;
  bool ok_ = true;
};

}  // namespace

std::optional<DeliveryColumns> map_delivery_columns(const CsvRow& header, const DeliveryColumnOptions& o,
                                                    const std::string& path, Diagnostics& out) {
  return HeaderMapper(header, o, path, out).map();
}

}  // namespace brm
