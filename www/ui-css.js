// Styles of the result views and the source pane, shared by the page and <gov-report-parser>.
// Applied as a constructed stylesheet (document.adoptedStyleSheets / shadowRoot.adoptedStyleSheets),
// so the element needs no extra file and the page needs no inline <style>.
// Theme through custom properties on the page or the element: --gr-accent, --gr-ink, --gr-bg…

export const UI_CSS = String.raw`
.rv, .src-wrap, .gr-table { --a: var(--gr-accent, #b3261e); --ink: var(--gr-ink, #1f2328); --mut: var(--gr-muted, #5c6370);
  --line: var(--gr-line, #d8dbe0); --bg: var(--gr-bg, #fff); --soft: var(--gr-soft, #f5f6f8); --hl: var(--gr-mark, #ffd966); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.muted { color: var(--mut); }
.small { font-size: .85em; }
.nowrap { white-space: nowrap; }
[hidden] { display: none !important; }

/* buttons */
.rv .btn { font: inherit; font-size: .875rem; padding: .3rem .7rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--ink); cursor: pointer; }
.rv .btn:hover { border-color: var(--a); color: var(--a); }
.rv .btn.small { font-size: .8rem; padding: .15rem .55rem; }
.rv button.link { font: inherit; color: inherit; background: none; border: 0; padding: 0; margin: 0; text-align: start; cursor: pointer; }
.rv button.link:hover { color: var(--a); text-decoration: underline; text-underline-offset: 3px; }
.rv :focus-visible { outline: 2px solid var(--a); outline-offset: 2px; border-radius: 3px; }

/* picker, meta */
.rv { color: var(--ink); container-type: inline-size; }
.rv .picker-box { display: flex; gap: .5rem; align-items: center; margin: 0 0 .6rem; }
.rv .picker-box label { font-weight: 600; white-space: nowrap; }
.rv .picker { font: inherit; padding: .3rem .4rem; border: 1px solid var(--line); border-radius: 6px; max-width: 100%; min-width: 0; flex: 1; background: var(--bg); color: var(--ink); }
.rv .meta { margin: 0 0 .75rem; }
.rv .meta-title { display: flex; flex-wrap: wrap; gap: .4rem .6rem; align-items: baseline; }
.rv .meta h2 { font-size: 1.2rem; margin: 0; line-height: 1.4; }
.rv .facts, .rv .counts { margin: .25rem 0 0; color: var(--mut); font-size: .875rem; }
.rv .notice { margin: .5rem 0 0; padding: .5rem .75rem; background: #fff4e5; border-left: 3px solid #e59a2f; }
.rv .warnings { margin: .4rem 0 0; padding: 0 0 0 1.2rem; color: #8a5a00; font-size: .85rem; }
.rv .badge { display: inline-block; font-size: .75rem; line-height: 1.5; padding: 0 .45rem; border-radius: 999px; background: var(--soft); color: var(--mut); border: 1px solid var(--line); white-space: nowrap; }
.rv .kind-decomposition_plan { background: #e8f0fe; color: #174ea6; border-color: #c6d8fb; }
.rv .kind-not_a_report { background: #fff4e5; color: #8a5a00; border-color: #f3d19c; }

/* tabs */
.rv .tabs { display: flex; gap: .25rem; border-bottom: 1px solid var(--line); margin: 0 0 .75rem; overflow-x: auto; }
.rv .tabs [role=tab] { font: inherit; font-size: .95rem; padding: .5rem .9rem; border: 0; border-bottom: 3px solid transparent; background: none; color: var(--mut); cursor: pointer; white-space: nowrap; }
.rv .tabs [role=tab][aria-selected=true] { color: var(--a); border-bottom-color: var(--a); font-weight: 600; }
.rv .tabs [role=tab]:hover { color: var(--ink); }
.rv .panel:focus-visible { outline-offset: 4px; }

/* tables */
.gr-table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: 0 0 1.25rem; background: var(--bg); }
.gr-table caption { text-align: start; font-weight: 600; padding: 0 0 .4rem; color: var(--ink); }
.gr-table th, .gr-table td { border-bottom: 1px solid var(--line); padding: .45rem .5rem; text-align: start; vertical-align: top; }
.gr-table thead th { font-size: .8rem; font-weight: 600; color: var(--mut); background: var(--soft); white-space: nowrap; }
.gr-table tbody th { font-weight: 500; }
.gr-table tr.group th { background: var(--soft); color: var(--mut); font-size: .8rem; }
.gr-table tr.locatable { cursor: pointer; }
.gr-table tr.locatable:hover { background: #fbf3f2; }
.gr-table tr.active, .rv .row.active { background: #fff3c4; }
.gr-table tr.current th, .gr-table tr.current td { background: #fbf3f2; }
.gr-table .fig { white-space: nowrap; }
.gr-table .num { font-weight: 600; font-variant-numeric: tabular-nums; }
.gr-table .phrase { color: var(--mut); min-width: 12em; }
.gr-table .numcell { text-align: end; font-variant-numeric: tabular-nums; }
.rv .canon { display: block; font-size: .75rem; color: var(--mut); }
.rv .qual { display: inline-block; white-space: nowrap; margin-inline-start: .25rem; font-size: .8rem; padding: 0 .3rem; border-radius: 4px; background: var(--soft); }
.rv .qual.q-at_least, .rv .qual.q-more_than { background: #fbe3e1; color: #8c1d18; }
.rv .qual.q-approx { background: #fdeee6; color: #8a3b12; }
.rv .qual.q-at_most, .rv .qual.q-less_than { background: #e3ecf7; color: #1d4f86; }
.rv .stretch { display: block; font-size: .8rem; color: var(--a); }
.rv .kind { font-size: .8rem; white-space: nowrap; }
.rv .k-no_figure { color: var(--mut); }
.gr-table .result { white-space: nowrap; }
.rv .past-fig { font-variant-numeric: tabular-nums; color: #3d4451; }
.rv button.link.past { display: block; font-variant-numeric: tabular-nums; color: #3d4451; }
.rv button.link.past:hover { color: var(--a); }
.rv button.link.past.active { background: var(--hl); border-radius: 3px; }
.rv .scroll-x { overflow-x: auto; margin: 0 0 1.25rem; }
.rv .scroll-x .gr-table { margin: 0; }
.rv .matrix th:first-child { position: sticky; inset-inline-start: 0; background: var(--bg); z-index: 1; min-width: 8em; }
.rv .matrix thead th:first-child { background: var(--soft); }
.rv .matrix td { white-space: nowrap; }
.rv .matrix .cell { display: block; font-variant-numeric: tabular-nums; }

@container (max-width: 560px) {
  .rv .gr-table { font-size: .85rem; }
  .rv .gr-table th, .rv .gr-table td { padding: .4rem .3rem; }
  .rv .gr-table .phrase { min-width: 0; font-size: .8rem; }
  .rv .targets tbody th { min-width: 5.5em; }
  .rv .targets .fig, .rv .gr-table .result { white-space: normal; }
  .rv .targets.with-results .col-kind { display: none; }
  .rv .tabs [role=tab] { padding: .5rem .6rem; }
}

/* tree */
.rv .tree-tools, .rv .ledger-tools { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 0 0 .5rem; }
.rv ul.tree { list-style: none; margin: 0; padding: 0; }
.rv ul.tree ul.tree { padding-inline-start: 1.4rem; border-inline-start: 1px dotted var(--line); margin-inline-start: .6rem; }
.rv .node.collapsed > ul { display: none; }
.rv .row { display: flex; flex-wrap: wrap; align-items: baseline; gap: .15rem .45rem; padding: .3rem .25rem; border-radius: 4px; }
.rv .section > .row { font-weight: 600; border-bottom: 1px solid var(--line); border-radius: 0; padding-top: .5rem; }
.rv .row .title { flex: 1 1 14em; min-width: 0; line-height: 1.5; }
.rv .row .num { font-variant-numeric: tabular-nums; color: var(--a); font-weight: 600; min-width: 1.2em; }
.rv .row .count { font-size: .75rem; color: var(--mut); font-weight: 400; }
.rv .twisty { width: 1.4rem; height: 1.4rem; flex: none; border: 0; background: none; cursor: pointer; color: var(--mut); padding: 0; font: inherit; line-height: 1; align-self: center; }
.rv .twisty::before { content: "▾"; display: inline-block; }
.rv .twisty[aria-expanded=false]::before { transform: rotate(-90deg); }
.rv .twisty-space { width: 1.4rem; flex: none; }
.rv .owners { display: flex; flex-wrap: wrap; gap: .25rem; flex-basis: 100%; padding-inline-start: 1.9rem; font-weight: 400; }
.rv .chip { display: inline-block; font-size: .78rem; line-height: 1.5; padding: 0 .45rem; border-radius: 4px; background: var(--soft); border: 1px solid var(--line); }
.rv .chip-k { font-weight: 600; margin-inline-end: .3rem; }
.rv .chip-lead { background: #fbe3e1; border-color: #f0b8b3; color: #7a1a15; }
.rv .chip-resp { background: #e8f0fe; border-color: #c6d8fb; color: #1a3f7a; }
.rv .chip-leader { background: #f1e8fd; border-color: #dac6f7; color: #4a2180; }
.rv .chip-due { background: #e6f4ea; border-color: #bfe0c8; color: #1e5631; }
.rv .owners .chip + .chip-due, .rv td .link + .chip-due { margin-inline-start: .4rem; }
.rv .figs { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem; flex-basis: 100%; padding-inline-start: 1.9rem; font-weight: 400; }
.rv td .figs { padding-inline-start: 0; margin-top: .3rem; }
.rv .figs-k { font-size: .72rem; color: var(--mut); margin-inline-end: .1rem; }
.rv button.chip-fig { font: inherit; font-size: .78rem; line-height: 1.5; color: #6b4500; background: #fff6dc; border-color: #efd796; cursor: pointer; font-variant-numeric: tabular-nums; white-space: nowrap; }
.rv button.chip-fig:hover { border-color: var(--a); color: var(--a); }
.rv button.chip-fig.active { background: var(--hl); border-color: #c99a06; color: var(--ink); }
.rv .figs:not(.open) > .extra { display: none; }
.rv .figs-more { font: inherit; font-size: .75rem; line-height: 1.5; padding: 0 .4rem; border: 1px dashed var(--line); border-radius: 4px; background: none; color: var(--mut); cursor: pointer; }
.rv .figs-more:hover { color: var(--a); border-color: var(--a); }
.rv details.preamble { margin: 0 0 .75rem; padding: .35rem .6rem; border: 1px dashed var(--line); border-radius: 6px; font-size: .9rem; color: var(--mut); }
.rv details.preamble > summary { cursor: pointer; }
.rv details.preamble ul { list-style: none; margin: .35rem 0 .1rem; padding: 0 0 0 1.1rem; }
.rv details.preamble li { margin: .15rem 0; color: var(--ink); }
.rv .sec-plan, .rv .sec-targets { background: #fbe3e1; color: #7a1a15; border-color: #f0b8b3; }
.rv .sec-livelihood { background: #e6f4ea; color: #1e5631; border-color: #bfe0c8; }
.rv .glossary { margin: 1rem 0; }
.rv .glossary summary { cursor: pointer; font-weight: 600; }
.rv .glossary dt { font-weight: 600; margin-top: .5rem; }
.rv .glossary dd { margin: 0 0 0 1rem; color: var(--mut); font-size: .9rem; }
@container (max-width: 560px) {
  /* the tree on a phone: the title stays beside its number, less indent per level */
  .rv .row .title { flex-basis: 0; }
  .rv ul.tree ul.tree { padding-inline-start: .7rem; margin-inline-start: .35rem; }
  .rv .owners, .rv .figs { padding-inline-start: 1.5rem; }
  .rv td .figs { padding-inline-start: 0; }
  .rv .row .count { white-space: nowrap; }
}

/* owners ledger */
.rv .filter { font: inherit; padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 6px; min-width: 0; flex: 1 1 12rem; max-width: 22rem; background: var(--bg); color: var(--ink); }
.rv details.unit { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .6rem; background: var(--bg); }
.rv details.unit > summary { cursor: pointer; padding: .5rem .75rem; display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.rv details.unit[open] > summary { border-bottom: 1px solid var(--line); }
.rv .unit-name { font-weight: 600; }
.rv .unit-count { font-size: .8rem; color: var(--mut); }
.rv details.unit .gr-table { margin: 0; }
.rv details.unit .gr-table tr:last-child > * { border-bottom: 0; }
.rv .empty-note { padding: 1rem; background: var(--soft); border-radius: 6px; }

/* chart */
.rv .chart-tools { margin: .25rem 0 .5rem; }
.rv .chart-tools label { font-weight: 600; }
.rv .indicator { font: inherit; padding: .3rem .4rem; border: 1px solid var(--line); border-radius: 6px; max-width: 100%; background: var(--bg); color: var(--ink); }
.rv .chart-fig { margin: 0; }
.rv svg.chart { width: 100%; height: auto; max-width: 760px; display: block; font-family: inherit; overflow: visible; }
.rv svg.chart text { font-size: 13px; fill: var(--ink); }
.rv svg.chart .tick { font-size: 11px; fill: var(--mut); }
.rv svg.chart .grid { stroke: var(--line); stroke-width: 1; }
.rv svg.chart .axis { stroke: var(--mut); stroke-width: 1; }
.rv svg.chart .bar-row { cursor: pointer; }
.rv svg.chart .bar-row:hover .bar-label { fill: var(--a); }
.rv svg.chart .bar-row.active .bar { stroke: var(--ink); stroke-width: 2; }
.rv svg.chart .bar { fill: #8a8f98; }
.rv svg.chart .q-at_least .bar, .rv svg.chart .q-more_than .bar { fill: #b3261e; }
.rv svg.chart .q-approx .bar { fill: #e0795f; }
.rv svg.chart .q-at_most .bar, .rv svg.chart .q-less_than .bar { fill: #3b6ea8; }
.rv svg.chart .bar-range { fill: #f3b9ab; }
.rv svg.chart .bar-stretch { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 3 2; }
.rv svg.chart .bar-value { font-weight: 600; }
.rv figcaption { font-size: .8rem; color: var(--mut); margin: .4rem 0 .75rem; display: flex; flex-direction: column; gap: .25rem; }
.rv .legend { display: flex; flex-wrap: wrap; gap: .2rem .4rem; align-items: center; }
.rv .sw { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; background: #8a8f98; vertical-align: middle; }
.rv .sw.q-at_least { background: #b3261e; }
.rv .sw.q-approx { background: #e0795f; }
.rv .sw.q-at_most { background: #3b6ea8; }
.rv .sw.sw-range { background: #f3b9ab; }
.rv .sw.sw-stretch { background: none; border-inline-start: 2px dashed var(--ink); width: .4rem; border-radius: 0; }
.rv .chart-table { font-size: .85rem; }

/* the source pane: a transparent textarea over a backdrop that draws the highlight */
.src-wrap { display: grid; position: relative; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; min-height: 12rem; overflow: hidden; }
.src-wrap:focus-within { border-color: var(--a); box-shadow: 0 0 0 2px color-mix(in srgb, var(--a) 20%, transparent); }
.src-wrap > .src-text, .src-wrap > .src-backdrop {
  grid-area: 1 / 1; box-sizing: border-box; margin: 0; border: 0; padding: .75rem .9rem;
  font-family: var(--gr-text-font, inherit); font-size: .95rem; line-height: 1.75; letter-spacing: normal; tab-size: 4;
  white-space: pre-wrap; overflow-wrap: break-word; word-break: normal; overflow-x: hidden; overflow-y: scroll;
  width: 100%; height: 100%; min-height: 0; }
.src-wrap > .src-backdrop { color: transparent; pointer-events: none; visibility: hidden; }
.src-wrap > .src-backdrop.on { visibility: visible; }
.src-wrap > .src-backdrop mark { color: transparent; background: var(--hl); border-radius: 2px; box-shadow: 0 0 0 2px var(--hl); }
.src-wrap > .src-text { position: relative; z-index: 1; background: transparent; color: var(--ink); resize: none; outline: none; }
`;

let sheet = null;
/** The shared constructed stylesheet (one per document). */
export function uiSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(UI_CSS);
  }
  return sheet;
}
