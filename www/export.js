// Exports: JSON (the parser's own shape), CSV of targets and CSV of the task ledger.
// CSV is UTF-8 with BOM and CRLF (Excel opens it right); a text cell that begins with = + - @
// (or tab, CR) is prefixed with ' so that a spreadsheet never reads it as a formula.

import { commitmentClauses, fmtNum, walkTasks } from './ui.js';

export function csvCell(v) {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? fmtNum(v) : '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function toCSV(rows) {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const TARGET_HEADER = ['报告', '地区', '年份', '类别', '分组', '指标', '规范名称', '类型', '数值', '上限', '力争', '单位', '限定词', '原文'];
const KIND = { growth: '增长', level: '总量', share: '比重', decline: '下降', cap: '上限', no_figure: '定性' };

export function targetRows(doc) {
  const rows = [TARGET_HEADER];
  for (const r of doc.reports) {
    for (const [cat, list] of [['年度目标', r.targets], ['五年目标', r.five_year_targets]]) {
      for (const t of list) {
        rows.push([r.title ?? '', r.place ?? '', r.year ?? '', cat, t.group ?? '', t.indicator, t.canonical, KIND[t.kind] ?? t.kind,
          t.value, t.upper, t.stretch, t.unit ?? '', t.qualifier ?? '', t.text]);
      }
    }
  }
  return rows;
}

// 数量指标: the clauses of the task's commitments (the figures it commits to), joined with "；"
export const LEDGER_HEADER = ['报告', '类别', '序号', '任务', '牵头单位', '责任单位', '责任领导', '数量指标', '完成时限', '原文'];

export function ledgerRows(doc) {
  const rows = [LEDGER_HEADER];
  for (const r of doc.reports) {
    for (const [cat, list] of [['工作任务', r.tasks], ['民生实事等清单', r.livelihood]]) {
      walkTasks(list, (t, path) => {
        const o = t.owners;
        rows.push([r.title ?? '', cat, path.join('.'), t.title, o.lead.join('、'), o.responsible.join('、'),
          o.leaders.join('、'), commitmentClauses(t).join('；'), o.deadline ?? '', t.text]);
      });
    }
  }
  return rows;
}

export const targetsCSV = (doc) => toCSV(targetRows(doc));
export const ledgerCSV = (doc) => toCSV(ledgerRows(doc));
export const toJSON = (doc) => JSON.stringify(doc, null, 2) + '\n';

/** Tab-separated targets, for pasting into a spreadsheet. */
export function targetsTSV(doc) {
  const cell = (v) => {
    if (v == null) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? fmtNum(v) : '';
    const s = String(v).replace(/[\t\r\n]+/g, ' ');
    return /^[=+\-@]/.test(s) ? "'" + s : s;
  };
  return targetRows(doc).map((r) => r.map(cell).join('\t')).join('\n') + '\n';
}

/** Saves a file through a blob: URL (nothing is sent anywhere). */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'visually-hidden';
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}

/** A file name from the report title or the opened file, safe on Windows. */
export function baseName(doc, fileName) {
  let b = fileName ? fileName.replace(/\.[^.]+$/, '') : (doc.reports[0]?.title ?? '政府工作报告');
  if (!fileName && doc.reports.length > 1) b += `等${doc.reports.length}份`;
  return b.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 80) || '政府工作报告';
}
