//! The page's one style sheet, inline so the file needs nothing else.
//!
//! A4 portrait with margins; every section after the first starts a new
//! page; a table row never splits across pages and a table's header is
//! printed again at the top of each page it runs onto. The font stack
//! names Latin, Lao and Chinese fonts so every name in the records has a
//! glyph (Debian: fonts-noto-core or fonts-lao for Lao, fonts-noto-cjk
//! for Chinese).

pub const CSS: &str = r#"
@page { size: A4 portrait; margin: 16mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: "Noto Sans", "DejaVu Sans", "Noto Sans Lao", "Phetsarath OT",
    "Saysettha OT", "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei",
    "Arial Unicode MS", sans-serif;
  font-size: 9.5pt;
  line-height: 1.35;
  color: #111;
}
header.cover { border-bottom: 1.5pt solid #333; margin-bottom: 6mm; padding-bottom: 2mm; }
h1 { font-size: 17pt; margin: 0 0 2mm 0; }
h2 { font-size: 13pt; margin: 0 0 3mm 0; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; break-after: avoid; page-break-after: avoid; }
dl.source { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 0; }
dl.source dt { font-weight: bold; }
dl.source dd { margin: 0; word-break: break-all; }
section { break-before: page; page-break-before: always; }
section.first { break-before: auto; page-break-before: auto; }
table { border-collapse: collapse; width: 100%; margin: 0 0 2mm 0; }
table.wide { font-size: 7.5pt; }
table.pairs { width: auto; min-width: 55%; }
table.pairs th { background: none; font-weight: normal; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr, th, td { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #999; padding: 0.8mm 1.5mm; vertical-align: top; }
th { background: #e8e8e8; text-align: left; font-weight: bold; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; border-top: 1pt solid #333; }
p.note, p.empty { margin: 1mm 0; }
p.empty { font-style: italic; }
figure { margin: 0 0 4mm 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 1mm; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: inherit; font-size: 9px; fill: #111; }
.legend { font-size: 8.5pt; }
.swatch { display: inline-block; width: 3mm; height: 3mm; margin: 0 1mm 0 3mm; vertical-align: middle; }
"#;
