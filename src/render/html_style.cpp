#include "html_style.hpp"

namespace brm {

std::string_view html_style() {
  return R"(:root { color-scheme: light; --ink: #1d2733; --muted: #5b6675; --line: #d9dee5; --band: #f3f5f8; --accent: #0b5394; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 48px; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
h1 { font-size: 26px; line-height: 1.2; margin: 0 0 6px; }
h2 { font-size: 19px; margin: 30px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); color: var(--accent); }
h3 { font-size: 16px; margin: 20px 0 8px; }
p { margin: 8px 0; }
.lead { color: var(--muted); margin: 2px 0; }
.empty { color: var(--muted); font-style: italic; }
.empty b { color: var(--ink); font-style: normal; }
.table-wrap { overflow-x: auto; margin: 10px 0 14px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
caption { text-align: left; font-weight: 600; font-size: 15px; padding: 4px 0 6px; }
th, td { padding: 5px 9px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; border-bottom: 2px solid #c3cad3; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td.word { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 3px 18px; margin: 10px 0; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; }
ul.outline { margin: 8px 0; padding-left: 20px; }
ul.outline ul { padding-left: 22px; }
figure { margin: 12px 0 18px; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
svg.chart { width: 100%; max-width: 760px; height: auto; display: block; }
svg.chart text { font-family: inherit; font-size: 11px; fill: #3d4754; }
svg.chart .value { font-size: 10px; }
svg.chart .none { font-size: 13px; fill: var(--muted); }
svg.chart .grid { stroke: #e3e7ec; stroke-width: 1; }
svg.chart .axis { stroke: #8a94a1; stroke-width: 1; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  @page landscape { size: A4 landscape; margin: 12mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  table { font-size: 9pt; }
  th, td { padding: 3pt 4pt; }
  section.landscape { page: landscape; }
  section.landscape table { font-size: 8pt; }
  table.dense { font-size: 7pt; }
  td.long, table.dense td:not(.num) { white-space: normal; overflow-wrap: anywhere; }
  thead { display: table-header-group; }
  tr, figure, dl.fields { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
)";
}

}  // namespace brm
