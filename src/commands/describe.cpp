#include "brm/commands/describe.hpp"

#include "brm/commands/command.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>

#include "brm/model/kinds.hpp"
#include "brm/util/split.hpp"

namespace brm {
namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

/// The value's name and kind from CLI11's type name: "TEXT:{a,b}" (a check's choices),
/// ",|;|tab" (choices as the help shows them), "CUSTOMER" (a kind's record id), "FILE",
/// "DIR", "REV"; a generic TEXT or INT is named after the option.
void read_type(const CLI::Option& o, const std::string& word, CliOption& c) {
  const auto full = o.get_type_name();
  const auto colon = full.find(":{");
  auto base = full.substr(0, colon);
  if (colon != std::string::npos && full.back() == '}') {
    c.kind = ValueKind::choice;
    for (const auto choice : split(std::string_view(full).substr(colon + 2, full.size() - colon - 3), ','))
      c.choices.emplace_back(choice);
  } else if (base.find('|') != std::string::npos) {
    c.kind = ValueKind::choice;
    for (const auto choice : split(base, '|')) c.choices.emplace_back(choice);
    base.clear();
  }
  if (const auto kind = kind_named(lower(base)); kind && !spec_of(*kind).folder.empty()) {
    c.kind = ValueKind::record_id, c.folder = std::string(spec_of(*kind).folder);
  } else if (base == "FILE") {
    c.kind = ValueKind::file;
  } else if (base == "DIR") {
    c.kind = ValueKind::dir;
  } else if (base == "REV") {
    c.kind = ValueKind::revision;
  } else if (base.empty() || base == "TEXT" || base == "INT" || base == "UINT") {
    base = base == "INT" || base == "UINT" ? "N" : upper(word);
  }
  c.value = base;
}

CliOption option_of(const CLI::Option& o) {
  CliOption c;
  for (const auto& s : o.get_snames()) c.shorts.push_back("-" + s);
  for (const auto& l : o.get_lnames()) c.longs.push_back("--" + l);
  c.description = o.get_description();
  c.required = o.get_required();
  c.repeats = o.get_items_expected_max() > 1;
  if (c.shorts.empty() && c.longs.empty()) c.positional = o.get_name();
  if (!o.get_type_name().empty()) read_type(o, c.positional.empty() ? o.get_lnames().front() : c.positional, c);
  return c;
}

/// The footer's text and its "Examples:" block, which runs to the end.
void read_footer(const std::string& footer, CliCommand& c) {
  auto at = footer.find("Examples:\n");
  if (at != 0) at = footer.find("\nExamples:\n");
  c.text = footer.substr(0, at);
  if (at == std::string::npos) return;
  for (const auto line : split(std::string_view(footer).substr(footer.find("Examples:\n", at) + 10), '\n')) {
    const auto start = line.find_first_not_of(' ');
    if (start != std::string_view::npos) c.examples.emplace_back(line.substr(start));
  }
}

CliCommand command_of(const CLI::App& app, std::vector<std::string> path) {
  CliCommand c;
  c.path = std::move(path);
  const auto description = app.get_description();
  const auto lines = split(description, '\n');
  c.summary = lines.front();
  read_footer(app.get_footer(), c);
  if (lines.size() > 1) {  // the root's description runs on: its first line is the summary
    std::string rest;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (i > 1) rest += ' ';
      rest += lines[i];
    }
    c.text = rest + (c.text.empty() ? "" : "\n\n" + c.text);
  }
  for (const auto* o : app.get_options())
    if (o->get_group() != "" || o->get_positional()) c.options.push_back(option_of(*o));
  std::stable_partition(c.options.begin(), c.options.end(), [](const CliOption& o) { return o.positional.empty(); });
  for (const auto* sub : visible_subcommands(app)) {
    auto sub_path = c.path;
    sub_path.push_back(sub->get_name());
    c.subcommands.push_back(command_of(*sub, std::move(sub_path)));
  }
  return c;
}

}  // namespace

CliCommand describe(const CLI::App& root) {
  auto c = command_of(root, {});
  if (c.summary.starts_with("brm: ")) c.summary = c.summary.substr(5);
  return c;
}

}  // namespace brm
