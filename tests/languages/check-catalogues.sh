#!/usr/bin/env bash
# The message catalogues are complete and consistent with the code:
#  1. msgfmt --check --statistics finds no error, and no untranslated or fuzzy message;
#  2. every text the code marks with tr()/trn() has a translation (msgcmp against a
#     template made from the sources now, so a text added without one fails here);
#  3. each translation keeps the msgid's {} placeholders, in number and in kind.
#   check-catalogues.sh SOURCE_DIR
set -euo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
(cd "$src" && find src include -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort) >"$tmp/files"
(cd "$src" && xgettext --from-code=UTF-8 --language=C++ --keyword= --keyword=tr --keyword=trn:1,2 --keyword=trf --keyword=trnf:1,2 --keyword=trc:1c,2 --keyword=trcf:1c,2 \
  --files-from="$tmp/files" -o "$tmp/now.pot")
for po in "$src"/po/*.po; do
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1) || { echo "$po: $stats"; status=1; continue; }
  echo "$(basename "$po"): $stats"
  if grep -Eq 'untranslated|fuzzy' <<<"$stats"; then echo "FAIL: $po has untranslated or fuzzy messages"; status=1; fi
  if [ -f "$tmp/now.pot" ] && ! msgcmp "$po" "$tmp/now.pot" 2>"$tmp/msgcmp"; then
    echo "FAIL: texts in the code without a translation in $po:"; cat "$tmp/msgcmp"; status=1
  fi
  python3 - "$po" <<'PY' || status=1
import re, sys
def entries(path):
    cur, key, out = {}, None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
        if m:
            if m.group(1) == "msgid" and cur:
                out.append(cur); cur = {}
            key = m.group(1); cur[key] = m.group(2)
        elif line.startswith('"') and key:
            cur[key] += line[1:-1]
    if cur: out.append(cur)
    return out
bad = 0
for e in entries(sys.argv[1]):
    if not e.get("msgid"): continue
    want = sorted(re.findall(r"\{[^{}]*\}", e["msgid"]))
    for k, v in e.items():
        if k.startswith("msgstr") and v and sorted(re.findall(r"\{[^{}]*\}", v)) != want:
            print(f"FAIL: placeholders differ in {sys.argv[1]}: {e['msgid']!r} -> {v!r}"); bad = 1
sys.exit(bad)
PY
done
exit $status
