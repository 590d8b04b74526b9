#include <fmt/format.h>

#include <string_view>

#include "brm/render/cli_doc.hpp"
#include "brm/util/split.hpp"

namespace brm {
namespace {

/// Text safe for roff: backslashes escaped, `code` in bold, and no line that starts with
/// a control character.
std::string roff(std::string_view text) {
  std::string out;
  bool code = false;
  for (const char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '`')
      out += (code = !code) ? "\\fB" : "\\fR";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (code) out += "\\fR";
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
  return out;
}

/// The help's footer as paragraphs: lines run together and filled by the formatter,
/// except indented lines (a table of kinds), which stay as written.
std::string paragraphs(std::string_view text) {
  std::string out, para;
  bool literal = false;
  const auto end_prose = [&] {
    if (!para.empty()) out += fmt::format(".PP\n{}\n", roff(para)), para.clear();
  };
  const auto end_literal = [&] {
    if (literal) out += ".fi\n.RE\n", literal = false;
  };
  for (const auto line : split(text, '\n')) {
    if (line.empty()) {
      end_prose(), end_literal();
    } else if (line.starts_with("  ")) {
      end_prose();
      if (!literal) out += ".RS\n.nf\n", literal = true;
      out += roff(line.substr(2)) + "\n";
    } else {
      end_literal();
      if (!para.empty()) para += ' ';
      para += line;
    }
  }
  end_prose(), end_literal();
  return out.starts_with(".PP\n") ? out.substr(4) : out;  // no paragraph break right after .SH
}

std::string option_head(const CliOption& o) {
  if (!o.positional.empty()) return fmt::format("\\fI{}\\fR{}", roff(o.value), o.repeats ? " ..." : "");
  std::string names;
  for (const auto* list : {&o.shorts, &o.longs})
    for (const auto& n : *list) names += (names.empty() ? "" : ", ") + fmt::format("\\fB{}\\fR", roff(n));
  if (!o.value.empty()) names += fmt::format(" \\fI{}\\fR", roff(o.value));
  return names;
}

std::string option_text(const CliOption& o) {
  std::string text = roff(o.description);
  if (o.kind == ValueKind::choice && o.description.find(o.choices.front()) == std::string::npos)
    text += roff(fmt::format(". One of: {}", fmt::join(o.choices, ", ")));
  if (o.required) text += " (required)";
  if (o.repeats && o.positional.empty()) text += " (may be repeated)";
  return text;
}

std::string synopsis(const CliCommand& c) {
  std::string out = fmt::format(".B {}\n", roff(c.name()));
  std::string args = c.options.empty() ? "" : "[\\fIOPTIONS\\fR]";
  for (const auto& o : c.options) {
    if (o.positional.empty()) continue;
    const auto arg = fmt::format("\\fI{}\\fR{}", roff(o.value), o.repeats ? " ..." : "");
    args += o.required ? fmt::format(" {}", arg) : fmt::format(" [{}]", arg);
  }
  if (!c.subcommands.empty()) args += " \\fICOMMAND\\fR [\\fIOPTIONS\\fR]";
  return out + args + "\n";
}

std::string commands_list(const CliCommand& c) {
  std::string out = ".SH COMMANDS\n";
  for (const auto& s : c.subcommands) out += fmt::format(".TP\n.BR {} (1)\n{}\n", roff(s.page_name()), roff(s.summary));
  return out;
}

std::string options_list(const CliCommand& c) {
  if (c.options.empty()) return {};
  std::string out = ".SH OPTIONS\n";
  for (const auto& o : c.options) out += fmt::format(".TP\n{}\n{}\n", option_head(o), option_text(o));
  return out;
}

std::string environment(const CliCommand& page) {
  if (!page.path.empty())
    return ".SH ENVIRONMENT\n.BR BRM_WORKSPACE ,\n.BR SOURCE_DATE_EPOCH ,\n.BR NO_COLOR ,\n.B CLICOLOR_FORCE\n"
           "and\n.BR TERM ,\nas\n.BR brm (1)\ndescribes them.\n";
  std::string out = ".SH ENVIRONMENT\n";
  const std::pair<std::string_view, std::string_view> vars[] = {
      {"BRM_WORKSPACE", "The workspace folder, when -C is not given."},
      {"SOURCE_DATE_EPOCH",
       "Seconds since 1970: the date that counts as today when --as-of is not given, so that a rebuild gives "
       "the same output."},
      {"NO_COLOR", "When set and not empty, no colour unless --color always."},
      {"CLICOLOR_FORCE", "When set and not 0, colour even when the output is no terminal (unless NO_COLOR)."},
      {"TERM", "A terminal that says dumb gets no colour."},
  };
  for (const auto& [name, text] : vars) out += fmt::format(".TP\n.B {}\n{}\n", name, roff(text));
  return out;
}

std::string files(const ManInfo& info) {
  std::string out = ".SH FILES\n.TP\n.I brm.yaml\nThe workspace's settings and policy; its folder is the workspace.\n";
  for (const auto& f : info.kind_folders) out += fmt::format(".TP\n.I {}\n{}\n", roff(f.path), roff(f.text));
  out += ".TP\n.I *.yaml.lock\nHeld while brm changes a file; another brm waits for it.\n";
  return out;
}

std::string exit_status() {
  return ".SH EXIT STATUS\n.TP\n.B 0\nSuccess.\n"
         ".TP\n.B 1\nThe command found what it is asked to fail on: validation errors (with --strict, warnings), "
         "work due with --fail-on, a record that cannot be written as asked.\n"
         ".TP\n.B 2\nA usage error, no workspace, a file that could not be read or written, or standard output "
         "or standard error that could not be written.\n";
}

std::string examples(const CliCommand& c) {
  if (c.examples.empty()) return {};
  std::string out = ".SH EXAMPLES\n.RS\n.nf\n";
  for (const auto& e : c.examples) out += roff(e) + "\n";
  return out + ".fi\n.RE\n";
}

std::string see_also(const CliCommand& root, const CliCommand& page) {
  std::vector<const CliCommand*> refs;
  if (page.path.empty()) {
    refs = man_pages(root);
    refs.erase(refs.begin());
  } else {
    refs.push_back(&root);
    for (const auto& s : page.subcommands) refs.push_back(&s);
  }
  std::string out = ".SH SEE ALSO\n";
  for (std::size_t i = 0; i < refs.size(); ++i)
    out += fmt::format(".BR {} (1){}\n", roff(refs[i]->page_name()), i + 1 < refs.size() ? " ," : "");
  return out;
}

/// Source lines of at most 80 bytes, as `mandoc -T lint` asks: text lines break at
/// spaces (the formatter fills them again), lines of a literal block end in `\c`, which
/// joins them back into one output line.
std::string wrapped(std::string_view page) {
  constexpr std::size_t width = 80;
  std::string out;
  bool literal = false;
  for (const auto line : split(page, '\n')) {
    if (line.starts_with(".nf")) literal = true;
    if (line.starts_with(".fi")) literal = false;
    std::string_view rest = line;
    while (rest.size() > width && !rest.starts_with(".")) {
      auto cut = rest.rfind(' ', literal ? width - 3 : width);
      if (cut == std::string_view::npos || cut == 0) break;
      if (literal) ++cut;  // the space stays on the first line, before \c
      out += std::string(rest.substr(0, cut)) + (literal ? "\\c\n" : "\n");
      rest = rest.substr(literal ? cut : cut + 1);
      if (rest.starts_with(".") || rest.starts_with("'")) out += "\\&";
    }
    out += std::string(rest) + "\n";
  }
  out.pop_back();  // split gave an empty last part for the final newline
  return out;
}

void collect(const CliCommand& c, std::vector<const CliCommand*>& out) {
  out.push_back(&c);
  for (const auto& s : c.subcommands) collect(s, out);
}

}  // namespace

std::string CliCommand::name() const {
  std::string out = "brm";
  for (const auto& p : path) out += " " + p;
  return out;
}

std::string CliCommand::page_name() const {
  std::string out = "brm";
  for (const auto& p : path) out += "-" + p;
  return out;
}

std::vector<const CliCommand*> man_pages(const CliCommand& root) {
  std::vector<const CliCommand*> out;
  collect(root, out);
  return out;
}

std::string man_page(const CliCommand& root, const CliCommand& page, const ManInfo& info) {
  std::string upper = page.page_name();
  for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  std::string out = fmt::format(".TH {} 1 {} \"brm {}\" \"brm manual\"\n", roff(upper), info.date, info.version);
  out += fmt::format(".SH NAME\n{} \\- {}\n", roff(page.page_name()), roff(page.summary));
  out += ".SH SYNOPSIS\n" + synopsis(page);
  out += fmt::format(".SH DESCRIPTION\n{}", page.text.empty() ? roff(page.summary) + "\n" : paragraphs(page.text));
  if (!page.subcommands.empty()) out += commands_list(page);
  out += options_list(page);
  out += environment(page) + files(info) + exit_status() + examples(page) + see_also(root, page);
  return wrapped(out);
}

}  // namespace brm
