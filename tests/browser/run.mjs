#!/usr/bin/env node
// The browser test (`make test-browser`): drives the real page, the embed demo and dist/govreport.html
// in Debian's Chromium with playwright-core, and installs the npm package into a scratch project.
// Starts its own server (tools/serve.py, free port, the strict CSP) and stops it.
// Expected values come from the issue (seven reports, 济南 5.5% 以上) and from the same wasm module run
// in Node (www/pkg), never from the page itself. Screenshots go to tests/browser/screenshots/.

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(ROOT, 'tests/browser/screenshots');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const fixture = (p) => readFileSync(join(ROOT, 'tests/fixtures', p), 'utf8');
const SEED_001 = fixture('seeds/001_856a73ee7808871b.txt');
const SEED_004 = fixture('seeds/004_54ebdace0a690402.txt');
const HUBEI = fixture('corpus/hubei_2025_trad.txt');
const XIAMEN = fixture('corpus/xiamen_2016.txt');
const DIST_HTML = join(ROOT, 'dist/govreport.html');

// ---- the oracle: the same wasm module, in Node ---------------------------------------------------
const glue = await import(pathToFileURL(join(ROOT, 'www/pkg/govreport.js')).href);
glue.initSync({ module: readFileSync(join(ROOT, 'www/pkg/govreport_bg.wasm')) });
const oracle = (text) => glue.parse(text);

function walk(tasks, fn) {
  for (const t of tasks) { fn(t); walk(t.children, fn); }
}
function countAll(tasks) {
  let n = 0;
  walk(tasks, () => n++);
  return n;
}
/** The tasks of a list with their paths as the ledger numbers them (一.1: item 1 of part 一). */
function withPaths(tasks, path = []) {
  return tasks.flatMap((t, i) => {
    const p = [...path, t.number ?? String(i + 1)];
    return [{ task: t, path: p.join('.') }, ...withPaths(t.children, p)];
  });
}
const clauses = (t) => [...new Set(t.commitments.map((c) => c.text))];
function ledgerUnits(report) {
  const units = new Map();
  for (const list of [report.tasks, report.livelihood]) {
    walk(list, (t) => {
      for (const u of [...t.owners.lead, ...t.owners.responsible]) {
        if (!units.has(u)) units.set(u, new Set());
        units.get(u).add(t);
      }
    });
  }
  return units;
}

/** RFC 4180 CSV (quotes, CRLF). */
function parseCSV(s) {
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// ---- a tiny runner -------------------------------------------------------------------------------
const results = [];
async function test(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push([name, null]);
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push([name, e]);
    console.log(`FAIL ${name}\n     ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n     ')}`);
  }
}

// ---- server and browser --------------------------------------------------------------------------
function startServer() {
  const proc = spawn('python3', [join(ROOT, 'tools/serve.py'), '--host', '127.0.0.1', '--port', '0', '--dir', join(ROOT, 'www')],
    { env: { ...process.env, SERVE_QUIET: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) res({ proc, url: m[0], origin: m[0].slice(0, -1) });
    });
    proc.on('exit', (code) => rej(new Error('tools/serve.py exited with ' + code)));
    setTimeout(() => rej(new Error('tools/serve.py did not start')), 10000);
  });
}

const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
};

mkdirSync(SHOTS, { recursive: true });
for (const f of readdirSync(SHOTS)) if (f.endsWith('.png')) rmSync(join(SHOTS, f));
const server = await startServer();
const { url, origin } = server;
const profile = mkdtempSync(join(tmpdir(), 'govreport-chromium-'));
const context = await chromium.launchPersistentContext(profile, { ...LAUNCH, viewport: { width: 1366, height: 900 }, acceptDownloads: true });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });

const requests = [];
context.on('request', (r) => requests.push(r.url()));
const problems = []; // console errors and warnings, page errors, dialogs: none allowed
const dialogs = [];
function watch(page, label) {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${label}: console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message}`));
  page.on('dialog', (d) => { dialogs.push(`${label}: ${d.type()} ${d.message()}`); d.dismiss(); });
  return page;
}
async function openPage(path = '', label = path || 'index') {
  const page = watch(await context.newPage(), label);
  const res = await page.goto(path.startsWith('file:') ? path : url + path);
  if (!path.startsWith('file:')) await page.waitForFunction(() => document.documentElement.dataset.state === 'ready' || location.pathname.endsWith('embed.html'));
  return { page, res };
}
const shot = (page, name, opts = {}) => page.screenshot({ path: join(SHOTS, name + '.png'), ...opts });

async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#source');
  await page.keyboard.press('Control+V');
}
/** Puts text into a text box as an input event does (page.fill is slow for 100k characters). */
async function input(page, text, sel = '#source') {
  await page.locator(sel).evaluate((el, t) => {
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}
async function waitParsed(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('.picker option').length === n || (n === 1 && document.querySelector('.panel-targets table')), n);
}
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}
async function dropFile(page, bytes, name) {
  const dt = await page.evaluateHandle(({ b64, name }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type: 'text/plain' }));
    return dt;
  }, { b64: Buffer.from(bytes).toString('base64'), name });
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('#source', type, { dataTransfer: dt });
}
/** Every visible control has an accessible name (label, aria-label, aria-labelledby or text). */
async function unlabelled(page, rootSel = null) {
  return page.evaluate((rootSel) => {
    const root = rootSel ? document.querySelector(rootSel).shadowRoot : document;
    const bad = [];
    for (const el of root.querySelectorAll('button, input, select, textarea, [role=tab]')) {
      if (el.type === 'file' || el.closest('[hidden]') || !el.getClientRects().length) continue;
      const by = el.getAttribute('aria-labelledby');
      const name = el.getAttribute('aria-label') || (by && by.split(' ').map((id) => root.getElementById?.(id)?.textContent ?? document.getElementById(id)?.textContent).join(''))
        || [...(el.labels ?? [])].map((l) => l.textContent).join('') || (el.tagName === 'SELECT' ? '' : el.textContent.trim()) || el.title;
      if (!name || !name.trim()) bad.push(el.outerHTML.slice(0, 120));
    }
    return bad;
  }, rootSel);
}

const expected001 = oracle(SEED_001);
const jinanIdx = expected001.reports.findIndex((r) => r.place === '济南市');
const jinan = expected001.reports[jinanIdx];
const jinanGdp = jinan?.targets.find((t) => t.canonical === '地区生产总值');

try {
  // ---- the page -----------------------------------------------------------------------------------
  await test('the page loads under the CSP header, with no request but its own files', async () => {
    const { page, res } = await openPage('', 'index');
    assert.equal(res.headers()['content-security-policy'], CSP);
    assert.match(await page.textContent('#status'), /就绪/);
    assert.equal(await page.isVisible('#intro'), true);
    assert.match(await page.textContent('#version'), /^v\d/);
    await shot(page, '01-empty');
    assert.deepEqual(await unlabelled(page), []);
    await page.close();
  });

  let jsonFromPaste = null;
  await test('paste seed 001: seven reports, 济南 地区生产总值 5.5% 以上 in the targets table', async () => {
    assert.equal(expected001.reports.length, 7, 'the oracle agrees: seven reports');
    assert.ok(jinanGdp, 'the oracle has 济南 GDP');
    const { page } = await openPage('', 'paste-001');
    await paste(page, SEED_001);
    await waitParsed(page, 7);
    assert.equal(await page.inputValue('#source'), SEED_001);
    assert.match(await page.textContent('#status'), /识别出 7 份报告/);
    const options = await page.$$eval('.picker option', (os) => os.map((o) => o.textContent));
    assert.equal(options.length, 7);
    expected001.reports.forEach((r, i) => assert.ok(options[i].includes(r.title), `${options[i]} names ${r.title}`));
    await page.selectOption('.picker', String(jinanIdx));
    const rows = await page.$$eval('.panel-targets table.targets tbody tr.locatable', (trs) =>
      trs.map((tr) => ({ ind: tr.querySelector('th button').textContent, fig: tr.querySelector('.fig').textContent, kind: tr.querySelector('td.col-kind').textContent, text: tr.querySelector('td.phrase').textContent,
        past: tr.querySelector('td.result') && [...tr.querySelectorAll('td.result button.past')].map((b) => ({ text: b.textContent, title: b.title })) })));
    assert.deepEqual(rows.map((r) => r.ind), jinan.targets.map((t) => t.indicator), 'one row per target, in order');
    const gdp = rows.find((r) => r.ind === '地区生产总值');
    assert.ok(gdp, 'a 地区生产总值 row');
    assert.match(gdp.fig, /5\.5%/);
    assert.match(gdp.fig, /以上/);
    assert.equal(gdp.kind, '增长');
    assert.equal(gdp.text, jinanGdp.text);
    // 济南 reviews last year: a 上年 column, each result in the row of its target (by canonical name)
    assert.ok(jinan.results.length > 0, 'the oracle has results for 济南');
    assert.equal(await page.locator('.panel-targets table.targets thead th.col-result').textContent(), '上年');
    rows.forEach((row, i) => {
      const want = jinan.results.filter((x) => x.canonical === jinan.targets[i].canonical);
      assert.deepEqual(row.past.map((p) => p.title), want.map((x) => x.text), `上年 of ${row.ind}`);
      want.forEach((x, j) => assert.ok(row.past[j].text.includes(x.value_text + (x.unit ?? '')), `${row.ind}: ${row.past[j].text} shows ${x.value_text}${x.unit}`));
    });
    const jinanExtra = jinan.results.filter((x) => !jinan.targets.some((t) => t.canonical === x.canonical));
    assert.deepEqual(await page.$$eval('.panel-targets table.results tbody th button', (bs) => bs.map((b) => b.textContent)), jinanExtra.map((x) => x.indicator), 'results without a target in their own table');
    await shot(page, '02-targets-001');
    jsonFromPaste = (await download(page, '[data-export=json]')).bytes.toString('utf8');
    assert.deepEqual(JSON.parse(jsonFromPaste), JSON.parse(JSON.stringify(expected001)), 'the JSON export is the parse result');
    // copy to the clipboard: the same JSON
    await page.click('[data-export=copy-json]');
    await page.waitForFunction(() => document.querySelector('[data-export=copy-json]').textContent === '已复制');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), jsonFromPaste);

    // clicking a target highlights its source and scrolls the text to it
    await page.click('.panel-targets table.targets tbody tr.locatable th button >> text=地区生产总值');
    const hl = await page.evaluate(() => {
      const m = document.querySelector('.src-backdrop mark');
      const ta = document.querySelector('#source');
      const a = m.getBoundingClientRect(), b = ta.getBoundingClientRect();
      return { text: m.textContent, scrollTop: ta.scrollTop, visible: a.top >= b.top && a.bottom <= b.bottom && a.height > 0, on: document.querySelector('.src-backdrop').classList.contains('on'), active: !!document.querySelector('tr.active') };
    });
    assert.equal(hl.text, SEED_001.slice(jinanGdp.span.start16, jinanGdp.span.end16));
    assert.match(hl.text, /地区生产总值增长5\.5%以上/);
    assert.ok(hl.on && hl.active, 'the highlight is shown and the row marked');
    assert.ok(hl.scrollTop > 1000, 'the text scrolled down to the target');
    assert.ok(hl.visible, 'the highlighted source is inside the visible part of the text box');
    await shot(page, '03-highlight');

    // keyboard: the next target's button, Enter
    const second = jinan.targets[1];
    await page.focus('.panel-targets table.targets tbody tr.locatable:nth-child(2) th button');
    await page.keyboard.press('Enter');
    assert.equal(await page.textContent('.src-backdrop mark'), SEED_001.slice(second.span.start16, second.span.end16));

    // tabs by keyboard (arrows), with roles
    await page.focus('[role=tab][aria-selected=true]');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getAttribute('[role=tab][aria-selected=true]', 'data-tab'), 'plan');
    assert.equal(await page.isVisible('.panel-plan ul.tree-root'), true);
    await page.keyboard.press('End');
    assert.equal(await page.getAttribute('[role=tab][aria-selected=true]', 'data-tab'), 'compare');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.tab), 'compare');
    assert.deepEqual(await unlabelled(page), []);
    // a report with results but no targets (内江 in the oracle): no 上年 column, every result in its own table
    const bare = expected001.reports.findIndex((r) => !r.targets.length && r.results.length);
    assert.ok(bare >= 0, 'the oracle has a report with results and no targets');
    await page.click('[role=tab][data-tab=targets]');
    await page.selectOption('.picker', String(bare));
    assert.equal(await page.locator('.panel-targets th.col-result').count(), 0);
    assert.deepEqual(await page.$$eval('.panel-targets table.results tbody th button', (bs) => bs.map((b) => b.textContent)), expected001.reports[bare].results.map((x) => x.indicator));
    await page.close();
  });

  await test('compilation: side-by-side table and one bar per report for 地区生产总值', async () => {
    const { page } = await openPage('', 'compare-001');
    await input(page, SEED_001);
    await waitParsed(page, 7);
    await page.click('[role=tab][data-tab=compare]');
    const canon = new Set(expected001.reports.flatMap((r) => r.targets.map((t) => t.canonical)));
    assert.equal(await page.locator('.matrix tbody tr').count(), canon.size, 'one row per canonical indicator');
    assert.equal(await page.locator('.matrix thead th').count(), 1 + expected001.reports.length, 'one column per report');
    const gdpRow = await page.$$eval('.matrix tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)).find((c) => c[0].startsWith('地区生产总值')));
    assert.match(gdpRow[1 + jinanIdx], /5\.5%以上/);
    assert.equal(await page.locator('.matrix button.cell').count(), expected001.reports.reduce((n, r) => n + r.targets.length, 0), 'targets only, no results');
    assert.equal(await page.inputValue('select.indicator'), '地区生产总值');
    const withGdp = expected001.reports.map((r) => r.targets.find((t) => t.canonical === '地区生产总值')).filter((t) => t && t.value != null);
    assert.ok(withGdp.length >= 5);
    const bars = await page.$$eval('svg.chart g.bar-row', (gs) => gs.map((g) => ({ bar: g.querySelectorAll('rect.bar').length, label: g.querySelector('.bar-label').textContent, value: g.querySelector('.bar-value').textContent, w: +g.querySelector('rect.bar').getAttribute('width') })));
    assert.equal(bars.length, withGdp.length, 'one bar per report that states a GDP target');
    assert.ok(bars.every((b) => b.bar === 1));
    const jb = bars.find((b) => b.label.startsWith('济南'));
    assert.ok(jb && /5\.5%以上/.test(jb.value), 'the 济南 bar carries its qualifier');
    const maxV = Math.max(...withGdp.map((t) => t.value));
    const widest = bars.reduce((a, b) => (b.w > a.w ? b : a));
    assert.ok(widest.value.startsWith(String(maxV)), 'the longest bar is the largest figure');
    assert.equal(await page.locator('.chart-table tbody tr').count(), expected001.reports.filter((r) => r.targets.some((t) => t.canonical === '地区生产总值')).length, 'readable as a table');
    assert.equal(await page.getAttribute('svg.chart', 'role'), 'img');
    await shot(page, '04-compare-chart', { fullPage: true });
    // another indicator
    const other = '一般公共预算收入';
    await page.selectOption('select.indicator', other);
    const n = expected001.reports.filter((r) => r.targets.some((t) => t.canonical === other && t.value != null)).length;
    assert.equal(await page.locator('svg.chart rect.bar').count(), n);
    // a bar is a link to its source too
    await page.click('svg.chart rect.bar >> nth=0');
    assert.ok((await page.textContent('.src-backdrop mark')).includes(other.slice(0, 4)));
    // picking a report from the list
    await page.click(`[data-pick="${jinanIdx}"]`);
    assert.equal(await page.getAttribute('[role=tab][aria-selected=true]', 'data-tab'), 'targets');
    assert.equal(await page.inputValue('.picker'), String(jinanIdx));
    await page.close();
  });

  await test("last year's results (厦门 2016): a 上年 column by canonical name, the others apart; Escape clears the highlight", async () => {
    const exp = oracle(XIAMEN).reports[0];
    const matched = exp.results.filter((x) => exp.targets.some((t) => t.canonical === x.canonical));
    const extra = exp.results.filter((x) => !matched.includes(x));
    assert.ok(matched.length >= 2 && extra.length >= 1, `the oracle has results with and without a target (${matched.length}, ${extra.length})`);
    const { page } = await openPage('', 'results-xiamen');
    await input(page, XIAMEN);
    await waitParsed(page, 1);
    assert.match(await page.textContent('.meta .counts'), new RegExp(`上年完成 ${exp.results.length} 项`));
    const rows = await page.$$eval('.panel-targets table.targets tbody tr.locatable', (trs) => trs.map((tr) => ({
      ind: tr.querySelector('th button').textContent, cell: tr.querySelector('td.result').textContent,
      past: [...tr.querySelectorAll('td.result button.past')].map((b) => ({ text: b.textContent, title: b.title, s16: +b.dataset.s16, e16: +b.dataset.e16 })) })));
    assert.deepEqual(rows.map((r) => r.ind), exp.targets.map((t) => t.indicator));
    rows.forEach((row, i) => {
      const want = exp.results.filter((x) => x.canonical === exp.targets[i].canonical);
      assert.equal(row.past.length, want.length, `上年 of ${row.ind}`);
      if (!want.length) assert.equal(row.cell, '—', `${row.ind}: no result, a dash`);
      want.forEach((x, j) => {
        assert.equal(row.past[j].title, x.text);
        assert.ok(row.past[j].text.includes(x.value_text + (x.unit ?? '')), `${row.ind}: ${row.past[j].text} shows ${x.value_text}${x.unit}`);
        assert.deepEqual([row.past[j].s16, row.past[j].e16], [x.span.start16, x.span.end16]);
      });
    });
    const ex = await page.$$eval('.panel-targets table.results tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    assert.deepEqual(ex.map((r) => r[0]), extra.map((x) => (x.canonical !== x.indicator ? x.indicator + x.canonical : x.indicator)), 'the results no target names');
    extra.forEach((x, i) => {
      assert.ok(ex[i][1].includes(x.value_text + (x.unit ?? '')), `${ex[i][1]} shows ${x.value_text}${x.unit}`);
      assert.equal(ex[i][2], x.text);
    });
    // a result is a link to its own source; Escape clears the highlight and keeps the focus
    const first = matched[0];
    const btn = page.locator(`.panel-targets td.result button.past[data-s16="${first.span.start16}"]`);
    await btn.click();
    assert.equal(await page.textContent('.src-backdrop mark'), XIAMEN.slice(first.span.start16, first.span.end16));
    assert.ok(await btn.evaluate((b) => b.classList.contains('active') && b.closest('tr').classList.contains('active')));
    await shot(page, '12-results-xiamen');
    await page.keyboard.press('Escape');
    const after = await page.evaluate(() => ({
      mark: document.querySelectorAll('.src-backdrop mark').length, on: document.querySelector('.src-backdrop').classList.contains('on'),
      active: document.querySelectorAll('#results .active').length, focus: document.activeElement.classList.contains('past'),
    }));
    assert.deepEqual(after, { mark: 0, on: false, active: 0, focus: true }, 'Escape: no highlight, nothing marked, the focus stays');
    // Escape from the text box too
    await page.click('.panel-targets table.targets tbody tr.locatable th button >> nth=0');
    assert.equal(await page.locator('.src-backdrop mark').count(), 1);
    await page.focus('#source');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.src-backdrop mark').count(), 0);
    assert.equal(await page.locator('#results .active').count(), 0);
    // a text with no review: no 上年 column, no results table
    const small = '2024年某市政府工作报告\n各位代表：\n今年主要预期目标是：地区生产总值增长6%左右；城镇新增就业1万人。';
    assert.equal(oracle(small).reports[0].results.length, 0);
    await input(page, small);
    await page.waitForFunction(() => document.querySelectorAll('.panel-targets table.targets tbody tr.locatable').length === 2);
    assert.equal(await page.locator('.panel-targets th.col-result, .panel-targets table.results').count(), 0);
    assert.deepEqual(await unlabelled(page), []);
    await page.close();
  });

  await test('a GBK file dropped on the page gives the same result as UTF-8; UTF-16 and CRLF files opened too', async () => {
    const gbk = execFileSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("gb18030"))'], { input: Buffer.from(SEED_001, 'utf8') });
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'the GBK bytes are not UTF-8');
    const { page } = await openPage('', 'drop-gbk');
    await dropFile(page, gbk, '汇编-gbk.txt');
    await waitParsed(page, 7);
    assert.match(await page.textContent('#status'), /GB18030/);
    assert.equal(await page.inputValue('#source'), SEED_001, 'decoded to the same text');
    const json = (await download(page, '[data-export=json]')).bytes.toString('utf8');
    assert.deepEqual(JSON.parse(json), JSON.parse(jsonFromPaste ?? JSON.stringify(expected001)), 'the same result as the UTF-8 paste');
    // UTF-16LE with BOM through the file input
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HUBEI, 'utf16le')]);
    await page.setInputFiles('#file', { name: 'hubei-utf16.txt', mimeType: 'text/plain', buffer: utf16 });
    await page.waitForFunction(() => /UTF-16LE/.test(document.querySelector('#status').textContent));
    assert.equal(await page.inputValue('#source'), HUBEI);
    const hubei = oracle(HUBEI).reports[0];
    assert.equal(await page.locator('.panel-targets table.targets tbody tr.locatable').count(), hubei.targets.length);
    // CRLF line ends: the result keeps offsets into the file's own text, the highlight still lands
    const crlf = fixture('corpus/fuping_county_2021_crlf.txt');
    assert.ok(crlf.includes('\r\n'));
    await page.setInputFiles('#file', { name: 'fuping.txt', mimeType: 'text/plain', buffer: Buffer.from(crlf, 'utf8') });
    await page.waitForFunction(() => /fuping/.test(document.querySelector('#status').textContent));
    const fuping = oracle(crlf);
    assert.deepEqual(JSON.parse((await download(page, '[data-export=json]')).bytes.toString('utf8')), JSON.parse(JSON.stringify(fuping)), 'spans index the file as read');
    const ft = fuping.reports[0].targets.at(-1);
    assert.ok(crlf.slice(0, ft.span.start16).split('\r\n').length > 10, 'CRLFs before the target');
    await page.locator('.panel-targets table.targets').first().locator('tbody tr.locatable th button').last().click();
    assert.equal(await page.textContent('.src-backdrop mark'), crlf.slice(ft.span.start16, ft.span.end16).replace(/\r\n/g, '\n'));
    // a Word file is refused with an explanation
    await page.setInputFiles('#file', { name: 'report.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04xxxxxxxx', 'latin1') });
    await page.waitForFunction(() => document.querySelector('#status').classList.contains('error'));
    assert.match(await page.textContent('#status'), /另存为/);
    await page.close();
  });

  await test('CSV exports: BOM, columns, the figures, formula cells neutralised', async () => {
    const { page } = await openPage('', 'csv');
    await input(page, SEED_001);
    await waitParsed(page, 7);
    const { name, bytes } = await download(page, '[data-export=targets]');
    assert.match(name, /\.csv$/);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = bytes.toString('utf8').slice(1);
    assert.ok(text.includes('\r\n'), 'CRLF');
    const rows = parseCSV(text);
    assert.deepEqual(rows[0], ['报告', '地区', '年份', '类别', '分组', '指标', '规范名称', '类型', '数值', '上限', '力争', '单位', '限定词', '原文']);
    const total = expected001.reports.reduce((n, r) => n + r.targets.length + r.five_year_targets.length, 0);
    assert.equal(rows.length - 1, total, 'one line per target');
    const g = rows.find((r) => r[1] === '济南市' && r[6] === '地区生产总值');
    assert.ok(g, 'the 济南 GDP line');
    assert.deepEqual([g[0], g[2], g[3], g[7], g[8], g[11], g[12], g[13]], [jinan.title, '2024', '年度目标', '增长', '5.5', '%', '以上', jinanGdp.text]);

    // the task ledger of a decomposition plan, from a sample
    await page.selectOption('#sample', 'samples/ankang-2019-plan.txt');
    await page.waitForFunction(() => /安康/.test(document.querySelector('.meta h2')?.textContent ?? ''));
    const plan = oracle(SEED_004).reports[0];
    const ledger = parseCSV((await download(page, '[data-export=ledger]')).bytes.toString('utf8').slice(1));
    assert.deepEqual(ledger[0], ['报告', '类别', '序号', '任务', '牵头单位', '责任单位', '责任领导', '数量指标', '完成时限', '原文']);
    const col = Object.fromEntries(ledger[0].map((h, i) => [h, i]));
    // item 1 of part 一: its figures (200个, 490亿元: from the issue) with their clauses, joined with "；"
    const paths = withPaths(plan.tasks);
    const item1 = paths.find((x) => x.path === '一.1');
    assert.ok(item1, 'the oracle has item 一.1');
    assert.deepEqual(item1.task.commitments.map((c) => [c.value, c.unit]), [[200, '个'], [490, '亿元']]);
    const l1 = ledger.find((r) => r[col['序号']] === '一.1');
    assert.ok(l1, 'a ledger line for 一.1');
    assert.equal(l1[col['任务']], item1.task.title);
    assert.equal(l1[col['数量指标']], clauses(item1.task).join('；'));
    assert.match(l1[col['数量指标']], /200个.*；.*490亿元/);
    assert.equal(l1[col['完成时限']], item1.task.owners.deadline ?? '');
    assert.equal(l1[col['牵头单位']], item1.task.owners.lead.join('、'));
    assert.equal(l1[col['责任单位']], item1.task.owners.responsible.join('、'));
    assert.equal(l1[col['原文']], item1.task.text);
    // a deadline stated in a task's own text, and every line's figures
    const due = paths.find((x) => x.task.owners.deadline);
    assert.ok(due, 'the oracle has a task with a deadline');
    assert.equal(ledger.find((r) => r[col['序号']] === due.path)[col['完成时限']], due.task.owners.deadline);
    for (const x of paths) {
      const line = ledger.find((r) => r[col['类别']] === '工作任务' && r[col['序号']] === x.path);
      assert.equal(line?.[col['数量指标']], clauses(x.task).join('；'), `数量指标 of ${x.path}`);
    }
    let nodes = 0;
    walk(plan.tasks, () => nodes++);
    walk(plan.livelihood, () => nodes++);
    assert.equal(ledger.length - 1, nodes, 'one line per task');
    const lead = [];
    walk(plan.tasks, (t) => { if (t.owners.lead.length) lead.push(t); });
    assert.ok(lead.length > 0);
    const line = ledger.find((r) => r[3] === lead[0].title);
    assert.ok(line, 'the first task with a lead unit');
    assert.equal(line[4], lead[0].owners.lead.join('、'));
    assert.equal(line[5], lead[0].owners.responsible.join('、'));
    assert.equal(line[col['原文']], lead[0].text);

    // cells that a spreadsheet would read as formulas: crafted plan, end to end
    const crafted = [
      '某市人民政府关于印发2024年政府工作报告确定重点任务分解方案的通知', '各区县人民政府，市政府各工作部门：',
      '现将《政府工作报告》确定重点工作任务予以分解，请认真贯彻落实。', '某市2024年政府工作报告确定重点任务分解方案', '一、强化关键支撑',
      '1.=HYPERLINK("http://example.invalid")推进项目建设,完成年度投资490亿元。(市发改委负责)',
      '2.统筹推进机场建设。(@市机场办牵头,-市发改委、+市交通局分工负责)', '3.开工建设高铁。(市高铁办负责)', '',
    ].join('\n');
    await input(page, crafted);
    await page.waitForFunction(() => /某市/.test(document.querySelector('.meta h2')?.textContent ?? ''));
    const raw = (await download(page, '[data-export=ledger]')).bytes.toString('utf8').slice(1);
    const cells = parseCSV(raw).flat();
    const exp = oracle(crafted);
    const values = [];
    for (const r of exp.reports) walk(r.tasks, (t) => values.push(t.title, t.text, t.owners.lead.join('、'), t.owners.responsible.join('、')));
    const risky = values.filter((v) => /^[=+\-@]/.test(v));
    assert.ok(risky.length >= 2, `the crafted plan yields formula-like cells (${risky.length})`);
    for (const v of risky) assert.ok(cells.includes("'" + v), `neutralised: ${v}`);
    assert.ok(!cells.some((c) => /^[=+\-@]/.test(c)), 'no cell begins with = + - @');
    // and the helper on its own, as the page loads it
    const unit = await page.evaluate(async () => (await import('/export.js')).toCSV([['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'a,b', 'q"q', 3.5, -2, null]]));
    assert.equal(unit, "\uFEFF'=1+1,'+1,'-1,'@SUM(A1),'\tx,\"a,b\",\"q\"\"q\",3.5,-2,\r\n");
    await page.close();
  });

  await test('work plan tree and owners ledger (decomposition plan)', async () => {
    const { page } = await openPage('', 'plan-004');
    await page.selectOption('#sample', 'samples/ankang-2019-plan.txt');
    await page.waitForFunction(() => /安康/.test(document.querySelector('.meta h2')?.textContent ?? ''));
    const plan = oracle(SEED_004).reports[0];
    await page.click('[role=tab][data-tab=plan]');
    let nodes = 0;
    walk(plan.tasks, () => nodes++);
    walk(plan.livelihood, () => nodes++);
    assert.equal(await page.locator('.panel-plan li.node:not(.section)').count(), nodes, 'every task is in the tree');
    const withLead = [];
    walk(plan.tasks, (t) => { if (t.owners.lead.length) withLead.push(t); });
    const t = withLead[0];
    const row = page.locator('.panel-plan .row', { has: page.locator(`button.title:text-is("${t.title}")`) });
    assert.match(await row.locator('.chip-lead').textContent(), new RegExp('牵头' + t.owners.lead[0]));
    await row.locator('button.title').click();
    assert.equal(await page.textContent('.src-backdrop mark'), SEED_004.slice(t.span.start16, t.span.end16));
    // collapse and expand
    const visibleBefore = await page.locator('.panel-plan li.node:visible').count();
    await page.click('[data-tree=collapse]');
    const collapsed = await page.locator('.panel-plan li.node:visible').count();
    assert.ok(collapsed < visibleBefore, 'collapsing hides tasks');
    const tw = page.locator('.panel-plan .twisty').first();
    assert.equal(await tw.getAttribute('aria-expanded'), 'false');
    await tw.press('Enter');
    assert.equal(await tw.getAttribute('aria-expanded'), 'true');
    await page.click('[data-tree=expand]');
    assert.equal(await page.locator('.panel-plan li.node:visible').count(), await page.locator('.panel-plan li.node').count());

    // the plan's own notice (sections of kind preamble) is apart, collapsed, and holds no task
    const pre = plan.sections.filter((x) => x.kind === 'preamble');
    assert.ok(pre.length > 0, 'the oracle finds the notice before the plan');
    assert.equal(await page.locator('.panel-plan details.preamble li').count(), pre.length);
    assert.equal(await page.locator('.panel-plan details.preamble').getAttribute('open'), null, 'collapsed');
    assert.equal(await page.locator('.panel-plan ul.tree-root .sec-preamble').count(), 0, 'not in the tree');
    assert.match(await page.textContent('#status'), new RegExp(`任务 ${countAll(plan.tasks)} 条`));
    assert.match(await page.textContent('.meta .counts'), new RegExp(`任务 ${countAll(plan.tasks)} 条`));
    await page.click('.panel-plan details.preamble summary');
    await page.click(`.panel-plan details.preamble li button >> nth=0`);
    assert.equal(await page.textContent('.src-backdrop mark'), SEED_004.slice(pre[0].span.start16, pre[0].span.end16));

    // item 1: its commitments as chips (200个, 490亿元: from the issue), each a link to its own figure
    const item1 = withPaths(plan.tasks).find((x) => x.path === '一.1').task;
    const row1 = page.locator('.panel-plan .row', { has: page.locator(`button.title:text-is("${item1.title}")`) });
    const chips = await row1.locator('.chip-fig').evaluateAll((bs) => bs.map((b) => ({ text: b.textContent, title: b.title, label: b.getAttribute('aria-label') })));
    assert.deepEqual(chips.map((c) => c.text), ['200个', '490亿元']);
    assert.deepEqual(chips.map((c) => c.title), item1.commitments.map((c) => c.text), 'the clause on hover');
    chips.forEach((c, i) => assert.ok(c.label.includes(item1.commitments[i].text), 'and in the accessible name'));
    const c490 = item1.commitments[1];
    await row1.locator('.chip-fig >> text=490亿元').click();
    assert.equal(await page.textContent('.src-backdrop mark'), SEED_004.slice(c490.span.start16, c490.span.end16));
    assert.match(await page.textContent('.src-backdrop mark'), /490亿元/);
    assert.ok(await row1.evaluate((r) => r.classList.contains('active') && r.querySelector('.chip-fig.active')?.textContent === '490亿元'));
    // keyboard: Escape clears the highlight, the focus stays on the chip
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.src-backdrop mark').count(), 0);
    assert.equal(await page.locator('#results .active').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), '490亿元');
    // focus order: a task's title, its chips, then the next task
    const next = withPaths(plan.tasks).find((x) => x.path === '一.2').task;
    await row1.locator('button.title').focus();
    const order = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement.textContent));
    }
    assert.deepEqual(order, ['200个', '490亿元', next.title]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.textContent('.src-backdrop mark'), SEED_004.slice(c490.span.start16, c490.span.end16), 'Enter on a chip');

    // more figures than fit: the rest behind a toggle
    const many = withPaths(plan.tasks).find((x) => x.task.commitments.length > 6)?.task;
    assert.ok(many, 'the oracle has a task with more than six figures');
    const rowM = page.locator('.panel-plan .row', { has: page.locator(`button.title:text-is("${many.title}")`) });
    await rowM.scrollIntoViewIfNeeded();
    assert.equal(await rowM.locator('.chip-fig:visible').count(), 6);
    const more = rowM.locator('.figs-more');
    assert.equal(await more.textContent(), `+${many.commitments.length - 6}`);
    await more.press('Enter');
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await rowM.locator('.chip-fig:visible').evaluateAll((bs) => bs.map((b) => b.title)), many.commitments.map((c) => c.text));
    // a deadline from the task's own text
    const due = withPaths(plan.tasks).find((x) => x.task.owners.deadline).task;
    const rowD = page.locator('.panel-plan .row', { has: page.locator(`button.title:text-is("${due.title}")`) });
    assert.equal(await rowD.locator('.chip-due').textContent(), '时限' + due.owners.deadline);

    await page.click('[data-tree=collapse]');
    await tw.click();
    await page.locator('.panel-plan .twisty:visible').nth(1).click();
    await row1.locator('.chip-fig >> text=200个').click();
    await shot(page, '05-plan-004');

    // the ledger: one entry per unit, each with its tasks
    await page.click('[role=tab][data-tab=owners]');
    const units = ledgerUnits(plan);
    assert.equal(await page.locator('.panel-owners details.unit').count(), units.size);
    const lead = t.owners.lead[0];
    const box = page.locator(`.panel-owners details.unit[data-unit="${lead}"]`);
    assert.equal(await box.locator('tbody tr').count(), units.get(lead).size, `${lead}: its tasks`);
    assert.match(await box.locator('tbody').textContent(), /牵头/);
    // the ledger shows each task's figures too
    const unit1 = item1.owners.lead[0] ?? item1.owners.responsible[0];
    const lrow = page.locator(`.panel-owners details.unit[data-unit="${unit1}"] tbody tr`, { has: page.locator(`button.link:text-is("${item1.title}")`) });
    assert.deepEqual(await lrow.locator('.chip-fig').evaluateAll((bs) => bs.map((b) => b.textContent)), ['200个', '490亿元']);
    await lrow.locator('.chip-fig >> text=200个').click();
    assert.equal(await page.textContent('.src-backdrop mark'), SEED_004.slice(item1.commitments[0].span.start16, item1.commitments[0].span.end16));
    await shot(page, '06-owners-004');
    await page.fill('.panel-owners input.filter', '脱贫');
    const shown = await page.$$eval('.panel-owners details.unit:not([hidden])', (ds) => ds.map((d) => d.dataset.unit));
    assert.deepEqual(shown.sort(), [...units.keys()].filter((u) => u.includes('脱贫')).sort());
    assert.deepEqual(await unlabelled(page), []);
    await page.close();
  });

  await test('re-parses on every input: typing, deleting', async () => {
    const { page } = await openPage('', 'typing');
    await page.focus('#source');
    const small = '2024年某市政府工作报告\n各位代表：\n今年主要预期目标是：地区生产总值增长6%左右；城镇新增就业1万人。';
    await page.keyboard.type(small.slice(0, -12));
    await page.keyboard.type(small.slice(-12), { delay: 15 });
    await page.waitForFunction(() => document.querySelectorAll('.panel-targets table.targets tbody tr.locatable').length === 2);
    assert.deepEqual(await page.$$eval('.panel-targets table.targets tbody th button', (b) => b.map((x) => x.textContent)), oracle(small).reports[0].targets.map((t) => t.indicator));
    for (let i = 0; i < '城镇新增就业1万人。'.length; i++) await page.keyboard.press('Backspace');
    await page.waitForFunction(() => document.querySelectorAll('.panel-targets table.targets tbody tr.locatable').length === 1);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => !document.querySelector('#intro').hidden);
    assert.equal(await page.isVisible('#export'), false);
    await page.close();
  });

  await test('extracted text is rendered as text: <img onerror> and <script> run nothing', async () => {
    const evil = [
      '2024年<img src=x onerror=alert(1)>市政府工作报告', '各位代表：',
      '今年主要预期目标是：<script>window.__pwned=1</script>地区生产总值增长6%左右；<img src=x onerror=alert(2)>城镇新增就业1万人。',
      '二、2024年工作安排', '（一）<img src=x onerror=alert(3)>推进<script>window.__pwned=3</script>项目建设。加快项目建设。',
      '（二）深化改革。推进改革。', '',
    ].join('\n');
    const exp = oracle(evil).reports[0];
    const fields = [exp.title, ...exp.targets.map((t) => t.indicator), ...exp.tasks.map((t) => t.title)];
    assert.ok(fields.some((f) => f?.includes('<img')) && fields.some((f) => f?.includes('<script>')), 'the parser passes the markup through');
    const { page } = await openPage('', 'xss');
    const before = requests.length;
    await input(page, evil);
    await page.waitForSelector('.panel-targets table.targets tbody tr.locatable');
    for (const tab of ['plan', 'owners', 'targets']) await page.click(`[role=tab][data-tab=${tab}]`);
    await page.click('.panel-targets table.targets tbody tr.locatable th button');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('#results img, #results script, .src-backdrop img').count(), 0, 'no element made from the text');
    const shown = await page.textContent('#results');
    assert.ok(shown.includes(exp.title), 'the title shows as text, markup and all');
    assert.ok(shown.includes(exp.targets[0].indicator));
    assert.ok(requests.slice(before).every((u) => !/\/x$/.test(u)), 'no request for the img src');
    assert.deepEqual(dialogs, []);
    await page.close();
  });

  await test('phone width: one column, nothing wider than the screen', async () => {
    const page = watch(await context.newPage(), 'phone');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    await page.selectOption('#sample', 'samples/ankang-2019-plan.txt');
    await page.waitForSelector('.panel-targets table.targets tbody tr.locatable');
    const fit = () => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1);
    assert.ok(await fit(), 'targets view fits');
    const ta = await page.locator('#source').boundingBox();
    const res = await page.locator('#results').boundingBox();
    assert.ok(res.y >= ta.y + ta.height, 'results below the text');
    await shot(page, '07-phone-targets', { fullPage: true });
    await page.click('[role=tab][data-tab=plan]');
    assert.ok(await fit(), 'plan view fits');
    await page.locator('.panel-plan .chip-fig').first().scrollIntoViewIfNeeded();
    await shot(page, '13-phone-plan');
    await page.click('[role=tab][data-tab=owners]');
    assert.ok(await fit(), 'owners view fits');
    await shot(page, '08-phone-owners');
    await page.selectOption('#sample', 'samples/compilation-2024.txt');
    await page.waitForFunction(() => document.querySelectorAll('.picker option').length === 7);
    await page.click('[role=tab][data-tab=targets]');
    assert.ok(await page.isVisible('.panel-targets th.col-result'), 'the first report has results');
    assert.ok(await fit(), 'targets with results fit');
    await page.locator('.panel-targets table.targets').scrollIntoViewIfNeeded();
    await shot(page, '14-phone-results');
    await page.click('[role=tab][data-tab=compare]');
    assert.ok(await fit(), 'compare view fits (the wide table scrolls in its own box)');
    await page.locator('.chart-section').scrollIntoViewIfNeeded();
    await shot(page, '09-phone-chart');
    await page.close();
  });

  // ---- the embed demo -------------------------------------------------------------------------------
  await test('embed demo: <gov-report-parser> parses, in shadow DOM, with no CSS leaks', async () => {
    const page = watch(await context.newPage(), 'embed');
    const res = await page.goto(url + 'embed.html');
    assert.equal(res.headers()['content-security-policy'], CSP);
    await page.waitForSelector('gov-report-parser .panel-targets table.targets tbody tr.locatable');
    const hubei = oracle(HUBEI).reports[0];
    assert.equal(await page.locator('gov-report-parser .panel-targets table.targets tbody tr.locatable').count(), hubei.targets.length);
    const iso = await page.evaluate(() => {
      const el = document.querySelector('gov-report-parser');
      const td = el.shadowRoot.querySelector('td');
      const btn = el.shadowRoot.querySelector('button.link');
      const own = document.querySelector('table.gr-table.info');
      return {
        shadow: !!el.shadowRoot && document.querySelectorAll('gov-report-parser td').length === 0,
        tdColor: getComputedStyle(td).color, pageTdColor: getComputedStyle(document.querySelector('.info td')).color,
        btnBg: getComputedStyle(btn).backgroundColor, hostFont: getComputedStyle(td).fontFamily,
        ownCollapse: getComputedStyle(own).borderCollapse, ownWidth: own.getBoundingClientRect().width, pageWidth: own.parentElement.getBoundingClientRect().width,
      };
    });
    assert.ok(iso.shadow, 'the results live in the shadow root');
    assert.equal(iso.pageTdColor, 'rgb(26, 79, 139)', 'the portal styles its own cells');
    assert.notEqual(iso.tdColor, iso.pageTdColor, "the portal's td colour does not reach the element");
    assert.notEqual(iso.btnBg, 'rgb(255, 225, 77)', "the portal's button background does not reach the element");
    assert.doesNotMatch(iso.hostFont, /Songti|SimSun/, "the portal's font does not reach the element");
    assert.equal(iso.ownCollapse, 'separate', "the element's table CSS does not reach the portal's .gr-table");
    assert.ok(iso.ownWidth < iso.pageWidth * 0.9, "the portal's table keeps its own width");
    assert.deepEqual(await unlabelled(page, 'gov-report-parser'), []);
    // click → highlight inside the element
    const t = hubei.targets[0];
    await page.click('gov-report-parser .panel-targets table.targets tbody tr.locatable th button >> nth=0');
    assert.equal(await page.textContent('gov-report-parser .src-backdrop mark'), HUBEI.slice(t.span.start16, t.span.end16));
    // last year's results inside the element too
    assert.equal(await page.locator('gov-report-parser .panel-targets button.past, gov-report-parser .panel-targets table.results tbody tr').count(), hubei.results.length);
    await shot(page, '10-embed', { fullPage: true });
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('gov-report-parser .src-backdrop mark').count(), 0, 'Escape clears the highlight in the element');
    assert.equal(await page.locator('gov-report-parser .active').count(), 0);
    // the property API and the event; a compilation shows the comparison inside the element
    const got = await page.evaluate((text) => new Promise((res) => {
      const el = document.querySelector('gov-report-parser');
      el.addEventListener('govreport-parsed', (e) => res({ n: e.detail.document.reports.length, same: e.detail.document === el.document }), { once: true });
      el.value = text;
    }), SEED_001);
    assert.deepEqual(got, { n: 7, same: true });
    await page.click('gov-report-parser [role=tab][data-tab=compare]');
    assert.equal(await page.locator('gov-report-parser svg.chart rect.bar').count(), expected001.reports.filter((r) => r.targets.some((x) => x.canonical === '地区生产总值' && x.value != null)).length);
    // markup typed into the element stays text
    await page.fill('gov-report-parser textarea', '2024年<img src=x onerror=alert(1)>县政府工作报告\n各位代表：\n今年主要预期目标是：地区生产总值增长6%左右。');
    await page.waitForFunction(() => document.querySelector('gov-report-parser').shadowRoot.querySelector('.meta h2')?.textContent.includes('<img'));
    assert.equal(await page.evaluate(() => document.querySelector('gov-report-parser').shadowRoot.querySelectorAll('img').length), 0);
    await page.close();
  });

  // ---- the single file, from disk -------------------------------------------------------------------
  await test('dist/govreport.html works from file:// with no server and no network', async () => {
    const html = readFileSync(DIST_HTML, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/, 'nothing is loaded from another file');
    const before = requests.length;
    const page = watch(await context.newPage(), 'dist');
    await page.goto(pathToFileURL(DIST_HTML).href);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    await input(page, SEED_001);
    await waitParsed(page, 7);
    await page.selectOption('.picker', String(jinanIdx));
    const fig = await page.textContent('.panel-targets table.targets tbody tr.locatable:has(th button:text-is("地区生产总值")) .fig');
    assert.match(fig, /5\.5%\s*以上/);
    await page.click('[role=tab][data-tab=compare]');
    assert.ok(await page.locator('svg.chart rect.bar').count() >= 5);
    // the inlined samples work too
    await page.selectOption('#sample', 'samples/hubei-2025-trad.txt');
    await page.waitForFunction(() => /湖北/.test(document.querySelector('.meta h2')?.textContent ?? ''));
    await page.click('.panel-targets table.targets tbody tr.locatable th button >> nth=2');
    await shot(page, '11-dist-file');
    const { bytes } = await download(page, '[data-export=targets]');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(await page.isVisible('.online-only'), false);
    const mine = requests.slice(before);
    assert.ok(mine.every((u) => u === pathToFileURL(DIST_HTML).href || u.startsWith('blob:') || u.startsWith('data:')), 'only the file itself: ' + mine.filter((u) => !u.startsWith('data:')).join(' '));
    await page.close();
  });

  // ---- the npm package, in a scratch Node project ---------------------------------------------------
  await test('npm pack of dist/npm installs into a scratch project and parses in Node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-npm-'));
    try {
      const npmOpts = { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } };
      const packed = JSON.parse(execFileSync('npm', ['pack', join(ROOT, 'dist/npm'), '--json', '--pack-destination', dir], npmOpts).toString());
      const files = packed[0].files.map((f) => f.path);
      for (const f of ['package.json', 'govreport.js', 'govreport_bg.wasm', 'govreport.d.ts', 'README.md', 'gov-report-parser.js', 'node.js']) assert.ok(files.includes(f), 'packed: ' + f);
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', join(dir, packed[0].filename)], npmOpts);
      const pkg = JSON.parse(readFileSync(join(dir, 'node_modules/govreport/package.json'), 'utf8'));
      assert.equal(pkg.types, './govreport.d.ts');
      assert.equal(pkg.exports['.'].default, './govreport.js');
      assert.match(readFileSync(join(dir, 'node_modules/govreport', pkg.types), 'utf8'), /export interface GovDocument/);
      writeFileSync(join(dir, 'use.mjs'), `
        import { readFileSync } from 'node:fs';
        import { initSync, parse } from 'govreport';
        initSync({ module: readFileSync(new URL(import.meta.resolve('govreport/govreport_bg.wasm'))) });
        const text = readFileSync(process.argv[2], 'utf8');
        const doc = parse(text);
        const viaNode = (await import('govreport/node')).parse(text);
        let error = null;
        try { parse(42); } catch (e) { error = e instanceof Error ? e.message : 'not an Error'; }
        const { targetsCSV } = await import('govreport/export');
        console.log(JSON.stringify({ doc, same: JSON.stringify(viaNode) === JSON.stringify(doc), error, csv: targetsCSV(doc).slice(0, 40) }));
      `);
      const out = JSON.parse(execFileSync('node', ['use.mjs', join(ROOT, 'tests/fixtures/seeds/001_856a73ee7808871b.txt')], { cwd: dir, maxBuffer: 64 << 20 }).toString());
      assert.deepEqual(out.doc, JSON.parse(JSON.stringify(expected001)), 'the installed package gives the same result');
      assert.equal(out.doc.reports.length, 7);
      const g = out.doc.reports.find((r) => r.place === '济南市').targets.find((t) => t.canonical === '地区生产总值');
      assert.deepEqual([g.value, g.unit, g.qualifier], [5.5, '%', '以上']);
      assert.equal(out.same, true, "'govreport/node' gives the same");
      assert.match(out.error, /string/);
      assert.ok(out.csv.startsWith('\uFEFF报告,地区'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // ---- the CSP is really in force -------------------------------------------------------------------
  await test('the CSP blocks inline script and inline style (probe page, its errors expected)', async () => {
    const page = await context.newPage(); // not watched: the violations below are the point
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    const r = await page.evaluate(async () => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      const st = document.createElement('style');
      st.textContent = 'body { background: rgb(1, 2, 3) }';
      document.head.append(st);
      await new Promise((r) => setTimeout(r, 100));
      return { ran: window.__inline === 1, bg: getComputedStyle(document.body).backgroundColor, seen };
    });
    assert.equal(r.ran, false, 'inline script blocked');
    assert.notEqual(r.bg, 'rgb(1, 2, 3)', 'inline style blocked');
    assert.ok(r.seen.some((d) => d.startsWith('script-src')) && r.seen.some((d) => d.startsWith('style-src')), 'violations reported: ' + r.seen);
    await page.close();
  });

  await test('no request left 127.0.0.1 (or the dist file); no console errors or warnings; no dialogs', async () => {
    const foreign = requests.filter((u) => !(u.startsWith(origin + '/') || u.startsWith('blob:' + origin + '/') || u.startsWith('data:') || u.startsWith(pathToFileURL(ROOT).href + '/') || u.startsWith('blob:null/')));
    assert.deepEqual(foreign, []);
    assert.ok(requests.some((u) => u.endsWith('/pkg/govreport_bg.wasm')), 'the requests were recorded');
    assert.deepEqual(problems, []);
    assert.deepEqual(dialogs, []);
  });
} finally {
  await context.close();
  server.proc.kill();
  rmSync(profile, { recursive: true, force: true });
}

const failed = results.filter(([, e]) => e);
console.log(`\nbrowser tests: ${results.length - failed.length} passed, ${failed.length} failed; screenshots in ${SHOTS}`);
process.exit(failed.length ? 1 : 0);
