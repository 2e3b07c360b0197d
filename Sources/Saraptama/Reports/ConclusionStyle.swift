/// The style sheet of the HTML conclusion, inlined so the file is self-contained. Screen and
/// print: A4 pages, each document on its own page, remarks never split across pages, and
/// system fonts only (no web fonts: no external assets).
enum ConclusionStyle {
    static let css = """
        :root { --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --error: #b42318; --warning: #9a6700; --info: #0b5cad; --good: #1a7f37; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f3f4f6; color: var(--ink); font: 15px/1.5 "Times New Roman", "PT Serif", "DejaVu Serif", "Liberation Serif", serif; }
        article.conclusion { max-width: 900px; margin: 24px auto; padding: 40px 56px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        .draft-notice { margin: 0 0 16px; padding: 6px 10px; border: 1px dashed var(--warning); color: var(--warning); font: 13px/1.4 system-ui, sans-serif; }
        h1 { margin: 0 0 4px; font-size: 24px; text-align: center; text-transform: uppercase; letter-spacing: .04em; }
        .subject { margin: 0 0 20px; text-align: center; font-style: italic; }
        h2 { margin: 28px 0 10px; font-size: 19px; border-bottom: 2px solid var(--ink); padding-bottom: 2px; }
        h3 { margin: 20px 0 6px; font-size: 16px; }
        h4 { margin: 0 0 6px; font-size: 15px; }
        table { width: 100%; border-collapse: collapse; margin: 8px 0; }
        th, td { border: 1px solid var(--rule); padding: 5px 8px; text-align: left; vertical-align: top; }
        table.facts th { width: 32%; background: #f6f8fa; font-weight: 600; }
        thead th { background: #f6f8fa; }
        code, pre { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 13px; }
        .verdict { margin-top: 24px; padding: 12px 16px; border-left: 6px solid var(--muted); background: #f6f8fa; }
        .verdict h2 { margin-top: 0; border: 0; }
        .verdict-text { margin: 0 0 6px; font-size: 20px; font-weight: 700; }
        .verdict-positive { border-color: var(--good); } .verdict-positive .verdict-text { color: var(--good); }
        .verdict-negative { border-color: var(--error); } .verdict-negative .verdict-text { color: var(--error); }
        .verdict-inconclusive { border-color: var(--warning); } .verdict-inconclusive .verdict-text { color: var(--warning); }
        .coverage, .none { margin: 4px 0; color: var(--muted); font-style: italic; }
        .remark { margin: 10px 0 16px; padding: 10px 14px; border: 1px solid var(--rule); border-left: 4px solid var(--muted); break-inside: avoid; page-break-inside: avoid; }
        .remark-error { border-left-color: var(--error); } .remark-warning { border-left-color: var(--warning); } .remark-info { border-left-color: var(--info); }
        .remark-number { font-weight: 700; }
        .rule-id { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 13px; font-weight: 700; white-space: nowrap; }
        .severity, .round-new, .round-open { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 3px; font: 12px/1.6 system-ui, sans-serif; color: #fff; background: var(--muted); }
        .remark-error .severity { background: var(--error); } .remark-warning .severity { background: var(--warning); } .remark-info .severity { background: var(--info); }
        .round-new { background: #8250df; } .round-open { background: #6e7781; }
        .message { margin: 4px 0 8px; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
        dt { font-weight: 600; color: var(--muted); } dd { margin: 0; }
        .inferred { color: var(--warning); font-style: italic; }
        figure.excerpt { margin: 6px 0 0; }
        figure.excerpt figcaption { font-size: 12px; color: var(--muted); }
        figure.excerpt pre { margin: 2px 0 0; padding: 6px 8px; background: #f6f8fa; border: 1px solid var(--rule); white-space: pre; overflow-x: auto; }
        .line-number { color: var(--muted); user-select: none; }
        .caret { color: var(--error); font-weight: 700; }
        details.passed { margin: 18px 0; } details.passed summary { cursor: pointer; font-weight: 600; color: var(--muted); }
        .signature { margin-top: 36px; }
        .blank { display: inline-block; min-width: 180px; border-bottom: 1px solid var(--ink); }
        .hint { color: var(--muted); font-size: 12px; }
        footer { margin-top: 28px; padding-top: 6px; border-top: 1px solid var(--rule); color: var(--muted); font: 12px/1.4 system-ui, sans-serif; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print {
          body { background: #fff; font-size: 12pt; }
          article.conclusion { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          article.conclusion + article.conclusion { break-before: page; page-break-before: always; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          figure.excerpt pre { white-space: pre-wrap; overflow: visible; }
          details.passed:not([open]) { display: none; }
          .verdict, .severity, .round-new, .round-open { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
