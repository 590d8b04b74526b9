#!/usr/bin/env bash
# brm's SARIF output judged by Microsoft's SARIF validator (npm's @microsoft/sarif-multitool,
# pinned in tests/sarif/package.json): the demo's diagnostics and those of the workspace
# that breaks every rule, as valid SARIF 2.1.0 without an error or a warning, every
# result naming a rule that the log describes.
#   check.sh BRM PROJECT_DIR SCRATCH_DIR
set -euo pipefail
brm=$1 project=$2 scratch=$3
tool="$project/tests/sarif/node_modules/.bin/sarif-multitool"
rm -rf "$scratch" && mkdir -p "$scratch"
failed=0
for ws in examples/demo tests/golden/every-rule/workspace; do
  log="$scratch/$(basename "$(dirname "$ws")")-$(basename "$ws").sarif"
  "$brm" -C "$project/$ws" validate -f sarif --as-of 2026-11-23 >"$log" || [ $? -eq 1 ]
  out=$("$tool" validate "$log" -o "$scratch/result.sarif" --log ForceOverwrite 2>&1) || { echo "$out"; failed=1; }
  # Kept: SARIF2005 on a missing informationUri, as brm has no web address to give.
  findings=$(grep -E "(error|warning) [A-Z]+[0-9]+" <<<"$out" | grep -v "does not provide 'informationUri'" || true)
  if [ -n "$findings" ]; then
    echo "$ws:"; head -5 <<<"$findings"; failed=1
  fi
  python3 - "$log" <<'PY' || failed=1
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
bad = [r["ruleId"] for r in run["results"] if r["ruleId"] not in rules or rules[r["ruleIndex"]] != r["ruleId"]]
if bad or not run["results"]:
    sys.exit(f"{sys.argv[1]}: results without their rule: {sorted(set(bad))}, or no results")
print(f"{sys.argv[1]}: {len(run['results'])} results, {len(rules)} rules")
PY
done
exit $failed
