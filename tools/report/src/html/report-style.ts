/** The page's inline style sheet: readable on screen, in a mail client and on paper. */
export const REPORT_CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d1d1f;background:#fafafa}
header,main,footer{max-width:1040px;margin:0 auto;padding:0 24px}
header{padding-top:28px;padding-bottom:8px;border-bottom:4px solid #ffdd00;background:#fff;max-width:none}
header>*{max-width:992px;margin-left:auto;margin-right:auto}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:#666;margin-bottom:4px}
h1{font-size:28px;margin:0 auto 6px}
h2{font-size:18px;margin:28px 0 8px}
.as-of{margin:0 auto 10px;color:#333}
.filter{display:flex;flex-wrap:wrap;gap:4px 18px;margin:0 auto 12px;font-size:14px}
.filter div{display:flex;gap:5px}
.filter dt{font-weight:600}.filter dt::after{content:":"}
.filter dd{margin:0}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:12px;margin:22px 0}
.fact{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:12px 14px}
.fact span{display:block;font-size:13px;color:#555}
.fact strong{display:block;font-size:22px;margin-top:2px}
.chart{background:#fff;border:1px solid #e3e3e3;border-radius:6px;margin:16px 0;padding:12px 16px}
.chart figcaption{font-weight:600;font-size:16px;margin-bottom:6px}
.chart svg{max-width:760px;display:block}
.chart .label{font-size:12px;fill:#333}
.chart .value{font-size:11px;fill:#333}
.chart .legend{font-size:12px;fill:#333}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border-bottom:1px solid #e6e6e6;padding:5px 10px;text-align:left}
th{background:#f1f1f1;font-weight:600}
th.number,td.number{text-align:right;font-variant-numeric:tabular-nums}
tr.suppressed td{font-style:italic;color:#555;background:#fff8d6}
.file{font-weight:400;font-size:12px;color:#777;font-family:ui-monospace,Menlo,Consolas,monospace}
.note{font-size:13px;color:#555;margin:6px 0 0}
.small-cells{background:#fff8d6;border-left:4px solid #e0b400;padding:10px 14px;margin:18px 0;font-size:14px}
.warning{background:#fdecea;border-left:4px solid #c62828;padding:10px 14px;margin:18px 0;font-size:14px}
.warning ul{margin:4px 0 0;padding-left:20px}
.empty{color:#777;font-style:italic}
footer{color:#666;font-size:12px;padding-top:24px;padding-bottom:32px}
@media print{body{background:#fff}.chart,.fact{break-inside:avoid}}
`;
