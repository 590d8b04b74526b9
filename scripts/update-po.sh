#!/usr/bin/env bash
# Gathers every text marked for translation (tr("...") and trn("...", "...", n) in src/)
# into po/brm.pot, and merges it into each po/LANG.po, so that a translator sees what
# is new (untranslated) or changed (fuzzy). See docs/languages.md.
#
#   scripts/update-po.sh
set -euo pipefail
cd "$(dirname "$0")/.."
find src include -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >/tmp/brm-po-files.$$
xgettext --from-code=UTF-8 --language=C++ --keyword= --keyword=tr --keyword=text_to_translate --keyword=trn:1,2 --keyword=trf --keyword=trnf:1,2 --keyword=trc:1c,2 --keyword=trcf:1c,2 \
  --add-comments=TRANSLATORS: --sort-by-file --package-name=brm --msgid-bugs-address=none \
  --files-from=/tmp/brm-po-files.$$ -o po/brm.pot
rm -f /tmp/brm-po-files.$$
# The template's creation date changes with every run; it says nothing a reviewer needs.
sed -i '/^"POT-Creation-Date:/d' po/brm.pot
for po in po/*.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --sort-by-file "$po" po/brm.pot
done
echo "po/brm.pot: $(grep -c '^msgid ' po/brm.pot) texts"
