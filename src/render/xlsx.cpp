#include "brm/render/xlsx.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <map>

#include "brm/model/text.hpp"
#include "brm/util/display_width.hpp"
#include "brm/util/i18n.hpp"
#include "xlsx_file.hpp"

namespace brm {
namespace {

constexpr double excel_1970 = 25569;     // 1970-01-01 as Excel counts days
constexpr double excel_march_1900 = 61;  // Excel counts a 29 February 1900 that never was: earlier days stay text
constexpr std::size_t max_text = 32767;  // characters Excel holds in one cell
constexpr std::size_t max_name = 31;     // characters of a worksheet's name
constexpr double min_width = 6, max_width = 60;

/// The first `n` characters (code points) of UTF-8 text.
std::string first_chars(const std::string& text, std::size_t n) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == n) return text.substr(0, i);
  return text;
}

/// How Excel shows a typed cell: with the decimals, sign, grouping or percent sign its text has.
std::string number_format(const Cell& c) {
  const auto places = c.decimals > 0 ? fmt::format(".{}", std::string(static_cast<std::size_t>(c.decimals), '0')) : "";
  switch (c.type) {
    case CellType::number:
      return c.decimals < 0 ? "General" : fmt::format("0{}", places);
    case CellType::amount:
      return fmt::format("#,##0{}", places);
    case CellType::change:
      return fmt::format("+0{0};-0{0};0{0}", places);
    case CellType::percent:
      return fmt::format("0{}%", places);
    case CellType::date:
      return "yyyy-mm-dd";
    case CellType::text:
      break;
  }
  return "General";
}

/// The workbook's cell formats, each made once.
class Formats {
 public:
  explicit Formats(lxw_workbook* wb) : wb_(wb) {}
  lxw_format* header() {
    if (!header_) format_set_bold(header_ = workbook_add_format(wb_));
    return header_;
  }
  lxw_format* of(const std::string& code) {
    if (code == "General") return nullptr;
    auto& f = by_code_[code];
    if (!f) format_set_num_format(f = workbook_add_format(wb_), code.c_str());
    return f;
  }

 private:
  lxw_workbook* wb_;
  lxw_format* header_ = nullptr;
  std::map<std::string, lxw_format*> by_code_;  // by number format
};

lxw_error write_text(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::string& text, lxw_format* f) {
  if (text.empty()) return LXW_NO_ERROR;
  return worksheet_write_string(ws, r, c, first_chars(neutralised(printable(text, TextLines::many)), max_text).c_str(),
                                f);
}

lxw_error write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const Cell& cell, Formats& formats) {
  const bool date = cell.type == CellType::date;
  if (cell.type == CellType::text || (date && cell.value + excel_1970 < excel_march_1900))
    return write_text(ws, r, c, cell.text, nullptr);
  const double v = date ? cell.value + excel_1970 : cell.value;
  return worksheet_write_number(ws, r, c, v, formats.of(number_format(cell)));
}

/// Each column as wide as its widest text, within limits, in Excel's character widths.
void set_widths(lxw_worksheet* ws, const Table& t) {
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    std::size_t widest = display_width(t.columns[i].header);
    for (const auto& row : t.rows)
      if (i < row.size()) widest = std::max(widest, display_width(row[i].text));
    const double width = std::clamp(static_cast<double>(widest) + 2, min_width, max_width);
    worksheet_set_column(ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), width, nullptr);
  }
}

lxw_error write_sheet(lxw_worksheet* ws, const Table& t, Formats& formats) {
  lxw_error err = LXW_NO_ERROR;
  for (std::size_t i = 0; i < t.columns.size() && !err; ++i)
    err = write_text(ws, 0, static_cast<lxw_col_t>(i), t.columns[i].header, formats.header());
  for (std::size_t r = 0; r < t.rows.size() && !err; ++r)
    for (std::size_t i = 0; i < t.rows[r].size() && i < t.columns.size() && !err; ++i)
      err = write_cell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(i), t.rows[r][i], formats);
  if (err) return err;
  set_widths(ws, t);
  worksheet_freeze_panes(ws, 1, 0);
  if (!t.columns.empty())
    err = worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(t.rows.size()),
                               static_cast<lxw_col_t>(t.columns.size() - 1));
  return err;
}

void set_properties(lxw_workbook* wb, const WorkbookInfo& info) {
  // docProps/core.xml is XML, which holds no control character at all.
  std::string title = printable(info.title, TextLines::one), subject = printable(info.subject, TextLines::one);
  lxw_doc_properties p{};
  p.title = title.data();
  p.subject = subject.data();
  p.created = info.created;
  workbook_set_properties(wb, &p);  // copies what it keeps
}

std::string failed(lxw_error err) { return trf("cannot write the workbook: {}", lxw_strerror(err)); }

}  // namespace

std::vector<Sheet> report_sheets(const ReportDoc& doc) {
  std::vector<Sheet> out;
  for (const auto& s : doc.sections)
    for (const auto& b : s.blocks) {
      if (const auto* t = std::get_if<NamedTable>(&b)) out.push_back({t->name, t->table});
      if (const auto* c = std::get_if<Chart>(&b); c && in_text(b)) out.push_back({c->name, chart_table(*c)});
    }
  return out;
}

std::vector<std::string> sheet_names(const std::vector<std::string>& names) {
  std::vector<std::string> out, taken;  // taken: in lower case, as Excel compares them
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; });
    return s;
  };
  for (auto name : names) {
    std::replace_if(
        name.begin(), name.end(),
        [](char ch) { return std::string_view("[]:*?/\\").find(ch) != std::string_view::npos; }, '-');
    name.erase(0, name.find_first_not_of('\''));
    name.erase(name.find_last_not_of('\'') + 1);
    if (name.empty()) name = "Sheet";
    auto unique = first_chars(name, max_name);
    for (int n = 2; std::find(taken.begin(), taken.end(), lower(unique)) != taken.end(); ++n) {
      const auto suffix = fmt::format("-{}", n);
      unique = first_chars(name, max_name - suffix.size()) + suffix;
    }
    taken.push_back(lower(unique));
    out.push_back(std::move(unique));
  }
  return out;
}

std::string render_xlsx(const std::vector<Sheet>& sheets, const WorkbookInfo& info, std::ostream& out) {
  const XlsxScratchFile file;
  if (file.path().empty()) return tr("cannot write the workbook: no temporary file could be made");
  lxw_workbook* wb = workbook_new(file.path().c_str());
  if (!wb) return tr("cannot write the workbook: out of memory");
  set_properties(wb, info);
  Formats formats(wb);
  std::vector<std::string> wanted;
  wanted.reserve(sheets.size());
  for (const auto& s : sheets) wanted.push_back(s.name);
  const auto names = sheet_names(wanted);
  lxw_error err = LXW_NO_ERROR;
  for (std::size_t i = 0; i < sheets.size() && !err; ++i) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, names[i].c_str());
    err = ws ? write_sheet(ws, sheets[i].table, formats) : LXW_ERROR_SHEETNAME_ALREADY_USED;
  }
  // workbook_close writes the file and frees the workbook, even after an error.
  if (const auto closed = workbook_close(wb); !err) err = closed;
  if (err) return failed(err);
  std::string bytes;
  if (!file.read_all(bytes)) return tr("cannot write the workbook: its temporary file cannot be read");
  out << bytes;
  return {};
}

}  // namespace brm
