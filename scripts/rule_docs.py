#!/usr/bin/env python3
"""Writes a C++ source with every rule of docs/rules.md: its name, severity, the one-line
meaning from the "All rules" table and the first paragraph of its section as help, so
that the SARIF output describes the rules in the words of the page (built by CMake).

    rule_docs.py docs/rules.md OUT.cpp
"""
import re
import sys

page, out = sys.argv[1:3]
lines = open(page, encoding="utf-8").read().splitlines()

rules = []  # (name, severity, meaning)
for line in lines:
    m = re.match(r"^\| \[`([a-z0-9-]+)`\]\(#[a-z0-9-]+\) \| (error|warning)[^|]*\| [^|]* \| (.*) \|$", line)
    if m:
        rules.append((m.group(1), m.group(2), m.group(3)))


def help_of(name):
    """The first paragraph under `### name`, without its leading severity in bold."""
    try:
        start = lines.index(f"### {name}") + 1
    except ValueError:
        return ""
    para = []
    for line in lines[start:]:
        if not line.strip():
            if para:
                break
            continue
        if line.startswith(("#", "```", "|", "`")):
            break
        para.append(line.strip())
    text = " ".join(para)
    return re.sub(r"^\*\*(Error|Warning)\.\*\*\s*", "", text)


def plain(text):
    """Markdown to plain text: code spans and links lose their marks."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return text.replace("**", "").replace("`", "'")


def cpp(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


if not rules:
    sys.exit(f"{page}: no rule table found")
with open(out, "w", encoding="utf-8") as f:
    f.write("// Generated from docs/rules.md by scripts/rule_docs.py; do not edit.\n")
    f.write('#include "brm/render/rule_docs.hpp"\n\nnamespace brm {\nnamespace {\n')
    f.write("constexpr RuleDoc docs[] = {\n")
    for name, severity, meaning in rules:
        f.write(f"    {{{cpp(name)}, {cpp(severity)}, {cpp(plain(meaning))}, {cpp(plain(help_of(name)))}}},\n")
    f.write("};\n}  // namespace\n\nstd::span<const RuleDoc> rule_docs() { return docs; }\n\n}  // namespace brm\n")
