#!/usr/bin/env python3
"""Self-test of runner_commands.py, the port of the GitHub Actions runner's
workflow-command parsers.  Run: python3 tests/ci/runner_commands_test.py"""

import json
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import runner_commands as rc  # noqa: E402
from runner_commands import ANY, commands_in, parse_legacy, parse_v2, split_lines  # noqa: E402


def names(text, **kw):
    return [(c.line, c.syntax, c.command) for c in commands_in(text, **kw)]


class SplitLines(unittest.TestCase):
    def test_line_ends(self):
        self.assertEqual(split_lines(""), [])
        self.assertEqual(split_lines("a"), ["a"])
        self.assertEqual(split_lines("a\n"), ["a"])
        self.assertEqual(split_lines("\n"), [""])
        self.assertEqual(split_lines("a\r\nb\rc\nd"), ["a", "b", "c", "d"])
        self.assertEqual(split_lines("a\n\rb"), ["a", "", "b"])
        self.assertEqual(split_lines("a\r\r\nb"), ["a", "", "b"])

    def test_not_line_ends(self):
        for sep in ("\u0085", "\u2028", "\u2029", "\v", "\f", "\x1c", "\x1e"):
            self.assertEqual(split_lines("a" + sep + "b"), ["a" + sep + "b"], repr(sep))

    def test_lone_cr_starts_a_command_line(self):
        text = "progress 10%\r::error::boom\rmore ##[warning]w\n"
        self.assertEqual(names(text), [(2, "v2", "error"), (3, "legacy", "warning")])

    def test_bom_dropped_by_the_stream_reader(self):
        self.assertEqual(rc.decode_stream(b"\xef\xbb\xbf::error::x"), "::error::x")
        self.assertEqual(rc.decode_stream(b"\xff\xfe" + "::error::x".encode("utf-16-le")),
                         "::error::x")


class V2(unittest.TestCase):
    def test_basic(self):
        c = parse_v2("::warning file=a.c,line=3::msg")
        self.assertEqual((c.syntax, c.command, c.properties, c.data),
                         ("v2", "warning", {"file": "a.c", "line": "3"}, "msg"))
        self.assertEqual(c["data"], "msg")

    def test_every_registered_name(self):
        for name in rc.REGISTERED_COMMANDS:
            self.assertIsNotNone(parse_v2("::%s::x" % name), name)
            self.assertIsNotNone(parse_legacy("##[%s]x" % name), name)
        self.assertEqual(len(rc.REGISTERED_COMMANDS), 15)
        self.assertIsNone(parse_v2("::internal-set-repo-path::x"))
        self.assertIsNotNone(parse_v2("::internal-set-repo-path::x",
                                      registered=rc.REGISTERED_COMMANDS
                                      | {rc.PLUGIN_INTERNAL_COMMAND}))

    def test_name_case_insensitive(self):
        self.assertEqual(parse_v2("::WaRnInG::x").command, "WaRnInG")
        # OrdinalIgnoreCase does not fold dotless i or long s onto ASCII.
        self.assertIsNone(parse_v2("::warn\u0131ng::x"))
        self.assertIsNone(parse_v2("::\u017fet-env name=a::x"))

    def test_empty_data_and_separator(self):
        self.assertEqual(parse_v2("::endgroup::").data, "")
        self.assertIsNone(parse_v2("::warning"))
        self.assertIsNone(parse_v2("::warning:x"))
        self.assertEqual(parse_v2("::warning::a::b").data, "a::b")

    def test_must_start_the_line(self):
        self.assertIsNone(parse_v2("x ::warning::y"))
        self.assertIsNone(parse_v2("   >>>   ::warning::y"))
        self.assertEqual(names("x ::warning::y\n"), [])

    def test_name_ends_at_a_space_only(self):
        self.assertIsNone(parse_v2("::warning\tfile=a::x"))
        self.assertIsNone(parse_v2(":: warning::x", registered=ANY))
        self.assertIsNone(parse_v2("::::x", registered=ANY))

    def test_leading_whitespace(self):
        for ws in (" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680",
                   "\u2000", "\u2007", "\u200a", "\u2028", "\u2029", "\u202f",
                   "\u205f", "\u3000", " \u3000\t\u00a0"):
            c = parse_v2(ws + "::debug::x")
            self.assertIsNotNone(c, repr(ws))
            self.assertEqual(c.data, "x")
        self.assertEqual(len(rc.DOTNET_WHITESPACE), 25)

    def test_not_whitespace(self):
        # Not Char.IsWhiteSpace: U+200B, U+FEFF, U+180E (no longer a space since
        # Unicode 6.3), U+001C (which Python's isspace() takes), U+00AD.
        for ch in ("\u200b", "\ufeff", "\u180e", "\x1c", "\x1f", "\u00ad", "\x00",
                   "x", "\x1b"):
            self.assertIsNone(parse_v2(ch + "::debug::x"), repr(ch))
        # ICU skips the ignorable, but the name is then read from index 2.
        self.assertEqual(parse_v2("\ufeff::debug::x", registered=ANY).command, ":debug")

    def test_unregistered(self):
        self.assertIsNone(parse_v2("::foo::bar"))
        self.assertIsNone(parse_v2("::std::string s;"))
        c = parse_v2("::std::string s;", registered=ANY)
        self.assertEqual((c.command, c.data), ("std", "string s;"))
        self.assertEqual(parse_v2("::Foo::x", registered={"foo"}).command, "Foo")

    def test_properties_unescaping(self):
        c = parse_v2("::error file=a%2Cb%3Ac%25,title=x%0Ay%0Dz::d%0Ae%25%3A%2C")
        self.assertEqual(c.properties, {"file": "a,b:c%", "title": "x\ny\rz"})
        self.assertEqual(c.data, "d\ne%%3A%2C")          # data: only %0D %0A %25
        self.assertEqual(parse_v2("::error k=%250A::%250A").properties, {"k": "%0A"})
        self.assertEqual(parse_v2("::error k=%250A::%250A").data, "%0A")
        self.assertEqual(parse_v2("::error k=%0a::%0a").data, "%0a")  # case-sensitive
        c = parse_v2("::do k1=;=%2C=%0D=%0A=]=%3A,::;-%0D-%0A-]-:-,", registered={"do"})
        self.assertEqual(c.properties, {"k1": ";=,=\r=\n=]=:"})
        self.assertEqual(c.data, ";-\r-\n-]-:-,")

    def test_property_splitting(self):
        c = parse_v2("::warning k==v,=x,y=,z,,a=b=c::d")
        self.assertEqual(c.properties, {"k": "v", "a": "b=c"})
        c = parse_v2("::warning File=a,file=b::")
        self.assertEqual(c.properties, {"File": "b"})
        c = parse_v2("::warning \u3000 file=a \t::")           # Trim() on the list
        self.assertEqual(c.properties, {"file": "a"})
        c = parse_v2("::warning file=a, line=2::")             # keys are not trimmed
        self.assertEqual(c.properties, {"file": "a", " line": "2"})


class Legacy(unittest.TestCase):
    def test_basic_and_mid_line(self):
        c = parse_legacy("##[error file=a.c;line=3]boom")
        self.assertEqual((c.syntax, c.command, c.properties, c.data),
                         ("legacy", "error", {"file": "a.c", "line": "3"}, "boom"))
        c = parse_legacy(">>>   ##[warning]careful")
        self.assertEqual((c.command, c.data), ("warning", "careful"))
        c = parse_legacy("\x1b[33mnote: ##[group]Title\x1b[0m")
        self.assertEqual((c.command, c.data), ("group", "Title\x1b[0m"))
        self.assertEqual(names("text ##[add-mask]secret\n"), [(1, "legacy", "add-mask")])

    def test_first_prefix_only(self):
        # IndexOf finds the first "##["; a wrong name there hides a later command.
        self.assertIsNone(parse_legacy("##[foo] ##[warning]x"))
        self.assertIsNotNone(parse_legacy("##[foo] ##[warning]x", registered=ANY))
        self.assertIsNone(parse_legacy("##[warning"))

    def test_unescaping(self):
        c = parse_legacy("##[error file=a%3Bb%5D%0A%25;t=%3A]x%5D%3B%0D%253B%3A")
        self.assertEqual(c.properties, {"file": "a;b]\n%", "t": "%3A"})
        self.assertEqual(c.data, "x];\r%3B%3A")

    def test_cut_at_first_bracket_and_no_trim(self):
        c = parse_legacy("##[error file=a]b]")
        self.assertEqual((c.properties, c.data), ({"file": "a"}, "b]"))
        c = parse_legacy("##[warning  file=a ;=v;k=]")
        self.assertEqual(c.properties, {" file": "a "})
        self.assertIsNone(parse_legacy("##[warning\tx]"))

    def test_unregistered(self):
        self.assertIsNone(parse_legacy("see ##[link] here"))
        self.assertEqual(parse_legacy("see ##[link] here", registered=ANY).command, "link")


class IcuMatching(unittest.TestCase):
    def test_ignorable_inside_separator(self):
        for ign in ("\u00ad", "\x00", "\u200b", "\u200d", "\ufeff", "\x01"):
            line = "::warning:" + ign + ":data"
            c = parse_v2(line)
            self.assertIsNotNone(c, repr(ign))
            self.assertEqual(c.data, ":data")
            self.assertIsNone(parse_v2(line, matching="ordinal"))
            self.assertIsNotNone(parse_v2(line, registered=ANY))

    def test_ignorable_inside_legacy_prefix_shifts_the_name(self):
        line = "#\u00ad#[x] ##[warning]y"
        self.assertIsNone(parse_legacy(line))                       # runner: no
        self.assertEqual(parse_legacy(line, matching="ordinal").command, "warning")
        self.assertEqual(parse_legacy(line, matching="either").command, "warning")
        self.assertEqual(parse_legacy(line, registered=ANY).command, "[x")

    def test_whitespace_is_not_ignorable(self):
        self.assertIsNone(parse_v2("::warning: :x"))
        self.assertIsNone(parse_legacy("# #[warning]x"))


class Manager(unittest.TestCase):
    def test_v2_tried_first(self):
        c = commands_in("::warning::##[error]x")
        self.assertEqual([(x.syntax, x.command, x.data) for x in c],
                         [("v2", "warning", "##[error]x")])
        c = commands_in("::foo::##[error]x")
        self.assertEqual([(x.syntax, x.command, x.data) for x in c],
                         [("legacy", "error", "x")])

    def test_stop_then_resume(self):
        text = ("::stop-commands::tok123\n"
                "::error::hidden\n"
                "##[warning]hidden\n"
                "::tok123::\n"
                "::error::shown\n")
        got = commands_in(text)
        self.assertEqual([(c.line, c.command, c.effect) for c in got],
                         [(1, "stop-commands", "stop"), (4, "tok123", "resume"),
                          (5, "error", "")])
        self.assertEqual(got[0].data, "tok123")

    def test_stop_and_resume_in_either_syntax(self):
        text = "x ##[stop-commands]Tok-9\n::error::hidden\nsay ##[TOK-9] now\n::error::e\n"
        self.assertEqual(names(text), [(1, "legacy", "stop-commands"),
                                       (3, "legacy", "TOK-9"), (4, "v2", "error")])

    def test_resume_hidden_by_v2_order(self):
        text = "::stop-commands::tok\n::warning::##[tok]\n::error::x\n::tok::\n"
        self.assertEqual(names(text), [(1, "v2", "stop-commands"), (4, "v2", "tok")])

    def test_never_resumed(self):
        text = "::stop-commands::a b\n::a b::\n::a::\n::error::x\n"
        self.assertEqual(names(text), [(1, "v2", "stop-commands")])
        got = commands_in(text, honor_stop=False)
        self.assertEqual([c.command for c in got], ["stop-commands", "error"])

    def test_token_unregistered_after_resume(self):
        text = "::stop-commands::tok\n::tok::\n::tok::\n"
        self.assertEqual(names(text), [(1, "v2", "stop-commands"), (2, "v2", "tok")])

    def test_invalid_stop_tokens(self):
        for token in ("", "warning", "ERROR", "pause-logging", "stop-commands"):
            text = "::stop-commands::%s\n::error::x\n" % token
            got = commands_in(text)
            self.assertEqual([c.command for c in got], ["stop-commands", "error"], token)
            self.assertTrue(got[0].error)
        # With ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS, "warning" stops and resumes,
        # and is then no longer a registered command.
        text = "::stop-commands::warning\n::error::a\n::warning::\n::warning::b\n::error::c\n"
        got = commands_in(text, allow_unsecure_stop_tokens=True)
        self.assertEqual([(c.line, c.effect) for c in got],
                         [(1, "stop"), (3, "resume"), (5, "")])
        got = commands_in("::stop-commands::\n::error::a\n::::\n",
                          allow_unsecure_stop_tokens=True)
        self.assertEqual([c.line for c in got], [1])

    def test_notice_gate_is_case_sensitive(self):
        text = "::notice::a\n::NOTICE::b\n"
        self.assertEqual([c.line for c in commands_in(text)], [1, 2])
        self.assertEqual([c.line for c in commands_in(text, enhanced_annotations=False)],
                         [2])

    def test_any_mode(self):
        text = "::std::string\nok\n##[x]y\n"
        self.assertEqual(names(text), [])
        self.assertEqual(names(text, registered=ANY),
                         [(1, "v2", "std"), (3, "legacy", "x")])

    def test_lines_given_as_a_list(self):
        self.assertEqual(names(["a", "", "::error::x"]), [(3, "v2", "error")])


class Cli(unittest.TestCase):
    def run_cli(self, data, *args):
        p = subprocess.run([sys.executable, os.path.join(HERE, "runner_commands.py"), *args],
                           input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return p.returncode, [json.loads(x) for x in p.stdout.decode().splitlines()]

    def test_none(self):
        self.assertEqual(self.run_cli(b"all fine\nno ::commands here\n"), (0, []))

    def test_found(self):
        rc_, out = self.run_cli(b"\xef\xbb\xbf::error file=a%2Cb::m%0An\r##[debug]d\n")
        self.assertEqual(rc_, 1)
        self.assertEqual(out, [
            {"line": 1, "syntax": "v2", "command": "error", "properties": {"file": "a,b"},
             "data": "m\nn"},
            {"line": 2, "syntax": "legacy", "command": "debug", "properties": {},
             "data": "d"}])

    def test_any_flag(self):
        self.assertEqual(self.run_cli(b"::std::vector\n")[0], 0)
        code, out = self.run_cli(b"::std::vector\n", "--any")
        self.assertEqual((code, out[0]["command"]), (1, "std"))

    def test_stop_effect(self):
        code, out = self.run_cli(b"::stop-commands::abcdefgh\n::error::x\n::abcdefgh::\n")
        self.assertEqual(code, 1)
        self.assertEqual([(o["line"], o.get("effect")) for o in out],
                         [(1, "stop"), (3, "resume")])


if __name__ == "__main__":
    unittest.main()
