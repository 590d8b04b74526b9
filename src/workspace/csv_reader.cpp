#include "brm/workspace/csv_reader.hpp"

#include <csv.h>
#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <new>

namespace brm {
namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

/// Why a field's text could not go into a record, or nothing.
std::string text_problem(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0)
      return "the text is not UTF-8; export the file as UTF-8 (often called \"CSV UTF-8\") and import it again";
    if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7f)
      return fmt::format("the text holds the control character U+{:04X}, which a record cannot hold", cp);
    i += static_cast<std::size_t>(n);
  }
  return {};
}

// A line break inside a quoted field arrives as the exporting system wrote it.
std::string with_lf_line_ends(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r')
      out += s[i];
    else if (i + 1 == s.size() || s[i + 1] != '\n')
      out += '\n';
  }
  return out;
}

/// Feeds libcsv one byte at a time, so that every callback knows the line it is on.
class Reader {
 public:
  explicit Reader(char delimiter) : delimiter_(delimiter) {
    if (csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
    csv_set_delim(&parser_, static_cast<unsigned char>(delimiter));
    table_.delimiter = delimiter;
  }
  ~Reader() { csv_free(&parser_); }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  void read(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (between_rows_ && !blank(c)) row_.line = line_, between_rows_ = false;
      if (csv_parse(&parser_, &c, 1, on_field, on_row, this) != 1) return malformed(c);
      if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++line_;
    }
    if (csv_fini(&parser_, on_field, on_row, this) != 0)
      problem("a quoted field is never closed: its opening double quote has no partner before the end of the file");
  }

  CsvTable take() { return std::move(table_); }

 private:
  static void on_field(void* s, std::size_t n, void* self) {
    static_cast<Reader*>(self)->field(s ? std::string_view(static_cast<const char*>(s), n) : std::string_view());
  }
  static void on_row(int, void* self) { static_cast<Reader*>(self)->end_row(); }

  // What libcsv skips before a row begins.
  bool blank(char c) const { return c == '\r' || c == '\n' || ((c == ' ' || c == '\t') && c != delimiter_); }

  void field(std::string_view raw) {
    auto value = with_lf_line_ends(raw);
    if (auto why = text_problem(value); !why.empty()) problem(why);
    row_.fields.push_back(std::move(value));
  }

  void end_row() {
    const bool empty = std::all_of(row_.fields.begin(), row_.fields.end(), [](const auto& f) { return f.empty(); });
    if (!empty) table_.rows.push_back(std::move(row_));
    row_ = {};
    between_rows_ = true;
  }

  void malformed(char c) {
    problem(c == '"' ? "a double quote inside a field that does not start with one; put the whole field in double "
                       "quotes and write each quote inside it twice (\"\")"
                     : "text after the closing double quote of a field; put the whole field in double quotes and "
                       "write each quote inside it twice (\"\")");
  }

  void problem(std::string message) {
    const auto column = static_cast<std::uint32_t>(row_.fields.size() + 1);
    table_.problems.push_back({{between_rows_ ? line_ : row_.line, column}, std::move(message)});
  }

  char delimiter_;
  csv_parser parser_{};
  CsvTable table_;
  CsvRow row_;
  std::uint32_t line_ = 1;
  bool between_rows_ = true;
};

}  // namespace

char detect_delimiter(std::string_view text) {
  if (text.starts_with(byte_order_mark)) text.remove_prefix(byte_order_mark.size());
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false, started = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') {
      if (started) break;
      continue;
    }
    started = true;
    comma += c == ',', semicolon += c == ';', tab += c == '\t';
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

CsvTable read_csv(std::string_view text, std::optional<char> delimiter) {
  if (text.starts_with(byte_order_mark)) text.remove_prefix(byte_order_mark.size());
  Reader reader(delimiter.value_or(detect_delimiter(text)));
  reader.read(text);
  return reader.take();
}

}  // namespace brm
