#!/usr/bin/env node
// `make dist`: writes
//   dist/govreport.html  one self-contained file (JS, CSS, wasm and the sample reports inlined) that works
//                        opened straight from disk (file://), with no server and no network; its own
//                        Content-Security-Policy (sha256 of the inline script and style, 'wasm-unsafe-eval').
//   dist/npm/            an npm package: the ES module API (govreport.js + .wasm + .d.ts), a Node entry,
//                        the <gov-report-parser> element and the CSV helpers; `npm pack dist/npm` accepts it.
// Needs `make wasm` first (www/pkg). Node standard library only.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const PKG = join(WWW, 'pkg');
const DIST = join(ROOT, 'dist');
const read = (p) => readFileSync(join(WWW, p), 'utf8');

if (!existsSync(join(PKG, 'govreport_bg.wasm'))) {
  console.error('dist: www/pkg/govreport_bg.wasm is missing: run `make wasm` first');
  process.exit(1);
}
const VERSION = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];

// ---- a minimal ES module linker for the page's own modules --------------------------------------
// Each module becomes `const __m_x = (() => { body; return { exports }; })();` inside one inline
// <script type="module">; `import … from './y.js'` becomes a destructuring of __m_y. It understands
// exactly the forms these files use (single import statements, `export function|class|const|let`,
// `export { a, b as c }`) and fails loudly on anything else.

const modVar = (id) => '__m_' + id.replace(/\.js$/, '').replace(/[^A-Za-z0-9_]/g, '_');

export function link(modules) {
  const out = [];
  const done = new Set();
  for (const { id, source } of modules) {
    const exported = [];
    let body = source.replace(/^import\s+([^;]+?)\s+from\s+['"]([^'"]+)['"];?[ \t]*$/gm, (m, clause, spec) => {
      const target = posix.normalize(posix.join(posix.dirname(id), spec));
      if (!done.has(target)) throw new Error(`link: ${id} imports ${spec} (${target}) before it is linked`);
      const parts = [];
      const def = /^([A-Za-z_$][\w$]*)\s*(,|$)/.exec(clause.trim());
      if (def) parts.push('default: ' + def[1]);
      const named = /\{([^}]*)\}/.exec(clause);
      if (named) {
        for (const n of named[1].split(',').map((s) => s.trim()).filter(Boolean)) {
          const [a, b] = n.split(/\s+as\s+/);
          parts.push(b ? `${a}: ${b}` : a);
        }
      }
      if (!def && !named) throw new Error(`link: unsupported import in ${id}: ${m}`);
      return `const { ${parts.join(', ')} } = ${modVar(target)};`;
    });
    body = body.replace(/^export\s+(async\s+function\*?|function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)/gm, (m, kw, name) => {
      exported.push([name, name]);
      return `${kw} ${name}`;
    });
    body = body.replace(/^export\s*\{([^}]*)\};?[ \t]*$/gm, (m, list) => {
      for (const n of list.split(',').map((s) => s.trim()).filter(Boolean)) {
        const [local, name] = n.split(/\s+as\s+/);
        exported.push([name ?? local, local]);
      }
      return '';
    });
    if (/^\s*(import|export)\s/m.test(body)) throw new Error(`link: unsupported import/export left in ${id}`);
    const ret = exported.map(([name, local]) => (name === local ? local : `${name}: ${local}`)).join(', ');
    out.push(`// ---- ${id}\nconst ${modVar(id)} = (() => {\n${body}\nreturn { ${ret} };\n})();`);
    done.add(id);
  }
  return out.join('\n');
}

const sha256 = (s) => "'sha256-" + createHash('sha256').update(s, 'utf8').digest('base64') + "'";

function singleFile() {
  const js = link([
    { id: 'pkg/govreport.js', source: read('pkg/govreport.js') },
    { id: 'ui-css.js', source: read('ui-css.js') },
    { id: 'ui.js', source: read('ui.js') },
    { id: 'decode.js', source: read('decode.js') },
    { id: 'export.js', source: read('export.js') },
    { id: 'app.js', source: read('app.js') },
  ]);
  const script = '\n' + js + '\n';
  const style = '\n' + read('style.css') + '\n';
  for (const [what, s] of [['script', script], ['style', style]]) {
    if (new RegExp('</' + what, 'i').test(s)) throw new Error(`dist: the inline ${what} contains </${what}`);
  }
  let html = read('index.html');
  const icon = 'data:image/svg+xml,' + encodeURIComponent(read('favicon.svg').trim());
  const samples = {};
  for (const m of html.matchAll(/<option value="(samples\/[^"]+)"/g)) samples[m[1]] = read(m[1]);
  const samplesJson = JSON.stringify(samples).replace(/</g, '\\u003c');
  const wasm = readFileSync(join(PKG, 'govreport_bg.wasm')).toString('base64');
  const csp = [
    "default-src 'none'", `script-src ${sha256(script)} 'wasm-unsafe-eval'`, `style-src ${sha256(style)}`,
    'img-src data:', "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  const swap = (from, to) => {
    if (!html.includes(from)) throw new Error('dist: index.html no longer contains ' + from);
    html = html.replace(from, to);
  };
  swap('<meta charset="utf-8">', `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  swap('<link rel="icon" href="favicon.svg" type="image/svg+xml">', `<link rel="icon" href="${icon}" type="image/svg+xml">`);
  swap('<img src="favicon.svg"', `<img src="${icon}"`);
  swap('<link rel="stylesheet" href="style.css">', `<style>${style}</style>`);
  swap('<script type="module" src="app.js"></script>\n', '');
  swap('</body>', `<script type="application/octet-stream" id="govreport-wasm">${wasm}</script>\n` +
    `<script type="application/json" id="govreport-samples">${samplesJson}</script>\n` +
    `<script type="module">${script}</script>\n</body>`);
  if (/(src|href)="(?!data:|#|embed\.html)[^"]*"/.test(html)) throw new Error('dist: a reference to another file is left: ' + /(src|href)="(?!data:|#|embed\.html)[^"]*"/.exec(html)[0]);
  mkdirSync(DIST, { recursive: true });
  writeFileSync(join(DIST, 'govreport.html'), html);
  return join(DIST, 'govreport.html');
}

const NPM_README = `# govreport

Parses Chinese government work reports (政府工作报告) and task decomposition plans (重点任务分解方案):
headline targets with figures, units and qualifiers; last year's results from the review; the work plan as a
task tree with lead and responsible units, deadlines and the figures each task commits to; 民生实事 lists; glossary. Rust compiled to WebAssembly; pure, offline, nothing is sent anywhere.

## In the browser (ES module)

\`\`\`js
import init, { parse } from 'govreport';      // or '/node_modules/govreport/govreport.js' without a bundler
await init();                                 // fetches govreport_bg.wasm next to govreport.js
const doc = parse(text);                      // a plain object: { reports: [...], len, len16 }
for (const t of doc.reports[0].targets) console.log(t.canonical, t.value, t.unit, t.qualifier);
\`\`\`

\`parse\` throws a JS \`Error\` when its argument is not a string. Types: \`govreport.d.ts\`
(\`GovDocument\`, \`GovReport\`, \`GovTarget\`, \`GovTask\`…). Every item has \`span.start16\`/\`span.end16\`:
UTF-16 offsets into the string you passed (\`text.slice(t.span.start16, t.span.end16)\`).
Under a Content-Security-Policy, \`script-src\` needs \`'wasm-unsafe-eval'\`.
To load the module from elsewhere: \`await init({ module_or_path: url_or_bytes })\`.

## In Node

\`\`\`js
import { parse } from 'govreport/node';       // loads the .wasm from disk synchronously
\`\`\`

or, with the plain module: \`initSync({ module: fs.readFileSync(new URL(import.meta.resolve('govreport/govreport_bg.wasm'))) })\`.

## The custom element

\`\`\`html
<script type="module" src="/node_modules/govreport/gov-report-parser.js"></script>
<gov-report-parser src="/reports/2025.txt" view="targets"></gov-report-parser>
\`\`\`

A paste box and the result views (targets with last year's results, work plan with each task's figures,
owners ledger, comparison of the reports in a compilation with a chart); clicking an item highlights its
source, Escape clears the highlight. Shadow DOM with constructed
stylesheets: no global CSS goes in or out; theme it with \`--gr-accent\`, \`--gr-ink\`, \`--gr-bg\`,
\`--gr-line\`. Attributes: \`src\`, \`view\` (targets | plan | owners | compare), \`readonly\`, \`placeholder\`.
Property \`value\` (the text), \`document\` (the last result); event \`govreport-parsed\` (\`detail.document\`).

## CSV

\`import { targetsCSV, ledgerCSV } from 'govreport/export'\`: UTF-8 with BOM, CRLF, formula-like cells
(\`= + - @\`) neutralised, so Excel opens them safely.

License: MIT OR Apache-2.0.
`;

const ELEMENT_DTS = `import type { GovDocument } from './govreport.js';
/** <gov-report-parser>: paste a report, see targets, tasks and owners. */
export declare class GovReportParser extends HTMLElement {
  /** The text being parsed; setting it re-parses. */
  value: string;
  /** The last parse result, or null. */
  readonly document: GovDocument | null;
}
declare global {
  interface HTMLElementTagNameMap { 'gov-report-parser': GovReportParser; }
  interface HTMLElementEventMap { 'govreport-parsed': CustomEvent<{ document: GovDocument }>; }
}
`;
const NODE_JS = `// Node entry: instantiates the module synchronously from the .wasm beside this file.
import { readFileSync } from 'node:fs';
import { initSync } from './govreport.js';

initSync({ module: readFileSync(new URL('./govreport_bg.wasm', import.meta.url)) });

export { parse, version } from './govreport.js';
`;
const NODE_DTS = `export { parse, version } from './govreport.js';
export type * from './govreport.js';
`;
const EXPORT_DTS = `import type { GovDocument } from './govreport.js';
/** One CSV cell: quoted when needed; text beginning with = + - @ (or tab, CR) is prefixed with '. */
export function csvCell(v: unknown): string;
/** CSV text: UTF-8 BOM, CRLF line ends. */
export function toCSV(rows: unknown[][]): string;
export function targetRows(doc: GovDocument): unknown[][];
export function ledgerRows(doc: GovDocument): unknown[][];
/** 报告, 地区, 年份, 类别, 分组, 指标, 规范名称, 类型, 数值, 上限, 力争, 单位, 限定词, 原文 */
export function targetsCSV(doc: GovDocument): string;
/** 报告, 类别, 序号, 任务, 牵头单位, 责任单位, 责任领导, 数量指标 (the clauses of the task's commitments, joined with "；"), 完成时限, 原文 */
export function ledgerCSV(doc: GovDocument): string;
export function toJSON(doc: GovDocument): string;
export function targetsTSV(doc: GovDocument): string;
export const TARGET_HEADER: string[];
export const LEDGER_HEADER: string[];
`;

function npmPackage() {
  const dir = join(DIST, 'npm');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['govreport.js', 'govreport_bg.wasm', 'govreport.d.ts', 'govreport_bg.wasm.d.ts']) copyFileSync(join(PKG, f), join(dir, f));
  for (const f of ['ui.js', 'ui-css.js', 'decode.js', 'export.js']) copyFileSync(join(WWW, f), join(dir, f));
  const el = read('gov-report-parser.js');
  if (!el.includes("from './pkg/govreport.js'")) throw new Error('dist: gov-report-parser.js no longer imports ./pkg/govreport.js');
  writeFileSync(join(dir, 'gov-report-parser.js'), el.replace("from './pkg/govreport.js'", "from './govreport.js'"));
  writeFileSync(join(dir, 'gov-report-parser.d.ts'), ELEMENT_DTS);
  writeFileSync(join(dir, 'node.js'), NODE_JS);
  writeFileSync(join(dir, 'node.d.ts'), NODE_DTS);
  writeFileSync(join(dir, 'export.d.ts'), EXPORT_DTS);
  writeFileSync(join(dir, 'README.md'), NPM_README);
  const pkg = {
    name: 'govreport',
    version: VERSION,
    description: 'Parser for Chinese government work reports (政府工作报告) and task decomposition plans: targets, work plan, owners. WebAssembly, offline.',
    license: 'MIT OR Apache-2.0',
    type: 'module',
    main: './govreport.js',
    module: './govreport.js',
    types: './govreport.d.ts',
    exports: {
      '.': { types: './govreport.d.ts', default: './govreport.js' },
      './node': { types: './node.d.ts', default: './node.js' },
      './element': { types: './gov-report-parser.d.ts', default: './gov-report-parser.js' },
      './gov-report-parser.js': { types: './gov-report-parser.d.ts', default: './gov-report-parser.js' },
      './export': { types: './export.d.ts', default: './export.js' },
      './govreport_bg.wasm': './govreport_bg.wasm',
      './package.json': './package.json',
    },
    files: ['govreport.js', 'govreport_bg.wasm', 'govreport.d.ts', 'govreport_bg.wasm.d.ts', 'node.js', 'node.d.ts',
      'gov-report-parser.js', 'gov-report-parser.d.ts', 'ui.js', 'ui-css.js', 'decode.js', 'export.js', 'export.d.ts', 'README.md'],
    sideEffects: ['./gov-report-parser.js', './node.js'],
    keywords: ['政府工作报告', 'government work report', 'chinese', 'parser', 'wasm', 'webassembly'],
    engines: { node: '>=18' },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  return dir;
}

const html = singleFile();
const npm = npmPackage();
const kb = (p) => (statSync(p).size / 1024).toFixed(0) + ' KB';
console.log(`dist: ${posix.relative(ROOT, html) || html} (${kb(html)}), ${posix.relative(ROOT, npm)}/ (wasm ${kb(join(npm, 'govreport_bg.wasm'))})`);
