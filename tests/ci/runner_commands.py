#!/usr/bin/env python3
"""Judge of whether text printed into a GitHub Actions log would be taken by the
runner as a workflow command.  A Python port (not a copy) of the behaviour of
actions/runner at commit 258d6c857db3519913f7deb6004b60172f8043ae (v2.316.1-395):

  src/Runner.Sdk/ProcessInvoker.cs        StartReadStream: StreamReader.ReadLine per
                                          stream, so lines end at LF, CR or CR LF;
                                          the UTF-8 reader drops a byte-order mark.
  src/Runner.Worker/Handlers/OutputManager.cs
                                          OnDataReceived: a non-empty line holding "##["
                                          or "::" goes to TryProcessCommand.
  src/Runner.Worker/ActionCommandManager.cs
                                          Initialize (the registered names),
                                          TryProcessCommand (TryParseV2 first, then
                                          TryParse; the "notice" gate; stop-commands and
                                          the resume token), ValidateStopToken.
  src/Runner.Common/ActionCommand.cs      TryParseV2 (`::name k=v,k=v::data` at the start
                                          of the line after String.TrimStart()), TryParse
                                          (`##[name k=v;k=v]data` anywhere, via IndexOf),
                                          UnescapeProperty, UnescapeData, Unescape.
  src/Runner.Common/ExtensionManager.cs   LoadExtensions: the command extensions.

The runner uses .NET's culture-sensitive IndexOf/StartsWith (string overloads with no
StringComparison; the runner runs on ICU).  Under ICU, "completely ignorable" code
points (NUL and other C0/C1 controls except TAB LF VT FF CR NEL, soft hyphen, zero-width
and bidi format characters, BOM, variation selectors, ...) are skipped when matching
"::" and "##[".  So "::warning:\\u00AD:text" is a command.  matching="icu" (the default
with the real registered set) emulates this; matching="ordinal" compares code points
exactly; matching="either" reports a command when either reading finds one.

Deliberately stricter than the runner (it may report a command the runner would not
take, never the reverse on purpose):
  * registered=ANY: any non-empty name counts as a registered command; with ANY,
    matching defaults to "either".
  * The ICU emulation does not reproduce ICU's refusal to end a match inside a
    combining sequence (":" followed by U+0301, say): such lines are still reported.
    The set of ignorable code points is a close approximation of CLDR root collation.
  * "notice" is taken to be enabled (DistributedTask.EnhancedAnnotations, which
    github.com sets).
  * An invalid stop token (empty, "pause-logging", a registered name) makes the runner
    throw, failing the step; here the command is reported with an "error" and the
    scan goes on without stopping.
  * The whole text is one stream.  In the runner stdout and stderr are read
    separately but share one manager (and so one stop state); the state also lasts
    across the steps of a job.  honor_stop=False reports commands in stopped regions.

Command line:  runner_commands.py [--any] [--matching M] [--ignore-stop] < log
prints one JSON object a command (line, syntax, command, properties, data; "effect"
for stop/resume, "error" for a rejected stop token); exits 1 if any, 0 if none.
"""

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field

__all__ = [
    "ANY", "REGISTERED_COMMANDS", "PLUGIN_INTERNAL_COMMAND", "DOTNET_WHITESPACE",
    "Command", "split_lines", "decode_stream", "dotnet_trim_start", "dotnet_trim",
    "is_ignorable", "parse_v2", "parse_legacy", "commands_in", "main",
]

RUNNER_COMMIT = "258d6c857db3519913f7deb6004b60172f8043ae"


class _Any:
    """Sentinel: every non-empty command name counts as registered."""

    def __repr__(self):
        return "ANY"


ANY = _Any()

# ActionCommandManager.Initialize adds "stop-commands", then every extension that
# ExtensionManager.LoadExtensions lists, except "internal-set-repo-path" (added only
# by EnablePluginInternalCommand, while a runner plugin such as checkout runs).
REGISTERED_COMMANDS = frozenset({
    "stop-commands",
    "set-env", "set-output", "save-state", "add-path", "add-mask",
    "add-matcher", "remove-matcher",
    "warning", "error", "notice", "debug",
    "group", "endgroup", "echo",
})
PLUGIN_INTERNAL_COMMAND = "internal-set-repo-path"

# Char.IsWhiteSpace (the Unicode White_Space property): what String.TrimStart() and
# String.Trim() with no arguments remove.  Python's str.isspace() differs (it also
# takes U+001C..U+001F), so it is not used.
DOTNET_WHITESPACE = frozenset(
    [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680]
    + list(range(0x2000, 0x200B))
    + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
)

# Unescape tables, applied in this order with ordinal String.Replace.
_V2_DATA = (("%0D", "\r"), ("%0A", "\n"), ("%25", "%"))                 # UnescapeData
_V2_PROPERTY = (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","),
                ("%25", "%"))                                            # UnescapeProperty
_LEGACY = (("%3B", ";"), ("%0D", "\r"), ("%0A", "\n"), ("%5D", "]"),
           ("%25", "%"))                                                 # Unescape


@dataclass
class Command:
    syntax: str                     # "v2" or "legacy"
    command: str                    # the name as written
    properties: dict = field(default_factory=dict)
    data: str = ""
    line: int = 0                   # 1-based, set by commands_in
    effect: str = ""                # "stop" or "resume", set by commands_in
    error: str = ""                 # set by commands_in for a rejected stop token

    def to_dict(self):
        d = {"line": self.line, "syntax": self.syntax, "command": self.command,
             "properties": self.properties, "data": self.data}
        if self.effect:
            d["effect"] = self.effect
        if self.error:
            d["error"] = self.error
        return d

    # Mapping-style access, so tests may treat a result as a dict.
    def __getitem__(self, key):
        return self.to_dict()[key]


# ---------------------------------------------------------------------------
# .NET string helpers

_LINE_END = re.compile(r"\r\n|\r|\n")


def split_lines(text):
    """Lines as StreamReader.ReadLine returns them (ProcessInvoker.StartReadStream):
    a line ends at "\\n", "\\r" or "\\r\\n" and at nothing else (not U+0085, U+2028,
    VT, FF, ...); a final line without an end is kept; no empty line after a final
    end; "" gives no lines."""
    parts = _LINE_END.split(text)
    if parts and parts[-1] == "":
        parts.pop()
    return parts


def decode_stream(raw):
    """Bytes of a step's output stream to text, as the process's StreamReader would:
    UTF-8 (Encoding.Default on Linux and macOS) with byte-order-mark detection, so a
    leading BOM is dropped (and a UTF-16/32 one switches the encoding); bad bytes
    become U+FFFD."""
    boms = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
            (b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16-be"),
            (b"\xff\xfe", "utf-16-le"))
    for bom, enc in boms:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="replace")
    return raw.decode("utf-8", errors="replace")


def _is_ws(ch):
    return ord(ch) in DOTNET_WHITESPACE


def dotnet_trim_start(s):
    i = 0
    while i < len(s) and _is_ws(s[i]):
        i += 1
    return s[i:]


def dotnet_trim(s):
    s = dotnet_trim_start(s)
    j = len(s)
    while j > 0 and _is_ws(s[j - 1]):
        j -= 1
    return s[:j]


# Format characters that have collation weights in DUCET/CLDR root (the prepended
# concatenation marks); every other Cf character is completely ignorable.
_WEIGHTED_CF = frozenset([0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD,
                          0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD])
_WS_CONTROLS = frozenset([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85])


def is_ignorable(ch):
    """Approximation of the code points ICU's root collation ignores completely, which
    .NET's culture-sensitive IndexOf/StartsWith then skip."""
    cp = ord(ch)
    if (0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or cp == 0x034F
            or 0x180B <= cp <= 0x180F):
        return True                      # variation selectors, CGJ, Mongolian FVS
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return cp not in _WS_CONTROLS
    if cat == "Cf":
        return cp not in _WEIGHTED_CF
    return False


def _find(s, pat, start, icu):
    """String.IndexOf(pat, start) for an ASCII pattern of non-ignorable characters."""
    if not icu:
        return s.find(pat, start)
    n = len(s)
    for i in range(start, n):
        if s[i] != pat[0]:
            continue
        j, k = i + 1, 1
        while k < len(pat) and j < n:
            if s[j] == pat[k]:
                k += 1
            elif not is_ignorable(s[j]):
                break
            j += 1
        if k == len(pat):
            return i
    return -1


def _startswith(s, pat, icu):
    """String.StartsWith(pat)."""
    if not icu:
        return s.startswith(pat)
    i = 0
    while i < len(s) and is_ignorable(s[i]):
        i += 1
    return _find(s, pat, i, True) == i if i < len(s) else False


def _fold_char(c):
    # StringComparer.OrdinalIgnoreCase: simple upper-case mapping, except that .NET
    # keeps U+0131 (dotless i) and U+017F (long s) from folding onto ASCII.
    if c in "\u0131\u017f":
        return c
    u = c.upper()
    return u if len(u) == 1 else c


def _fold(s):
    return "".join(_fold_char(c) for c in s)


def _split_two_nonempty(s, sep):
    """s.Split(sep, count: 2, StringSplitOptions.RemoveEmptyEntries): the first
    non-empty piece, then the rest after skipping empty pieces (".NET
    SplitWithPostProcessing"), e.g. "k==v" -> [k, v], "=v" -> [v], "k=v=w" -> [k, v=w]."""
    out = []
    cur = 0
    seps = [i for i, c in enumerate(s) if c == sep]
    i = 0
    while i < len(seps):
        if s[cur:seps[i]]:
            out.append(s[cur:seps[i]])
        cur = seps[i] + 1
        i += 1
        if len(out) == 1:
            while i < len(seps) and not s[cur:seps[i]]:
                cur = seps[i] + 1
                i += 1
            break
    if s[cur:]:
        out.append(s[cur:])
    return out


def _unescape(s, table):
    for escaped, plain in table:
        s = s.replace(escaped, plain)
    return s


class _Registry:
    """The manager's HashSet<string>(StringComparer.OrdinalIgnoreCase)."""

    def __init__(self, registered=None):
        self.any = registered is ANY
        if registered is None:
            registered = REGISTERED_COMMANDS
        self.names = set() if self.any else {_fold(n) for n in registered}

    def __contains__(self, name):
        if self.any:
            return name != ""
        return _fold(name) in self.names

    def add(self, name):
        self.names.add(_fold(name))

    def discard(self, name):
        self.names.discard(_fold(name))


def _registry(registered):
    return registered if isinstance(registered, _Registry) else _Registry(registered)


def _modes(registered, matching):
    if matching is None:
        matching = "either" if (registered is ANY or
                                (isinstance(registered, _Registry) and registered.any)) else "icu"
    if matching == "icu":
        return (True,)
    if matching == "ordinal":
        return (False,)
    if matching == "either":
        return (True, False)
    raise ValueError("matching must be 'icu', 'ordinal' or 'either'")


class _Props:
    """Dictionary<string,string>(OrdinalIgnoreCase): a later key replaces the value of
    an earlier one that differs only in case, keeping the first spelling."""

    def __init__(self):
        self.keys = {}
        self.items = {}

    def set(self, key, value):
        f = _fold(key)
        if f not in self.keys:
            self.keys[f] = key
        self.items[self.keys[f]] = value


def _parse_v2(line, reg, icu):
    # ActionCommand.TryParseV2
    if not line:
        return None
    msg = dotnet_trim_start(line)
    if not _startswith(msg, "::", icu):
        return None
    end = _find(msg, "::", 2, icu)
    if end < 0:
        return None
    info = msg[2:end]
    space = info.find(" ")
    name = info if space < 0 else info[:space]
    if name == "" or name not in reg:     # new ActionCommand("") throws: not a command
        return None
    props = _Props()
    if space > 0:
        for item in dotnet_trim(info[space + 1:]).split(","):
            if item:
                pair = _split_two_nonempty(item, "=")
                if len(pair) == 2:
                    props.set(pair[0], _unescape(pair[1], _V2_PROPERTY))
    return Command("v2", name, props.items, _unescape(msg[end + 2:], _V2_DATA))


def _parse_legacy(line, reg, icu):
    # ActionCommand.TryParse
    if not line:
        return None
    start = _find(line, "##[", 0, icu)
    if start < 0:
        return None
    rb = line.find("]", start)
    if rb < 0:
        return None
    info = line[start + 3:rb]      # a fixed offset of 3, even when ICU matched more
    space = info.find(" ")
    name = info if space < 0 else info[:space]
    if name == "" or name not in reg:
        return None
    props = _Props()
    if space > 0:
        for item in info[space + 1:].split(";"):
            if item:
                pair = _split_two_nonempty(item, "=")
                if len(pair) == 2:
                    props.set(pair[0], _unescape(pair[1], _LEGACY))
    return Command("legacy", name, props.items, _unescape(line[rb + 1:], _LEGACY))


def parse_v2(line, registered=None, matching=None):
    """`::name k=v,k=v::data` at the start of the line after TrimStart(), or None.
    registered: None (the runner's set), ANY, or an iterable of names."""
    reg = _registry(registered)
    for icu in _modes(registered, matching):
        cmd = _parse_v2(line, reg, icu)
        if cmd is not None:
            return cmd
    return None


def parse_legacy(line, registered=None, matching=None):
    """`##[name k=v;k=v]data` anywhere in the line, or None."""
    reg = _registry(registered)
    for icu in _modes(registered, matching):
        cmd = _parse_legacy(line, reg, icu)
        if cmd is not None:
            return cmd
    return None


def commands_in(text, registered=None, matching=None, honor_stop=True,
                allow_unsecure_stop_tokens=False, enhanced_annotations=True):
    """The commands the runner would act on in text (a str, or a list of lines already
    split), each a Command with its 1-based line number, walking the lines as
    ActionCommandManager.TryProcessCommand does."""
    lines = split_lines(text) if isinstance(text, str) else list(text)
    reg = _Registry(registered)
    base = _Registry(None) if reg.any else reg
    modes = _modes(registered, matching)
    found = []
    stopped = False
    token = None
    for number, line in enumerate(lines, 1):
        if not line:                         # OutputManager.OnDataReceived
            continue
        cmd = None
        for icu in modes:                    # TryParseV2, then TryParse
            cmd = _parse_v2(line, reg, icu)
            if cmd is not None:
                break
        if cmd is None:
            for icu in modes:
                cmd = _parse_legacy(line, reg, icu)
                if cmd is not None:
                    break
        if cmd is None:
            continue
        cmd.line = number
        # An ordinal, case-sensitive test in the runner.
        if not enhanced_annotations and cmd.command == "notice":
            continue
        if stopped:
            if token and _fold(cmd.command) == _fold(token):
                cmd.effect = "resume"
                found.append(cmd)
                reg.discard(token)
                stopped, token = False, None
            elif not honor_stop:
                found.append(cmd)
            continue
        if _fold(cmd.command) == _fold("stop-commands"):
            cmd.effect = "stop"
            found.append(cmd)
            invalid = (cmd.data in base or cmd.data == ""
                       or _fold(cmd.data) == _fold("pause-logging"))
            if invalid and not allow_unsecure_stop_tokens:
                # ValidateStopToken throws; the runner fails the step.
                cmd.error = "invalid stop token: the runner throws and fails the step"
                continue
            token = cmd.data
            stopped = True
            reg.add(token)
            continue
        found.append(cmd)
    return found


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="List the GitHub Actions workflow commands the runner would take "
                    "from a log read on stdin. Exit 1 if any, 0 if none.")
    ap.add_argument("--any", action="store_true",
                    help="any command name counts, not only the registered ones")
    ap.add_argument("--matching", choices=("icu", "ordinal", "either"),
                    help="how '::' and '##[' are found (default: icu; either with --any)")
    ap.add_argument("--ignore-stop", action="store_true",
                    help="also report commands after stop-commands")
    args = ap.parse_args(argv)
    text = decode_stream(sys.stdin.buffer.read())
    found = commands_in(text, registered=ANY if args.any else None,
                        matching=args.matching, honor_stop=not args.ignore_stop)
    for cmd in found:
        print(json.dumps(cmd.to_dict(), ensure_ascii=True))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
