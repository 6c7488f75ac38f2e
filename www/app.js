// The page: input (paste, type, open, drop, samples), re-parse on every change, result views,
// source highlighting, exports. Everything stays in this page: no request but its own files.

import init, { parse, version } from './pkg/govreport.js';
import { uiSheet } from './ui-css.js';
import { ReportView, SourcePane, countTasks } from './ui.js';
import { decodeBytes } from './decode.js';
import { baseName, copyText, download, ledgerCSV, targetsCSV, targetsTSV, toJSON } from './export.js';

const $ = (id) => document.getElementById(id);

const state = { text: '', doc: null, fileName: null, timer: 0, ready: false };

function setStatus(msg, kind = '') {
  const s = $('status');
  s.textContent = msg;
  s.className = 'status' + (kind ? ' ' + kind : '');
}

function inlineData(id) {
  const node = document.getElementById(id);
  return node ? node.textContent : null;
}

async function loadWasm() {
  const b64 = inlineData('govreport-wasm');
  if (b64 != null) {
    // the single-file build: the module is inlined as base64 (compiled asynchronously: some browsers
    // refuse to compile a large module synchronously on the main thread)
    await init({ module_or_path: Uint8Array.from(atob(b64.trim()), (c) => c.charCodeAt(0)) });
    return true;
  }
  await init();
  return false;
}

let view, pane;

function run() {
  state.timer = 0;
  if (!state.ready) return;
  const text = state.text;
  if (!text.trim()) {
    state.doc = null;
    view.setDocument(null);
    pane.clear();
    $('intro').hidden = false;
    $('export').hidden = true;
    setStatus('等待输入。');
    return;
  }
  const t0 = performance.now();
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    setStatus('解析出错：' + (e?.message ?? e), 'error');
    return;
  }
  const ms = performance.now() - t0;
  state.doc = doc;
  pane.clear();
  view.setDocument(doc);
  $('intro').hidden = true;
  $('export').hidden = false;
  const reports = doc.reports;
  const nt = reports.reduce((n, r) => n + r.targets.length, 0);
  const nk = reports.reduce((n, r) => n + countTasks(r.tasks), 0);
  const head = reports.length > 1 ? `识别出 ${reports.length} 份报告` : (reports[0]?.kind === 'not_a_report' ? '未识别为政府工作报告' : '识别出 1 份报告');
  setStatus(`${head} · 目标 ${nt} 项 · 任务 ${nk} 条 · ${text.length.toLocaleString('zh-CN')} 字 · 用时 ${ms < 1 ? '<1' : Math.round(ms)} 毫秒`);
}

/** Re-parse after the current input event; large texts wait for a pause of a few frames. */
function schedule() {
  clearTimeout(state.timer);
  state.timer = setTimeout(run, state.text.length > 60000 ? 120 : 0);
}

function setText(text, fileName = null) {
  state.text = text;
  state.fileName = fileName;
  const ta = $('source');
  ta.value = text;
  ta.scrollTop = 0;
  pane.setText(text);
  clearTimeout(state.timer);
  run();
}

async function openFile(file) {
  if (!file) return;
  if (file.size > 20 * 1024 * 1024) {
    setStatus(`文件太大（${(file.size / 1048576).toFixed(1)} MB），请只打开报告的 .txt 文本。`, 'error');
    return;
  }
  try {
    const { text, encoding } = decodeBytes(await file.arrayBuffer());
    setText(text, file.name);
    setStatus(`已打开 ${file.name}（${encoding}）。` + $('status').textContent);
  } catch (e) {
    setStatus(`无法打开 ${file.name}：${e.message}`, 'error');
  }
}

async function loadSample(path) {
  if (!path) return;
  const inline = inlineData('govreport-samples');
  try {
    let text;
    if (inline != null) {
      text = JSON.parse(inline)[path];
      if (text == null) throw new Error('没有这个示例');
    } else {
      const res = await fetch(path);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      text = decodeBytes(await res.arrayBuffer()).text;
    }
    setText(text, null);
  } catch (e) {
    setStatus('无法加载示例：' + e.message, 'error');
  }
}

async function doExport(kind, button) {
  const doc = state.doc;
  if (!doc) return;
  const base = baseName(doc, state.fileName);
  if (kind === 'json') download(base + '.json', 'application/json', toJSON(doc));
  else if (kind === 'targets') download(base + '-目标.csv', 'text/csv;charset=utf-8', targetsCSV(doc));
  else if (kind === 'ledger') download(base + '-任务台账.csv', 'text/csv;charset=utf-8', ledgerCSV(doc));
  else {
    const ok = await copyText(kind === 'copy-json' ? toJSON(doc) : targetsTSV(doc));
    const old = button.textContent;
    button.textContent = ok ? '已复制' : '复制失败';
    setTimeout(() => { button.textContent = old; }, 1500);
  }
}

function wire() {
  const ta = $('source');
  ta.addEventListener('input', () => {
    // once edited, the text is what the box holds (line ends as the browser normalised them)
    state.text = ta.value;
    pane.setText(state.text);
    schedule();
  });
  $('open').addEventListener('click', () => $('file').click());
  $('file').addEventListener('change', (e) => {
    openFile(e.target.files[0]);
    e.target.value = '';
  });
  $('sample').addEventListener('change', (e) => {
    loadSample(e.target.value);
  });
  $('clear').addEventListener('click', () => {
    setText('');
    $('sample').value = '';
    ta.focus();
  });
  // Escape clears the highlight (wherever the focus is; the focus stays where it is)
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented || !pane.mark) return;
    pane.clear();
    view.clearActive();
  });
  $('export').addEventListener('click', (e) => {
    const b = e.target.closest('[data-export]');
    if (b) doExport(b.dataset.export, b);
  });

  // drop a file anywhere on the page
  const overlay = $('drop');
  let depth = 0;
  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    if (--depth <= 0) { depth = 0; overlay.hidden = true; }
  });
  document.addEventListener('dragover', (e) => {
    if (hasFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; }
  });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    openFile(e.dataTransfer.files[0]);
  });
}

async function main() {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, uiSheet()];
  pane = new SourcePane($('source'), document.querySelector('.src-backdrop'));
  view = new ReportView($('view'), {
    onLocate(s16, e16) {
      const mark = pane.highlight(s16, e16);
      // on a narrow screen the text is above the results: bring it into view
      const box = $('source').getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) $('source').scrollIntoView({ block: 'center' });
      return mark;
    },
  });
  wire();
  try {
    const single = await loadWasm();
    if (single) for (const n of document.querySelectorAll('.online-only')) n.hidden = true;
  } catch (e) {
    setStatus('解析器加载失败：' + (e?.message ?? e), 'error');
    document.documentElement.dataset.state = 'error';
    throw e;
  }
  state.ready = true;
  $('version').textContent = 'v' + version();
  document.documentElement.dataset.state = 'ready';
  // text typed or pasted before the module finished loading
  state.text = $('source').value;
  if (state.text) run();
  else setStatus('解析器已就绪：粘贴报告全文，或选择示例报告。');
}

main();
