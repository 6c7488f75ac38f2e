// <gov-report-parser>: the parser as a custom element for a portal page. One script tag:
//
//   <script type="module" src="/govreport/gov-report-parser.js"></script>
//   <gov-report-parser src="/reports/2025.txt"></gov-report-parser>
//   <gov-report-parser>2025年政府工作报告 … (the report text itself)</gov-report-parser>
//
// Attributes: src (a .txt file to load: UTF-8, UTF-16 or GBK), view (targets | plan | owners |
// compare: the tab shown first), readonly (no editing), placeholder.
// Properties: value (the text; settable), document (the last parse result).
// Event: "govreport-parsed" (detail: { document }) after every parse.
// Everything lives in a shadow root with its own constructed stylesheets: no global CSS goes in or out.
// Theme with custom properties on the element: --gr-accent, --gr-ink, --gr-bg, --gr-line, --gr-soft.

import init, { parse } from './pkg/govreport.js';
import { uiSheet } from './ui-css.js';
import { ReportView, SourcePane, el } from './ui.js';
import { decodeBytes } from './decode.js';

const HOST_CSS = `
:host { all: initial; display: block; container-type: inline-size;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  font-size: 15px; line-height: 1.6; color: var(--gr-ink, #1f2328); background: var(--gr-bg, #fff);
  border: 1px solid var(--gr-line, #d8dbe0); border-radius: 10px; padding: 12px; box-sizing: border-box; text-align: start; }
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.wrap { display: grid; gap: 12px; grid-template-columns: minmax(0, 1fr); }
.input { display: flex; flex-direction: column; gap: 6px; min-width: 0; }
.lbl { font-weight: 600; font-size: .9rem; }
.input .src-wrap { height: 320px; }
.status { margin: 0; font-size: .8rem; color: var(--gr-muted, #5c6370); min-height: 1.3em; }
.status.error { color: #a50e0e; font-weight: 600; }
.empty { color: var(--gr-muted, #5c6370); margin: 0; }
@container (min-width: 880px) {
  .wrap { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); align-items: start; }
  .input { position: sticky; top: 8px; }
  .input .src-wrap { height: min(70vh, 640px); }
}
`;

let hostSheet = null;
let ready = null;
function ensureInit() {
  ready ??= init();
  return ready;
}

export class GovReportParser extends HTMLElement {
  static observedAttributes = ['src', 'readonly', 'placeholder'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    if (!hostSheet) {
      hostSheet = new CSSStyleSheet();
      hostSheet.replaceSync(HOST_CSS);
    }
    root.adoptedStyleSheets = [uiSheet(), hostSheet];
    this._doc = null;
    this._text = '';
    this._timer = 0;
    this._ready = false;
    this._ta = el('textarea', { id: 'text', class: 'src-text', spellcheck: 'false', placeholder: '在此粘贴政府工作报告全文……' });
    this._bd = el('div', { class: 'src-backdrop', 'aria-hidden': 'true' });
    this._status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', text: '正在加载解析器……' });
    this._empty = el('p', { class: 'empty', text: '粘贴报告全文后，这里会列出主要目标、工作任务和责任单位。' });
    const out = el('div', { class: 'out', part: 'results' }, this._empty);
    root.append(el('div', { class: 'wrap' },
      el('div', { class: 'input', part: 'input' },
        el('label', { class: 'lbl', for: 'text', text: '报告全文' }),
        el('div', { class: 'src-wrap' }, this._bd, this._ta),
        this._status),
      out));
    this._pane = new SourcePane(this._ta, this._bd);
    this._view = new ReportView(out, { onLocate: (s, e) => this._pane.highlight(s, e) });
    this._ta.addEventListener('input', () => {
      this._text = this._ta.value;
      this._pane.setText(this._text);
      clearTimeout(this._timer);
      this._timer = setTimeout(() => this._run(), this._text.length > 60000 ? 120 : 0);
    });
    // Escape clears the highlight
    root.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !this._pane.mark) return;
      this._pane.clear();
      this._view.clearActive();
    });
    const wrap = root.querySelector('.wrap');
    wrap.addEventListener('dragover', (e) => { if ([...e.dataTransfer.types].includes('Files')) e.preventDefault(); });
    wrap.addEventListener('drop', async (e) => {
      const f = e.dataTransfer.files[0];
      if (!f) return;
      e.preventDefault();
      try { this.value = decodeBytes(await f.arrayBuffer()).text; } catch (err) { this._setStatus(err.message, true); }
    });
  }

  connectedCallback() {
    ensureInit().then(() => {
      this._ready = true;
      if (this.hasAttribute('src')) this._load(this.getAttribute('src'));
      else if (!this._text && this.textContent.trim()) this.value = this.textContent.trim();
      else this._run();
    }, (e) => this._setStatus('解析器加载失败：' + (e?.message ?? e), true));
  }

  attributeChangedCallback(name, old, val) {
    if (name === 'src' && val && val !== old && this._ready) this._load(val);
    if (name === 'readonly') this._ta.readOnly = val != null;
    if (name === 'placeholder') this._ta.placeholder = val ?? '在此粘贴政府工作报告全文……';
  }

  get value() { return this._text; }
  set value(text) {
    this._text = String(text ?? '');
    this._ta.value = this._text;
    this._pane.setText(this._text);
    this._run();
  }

  /** The last parse result (GovDocument) or null. */
  get document() { return this._doc; }

  async _load(url) {
    this._setStatus('正在读取 ' + url + ' ……');
    try {
      const res = await fetch(new URL(url, document.baseURI));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      this.value = decodeBytes(await res.arrayBuffer()).text;
    } catch (e) {
      this._setStatus(`无法读取 ${url}：${e.message}`, true);
    }
  }

  _setStatus(msg, error = false) {
    this._status.textContent = msg;
    this._status.className = 'status' + (error ? ' error' : '');
  }

  _run() {
    clearTimeout(this._timer);
    if (!this._ready) return;
    if (!this._text.trim()) {
      this._doc = null;
      this._view.setDocument(null);
      this._empty.hidden = false;
      this._setStatus('等待输入。');
      return;
    }
    let doc;
    const t0 = performance.now();
    try {
      doc = parse(this._text);
    } catch (e) {
      this._setStatus('解析出错：' + e.message, true);
      return;
    }
    this._doc = doc;
    this._empty.hidden = true;
    const first = !this._view.doc;
    this._view.setDocument(doc);
    const v = this.getAttribute('view');
    if (first && v && this._view.tabs[v] && !this._view.tabs[v].hidden) this._view.selectTab(v);
    const n = doc.reports.length;
    const nt = doc.reports.reduce((a, r) => a + r.targets.length, 0);
    this._setStatus(`${n > 1 ? `识别出 ${n} 份报告 · ` : ''}目标 ${nt} 项 · 用时 ${Math.round(performance.now() - t0)} 毫秒 · 文本只在本页解析`);
    this.dispatchEvent(new CustomEvent('govreport-parsed', { detail: { document: doc }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('gov-report-parser')) customElements.define('gov-report-parser', GovReportParser);
