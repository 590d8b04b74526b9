// What a value drawn from a record does in each output (docs/cli.md, "What a value can
// do"): no control character reaches any output raw, JSON keeps every value exactly,
// and no output line holds either syntax of a CI runner's workflow commands.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "brm/model/text.hpp"
#include "brm/render/icalendar.hpp"
#include "brm/render/json_text.hpp"
#include "brm/render/table.hpp"

using namespace brm;

namespace {

/// Every C0 and C1 code point, DEL, U+2028 and U+2029, as UTF-8.
std::vector<std::string> controls() {
  std::vector<std::string> out;
  for (unsigned c = 0; c < 0x20; ++c) out.push_back(std::string(1, static_cast<char>(c)));
  out.push_back("\x7f");
  for (unsigned c = 0x80; c < 0xA0; ++c) out.push_back(std::string("\xC2") + static_cast<char>(c));
  out.push_back("\xE2\x80\xA8");
  out.push_back("\xE2\x80\xA9");
  return out;
}

/// Whether `text` holds a control character raw; `allowed` are the bytes it may hold.
bool holds_control(std::string_view text, std::string_view allowed) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (allowed.find(static_cast<char>(c)) != std::string_view::npos) continue;
    if (c < 0x20 || c == 0x7f) return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0 &&
        static_cast<unsigned char>(text[i + 1]) >= 0x80)
      return true;
    if (text.substr(i, 3) == "\xE2\x80\xA8" || text.substr(i, 3) == "\xE2\x80\xA9") return true;
  }
  return false;
}

/// What a runner would take for a command: "::" at a line's start after white space, or
/// "##[" anywhere (the full judge is tests/ci/runner_commands.py).
bool commands_in(std::string_view text) {
  if (text.find("##[") != std::string_view::npos) return true;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(start, end - start);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.starts_with("\xE3\x80\x80")) line.remove_prefix(3);  // U+3000, white space to .NET
    if (line.starts_with("::")) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

TEST_CASE("visible and printable write every control character as an escape") {
  for (const auto& c : controls()) {
    const auto value = "a" + c + "b";
    INFO(static_cast<int>(static_cast<unsigned char>(c.back())));
    CHECK_FALSE(holds_control(visible(value), "\t"));
    CHECK_FALSE(holds_control(printable(value, TextLines::one), "\t"));
    CHECK_FALSE(holds_control(printable(value, TextLines::many), "\t\n"));
  }
  CHECK(visible("a\x1b[2Jb") == "a\\x1b[2Jb");
  CHECK(printable("one\ntwo\rthree", TextLines::many) == "one\ntwo\\rthree");
  CHECK(printable("one\ntwo", TextLines::one) == "one\\ntwo");
  CHECK(visible("\xC2\x9B"
                "31m") == "\\u009b31m");
}

TEST_CASE("both syntaxes of workflow commands are broken in text drawn from records") {
  CHECK(neutralise_commands("::error::x") == "\\x3a:error::x");
  CHECK(neutralise_commands("  ::error::x") == "  \\x3a:error::x");
  CHECK(neutralise_commands("\xE3\x80\x80::error::x") == "\xE3\x80\x80\\x3a:error::x");
  CHECK(neutralise_commands("name ::error::x") == "name ::error::x");  // not at a line's start
  CHECK(neutralise_commands("a\n ::warning::b") == "a\n \\x3a:warning::b");
  CHECK(neutralise_commands("C# ##[add-mask]secret") == "C# #\\x23[add-mask]secret");
  CHECK(neutralise_commands("plain text") == "plain text");
  // The runner matches as ICU collates, skipping ignorable characters such as U+00AD.
  CHECK(neutralise_commands("#\xC2\xAD#[add-mask]x") == "#\xC2\xAD\\x23[add-mask]x");
  CHECK(neutralise_commands(":\xE2\x80\x8B:error::x") == "\\x3a\xE2\x80\x8B:error::x");
  CHECK(neutralise_commands("\xE2\x80\x8B::error::x") == "\xE2\x80\x8B\\x3a:error::x");
  for (const auto* hostile : {"::error::x", " ##[error]x", "a\n::add-mask::y", "\xC2\xA0::stop-commands::t"}) {
    INFO(hostile);
    CHECK_FALSE(commands_in(visible(hostile)));
    CHECK_FALSE(commands_in(printable(hostile, TextLines::many)));
  }
}

TEST_CASE("JSON carries every value exactly, and nothing a terminal or log obeys") {
  for (const auto& c : controls()) {
    const auto value = "a" + c + "b ##[error]x";
    const nlohmann::json doc = {{"v", value}};
    const auto text = json_text(doc);
    INFO(text);
    CHECK_FALSE(holds_control(text, "\n"));
    CHECK_FALSE(commands_in(text));
    CHECK(nlohmann::json::parse(text)["v"] == value);
  }
}

TEST_CASE("CSV cells and calendar texts hold no control character and no command") {
  for (const auto& c : controls()) {
    const auto value = "::error::a" + c + "b ##[add-mask]x";
    Table t{{{"name", "Name"}}, {{Cell(value)}}};
    std::ostringstream csv;
    render_table_csv(t, csv);
    INFO(csv.str());
    CHECK_FALSE(holds_control(csv.str(), "\t\n\r"));  // tabs are text; CRLF ends a record
    CHECK_FALSE(commands_in(csv.str()));

    Calendar cal;
    cal.name = value;
    CalendarItem item;
    item.date = *Date::parse("2026-12-01");
    item.uid = "u";
    item.summary = value;
    item.description = value + "\n" + value;
    cal.items.push_back(item);
    std::ostringstream ics;
    render_icalendar(cal, 0, ics);
    INFO(ics.str());
    CHECK_FALSE(holds_control(ics.str(), "\t\r\n"));  // RFC 5545 TEXT holds tabs
    CHECK_FALSE(commands_in(ics.str()));
  }
}
