#!/usr/bin/env python3
"""A copy of the demo workspace whose every text value holds both syntaxes of GitHub's
workflow commands (`::command::` at a line's start, `##[command]` anywhere), after
Unicode white space and after line breaks, so that the outputs of every command can be
judged by the runner's own parsers (runner_commands.py).

    hostile_text.py BRM DEMO OUT      writes OUT (a git repository: the demo, then the change)
"""
import json
import os
import shutil
import subprocess
import sys

import yaml

LINE = "\u3000::error::L1 ##[add-mask]L2 ::warning::L3 ##"
TEXT = "T1 ##[error]T2\n::error::T3\n  ::add-mask::T4\n\u00a0::stop-commands::T5 ##"


def text_kind(schema):
    """'line', 'text' or None for a schema node, by the patterns brm schema writes."""
    if schema.get("type") != "string" or "enum" in schema or "format" in schema or "$comment" in schema:
        return None
    if not schema.get("pattern", "").startswith("^[^"):  # ids, references, months: fixed shapes
        return None
    return "line" if "maxLength" in schema else "text"


def hostile(value, schema):
    """The value with hostile text in every text field the schema names."""
    if isinstance(value, dict) and schema.get("type") == "object":
        props = schema.get("properties", {})
        return {k: hostile(v, props.get(k, {})) for k, v in value.items()}
    if isinstance(value, list) and schema.get("type") == "array":
        return [hostile(v, schema.get("items", {})) for v in value]
    kind = text_kind(schema) if isinstance(value, str) else None
    if kind == "line":
        return f"{LINE} {value}"
    if kind == "text":
        return f"{value}\n{TEXT}"
    return value


def main(brm, demo, out):
    if os.path.isdir(out):
        shutil.rmtree(out)
    shutil.copytree(demo, out)
    git = ["git", "-C", out, "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", out], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "-qm", "demo"], check=True)
    schemas = {}
    for folder in sorted(os.listdir(out)):
        path = os.path.join(out, folder)
        if not os.path.isdir(path) or folder.startswith("."):
            continue
        kind = folder[:-1] if folder != "deliveries" else "delivery"
        if kind not in schemas:
            schemas[kind] = json.loads(subprocess.run([brm, "schema", kind], capture_output=True, text=True,
                                                      check=True).stdout)
        for name in sorted(os.listdir(path)):
            file = os.path.join(path, name)
            with open(file, encoding="utf-8") as f:
                data = yaml.safe_load(f)
            data = hostile(data, schemas[kind])
            with open(file, "w", encoding="utf-8") as f:
                yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=10**6)
    with open(os.path.join(out, "brm.yaml"), encoding="utf-8") as f:
        config = yaml.safe_load(f)
    config["organization"] = f"{LINE} {config['organization']}"
    with open(os.path.join(out, "brm.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(config, f, allow_unicode=True, sort_keys=False, width=10**6)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
