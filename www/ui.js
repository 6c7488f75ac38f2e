// Rendering of a parsed GovDocument (see pkg/govreport.d.ts) into DOM, shared by the page (app.js)
// and the custom element (gov-report-parser.js).
// Rule: text that comes from the report is only ever put into the DOM as text nodes (textContent);
// nothing here uses innerHTML, and no inline style attribute is ever written.

const SVG_NS = 'http://www.w3.org/2000/svg';

export const KIND_LABEL = {
  growth: '增长', level: '总量', share: '比重', decline: '下降', cap: '上限', no_figure: '定性',
};
export const QUALIFIER_LABEL = {
  approx: '约', at_least: '不低于', more_than: '高于', at_most: '不高于', less_than: '低于', exact: '',
};
export const REPORT_KIND_LABEL = {
  work_report: '政府工作报告', decomposition_plan: '重点任务分解方案', not_a_report: '非政府工作报告',
};
export const SECTION_KIND_LABEL = {
  preamble: '开头', review: '工作回顾', requirements: '总体要求', targets: '主要预期目标', five_year: '五年目标',
  plan: '工作安排', livelihood: '民生实事', self_building: '自身建设', closing: '结束语', glossary: '名词解释',
  appendix: '附件', other: '其他',
};
const WARNINGS = [
  [/^no headline targets paragraph found/, '未找到“主要预期目标”段落'],
  [/^no work plan sections found/, '未找到工作安排部分'],
  [/^not a work report/, '这段文字看起来不是政府工作报告：没有找到目标'],
  [/^input longer than/, '文本过长，超出部分没有解析'],
];

/** Creates an element. `attrs`: class, text (textContent), data-*, aria-*, and plain attributes.
 * Children: strings become text nodes; null/false are skipped. */
export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}
function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}
function build(node, attrs, children) {
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === 'style' || k.startsWith('on')) throw new Error('el(): refusing attribute ' + k);
      if (k === 'text') node.textContent = String(v);
      else if (k === 'class') node.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

/** data-s16/data-e16 make an element a link to its source in the text. */
function src(span) {
  return span ? { 'data-s16': span.start16, 'data-e16': span.end16 } : {};
}

function clip(s, n) {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

export function fmtNum(v) {
  if (v == null) return '';
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
}

/** The figure as written: 5.5%, 6–6.5%, 1.8万人 (no qualifier). Empty for a target without figure. */
export function figure(t) {
  if (t.value == null) return '';
  let f = t.value_text ?? fmtNum(t.value);
  if (t.upper != null) f += '–' + fmtNum(t.upper);
  return f + (t.unit ?? '');
}

// qualifiers written before the figure (超过450亿元, 不少于10个, 约3%); the others follow it (5%以上)
const PREFIX_QUALIFIER = /^(约|超过|不少于|不低于|不超过|不高于|高于|低于|多于|少于|达到|突破)$/;

/** A figure with its qualifier where it is written: 5.5%以上, 超过450亿元. */
export function withQualifier(fig, qualifier) {
  if (!qualifier) return fig;
  return PREFIX_QUALIFIER.test(qualifier) ? qualifier + fig : fig + qualifier;
}

/** Figure with qualifier and stretch figure: 5.5%以上, 7%左右，力争7.5%. */
export function figureFull(t) {
  if (t.value == null) return '—';
  let f = withQualifier(figure(t), t.qualifier);
  if (t.stretch != null) f += '，力争' + fmtNum(t.stretch) + (t.unit ?? '');
  return f;
}

/** Last year's result as it reads in a table: 增长9%, 3466亿元, 下降3.7%以上. */
export function resultFigure(x) {
  if (x.value == null) return '—';
  const verb = x.kind === 'growth' ? '增长' : x.kind === 'decline' ? '下降' : '';
  return verb + figureFull(x);
}

/** A task's commitment as a chip: 200个, 60%以上, 超过450亿元, 3–5万人. */
export function commitmentFigure(c) {
  let f = c.value_text ?? fmtNum(c.value);
  if (c.upper != null) f += '–' + fmtNum(c.upper);
  return withQualifier(f + (c.unit ?? ''), c.qualifier);
}

/** The distinct clauses of a task's commitments, in order (two figures may share one clause). */
export function commitmentClauses(task) {
  return [...new Set((task.commitments ?? []).map((c) => c.text))];
}

/** Results matched to targets by canonical name; `extra` are the results no target names. */
export function matchResults(r) {
  const byCanon = new Map();
  for (const x of r.results ?? []) {
    if (!byCanon.has(x.canonical)) byCanon.set(x.canonical, []);
    byCanon.get(x.canonical).push(x);
  }
  const named = new Set(r.targets.map((t) => t.canonical));
  return { byCanon, extra: (r.results ?? []).filter((x) => !named.has(x.canonical)) };
}

export function warningText(w) {
  for (const [re, zh] of WARNINGS) if (re.test(w)) return zh;
  return w;
}

export function reportLabel(r, i, withYear = true) {
  if (r.place) return r.place + (withYear && r.year ? ' ' + r.year : '');
  return r.title ?? `第 ${i + 1} 份`;
}

/** Labels for a list of reports: the place, with the year only when the years differ. */
export function reportLabels(reports) {
  const years = new Set(reports.map((r) => r.year));
  const labels = reports.map((r, i) => reportLabel(r, i, years.size > 1));
  const seen = new Map();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n > 1 ? `${l}（${n}）` : l;
  });
}

function walk(tasks, fn, path = []) {
  tasks.forEach((t, i) => {
    const p = [...path, t.number ?? String(i + 1)];
    fn(t, p);
    walk(t.children, fn, p);
  });
}
export { walk as walkTasks };

export function countTasks(tasks) {
  let n = 0;
  walk(tasks, () => n++);
  return n;
}

/** The owners ledger: for each lead or responsible unit, the tasks it owns. */
export function buildLedger(report) {
  const units = new Map();
  const add = (unit, role, task, path, list) => {
    let u = units.get(unit);
    if (!u) units.set(unit, (u = { unit, lead: 0, responsible: 0, items: [] }));
    const prev = u.items.find((x) => x.task === task);
    if (prev) { if (!prev.roles.includes(role)) { prev.roles.push(role); u[role]++; } return; }
    u[role]++;
    u.items.push({ task, path: path.join('.'), roles: [role], list });
  };
  for (const [list, tasks] of [['tasks', report.tasks], ['livelihood', report.livelihood]]) {
    walk(tasks, (t, p) => {
      for (const u of t.owners.lead) add(u, 'lead', t, p, list);
      for (const u of t.owners.responsible) add(u, 'responsible', t, p, list);
    });
  }
  return [...units.values()].sort((a, b) =>
    b.items.length - a.items.length || b.lead - a.lead || a.unit.localeCompare(b.unit, 'zh-CN'));
}

/** Targets of all reports side by side: rows are canonical indicators, columns are reports. */
export function compareMatrix(reports) {
  const rows = new Map();
  reports.forEach((r, i) => {
    for (const t of r.targets) {
      if (!rows.has(t.canonical)) rows.set(t.canonical, reports.map(() => []));
      rows.get(t.canonical)[i].push(t);
    }
  });
  const order = [...rows.keys()];
  return [...rows.entries()]
    .map(([canonical, cells]) => ({ canonical, cells, count: cells.filter((c) => c.length).length }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.canonical) - order.indexOf(b.canonical));
}

/** One indicator across reports, for the chart: a row per report that states it. */
export function chartSeries(reports, canonical) {
  const labels = reportLabels(reports);
  const rows = [], missing = [];
  reports.forEach((r, i) => {
    const t = r.targets.find((x) => x.canonical === canonical);
    if (t) rows.push({ label: labels[i], report: i, target: t });
    else missing.push(labels[i]);
  });
  return { rows, missing };
}

// ---- pieces ----------------------------------------------------------------------------------

function ownerChips(o, compact = false) {
  const chips = [];
  const chip = (cls, label, items) => {
    if (!items.length) return;
    chips.push(el('span', { class: ['chip', cls] }, el('span', { class: 'chip-k', text: label }), items.join('、')));
  };
  chip('chip-lead', '牵头', o.lead);
  chip('chip-resp', '责任', o.responsible);
  chip('chip-leader', '领导', o.leaders);
  if (o.deadline) chip('chip-due', '时限', [o.deadline]);
  if (!chips.length) return null;
  return el('span', { class: ['owners', compact && 'owners-compact'] }, chips);
}

function qualBadge(t) {
  return t.qualifier
    ? el('span', { class: ['qual', 'q-' + t.qualifier_class], title: QUALIFIER_LABEL[t.qualifier_class] || null, text: t.qualifier })
    : null;
}

const FIG_LIMIT = 6;

/** A task's commitments as chips (figure and unit; the clause as tooltip and accessible name); a click
 * on a chip highlights that figure in the text. More than FIG_LIMIT: the rest behind a "+N" toggle. */
function commitmentChips(task) {
  const cs = task.commitments ?? [];
  if (!cs.length) return null;
  const extra = cs.length - FIG_LIMIT;
  return el('span', { class: 'figs' },
    el('span', { class: 'figs-k', 'aria-hidden': 'true', text: '指标' }),
    cs.map((c, i) => {
      const f = commitmentFigure(c);
      return el('button', { type: 'button', class: ['chip', 'chip-fig', i >= FIG_LIMIT && 'extra'], title: c.text, 'aria-label': `${f}：${c.text}`, ...src(c.span), text: f });
    }),
    extra > 0 ? el('button', { type: 'button', class: 'figs-more', 'aria-expanded': 'false', 'aria-label': `另外 ${extra} 项数量指标`, text: `+${extra}` }) : null);
}

/** Opens or closes the chips beyond FIG_LIMIT. */
function toggleFigs(btn) {
  const box = btn.closest('.figs');
  const open = box.classList.toggle('open');
  btn.setAttribute('aria-expanded', String(open));
  const n = box.querySelectorAll('.extra').length;
  btn.textContent = open ? '收起' : `+${n}`;
  btn.setAttribute('aria-label', open ? '收起数量指标' : `另外 ${n} 项数量指标`);
}

/** The targets table. `opts.results`: a Map canonical → last year's results, shown in a 上年 column. */
function targetTable(targets, caption, opts = {}) {
  const hasGroups = targets.some((t) => t.group);
  const results = opts.results ?? null;
  const cols = results ? 5 : 4;
  const table = el('table', { class: ['gr-table', 'targets', results && 'with-results'] },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: '指标' }), el('th', { scope: 'col', text: '目标值' }),
      results ? el('th', { scope: 'col', class: 'col-result', title: '上年完成情况（工作回顾中的数字）', text: '上年' }) : null,
      el('th', { scope: 'col', class: 'col-kind', text: '类型' }), el('th', { scope: 'col', text: '原文' }))));
  let tbody = null, group;
  for (const t of targets) {
    if (!tbody || (hasGroups && t.group !== group)) {
      group = t.group;
      tbody = el('tbody', {});
      if (hasGroups) tbody.append(el('tr', { class: 'group' }, el('th', { scope: 'rowgroup', colspan: cols, text: group ?? '其他' })));
      table.append(tbody);
    }
    const past = results?.get(t.canonical) ?? [];
    tbody.append(el('tr', { class: 'locatable', ...src(t.span) },
      el('th', { scope: 'row' },
        el('button', { type: 'button', class: 'link', ...src(t.span), text: t.indicator }),
        t.canonical !== t.indicator ? el('span', { class: 'canon', title: '规范名称', text: t.canonical }) : null),
      el('td', { class: 'fig' },
        t.value == null ? el('span', { class: 'muted', text: '—' }) : el('span', { class: 'num', text: figure(t) }),
        qualBadge(t),
        t.stretch != null ? el('span', { class: 'stretch', text: '力争' + fmtNum(t.stretch) + (t.unit ?? '') }) : null),
      results ? el('td', { class: 'result' }, past.length
        ? past.map((x) => el('button', { type: 'button', class: 'link past', title: x.text, 'aria-label': `上年：${x.text}`, ...src(x.span), text: resultFigure(x) }))
        : el('span', { class: 'muted', title: '工作回顾中没有这项指标的数字', text: '—' })) : null,
      el('td', { class: 'col-kind' }, el('span', { class: ['kind', 'k-' + t.kind], text: KIND_LABEL[t.kind] ?? t.kind })),
      el('td', { class: 'phrase', text: t.text })));
  }
  if (!targets.length) table.append(el('tbody', {}, el('tr', {}, el('td', { colspan: cols, class: 'muted', text: opts.empty ?? '没有找到' }))));
  return table;
}

/** Last year's results that no target of the report names. */
function resultTable(results, caption) {
  return el('table', { class: 'gr-table results' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: '指标' }), el('th', { scope: 'col', text: '上年' }), el('th', { scope: 'col', text: '原文' }))),
    el('tbody', {}, results.map((x) => el('tr', { class: 'locatable', ...src(x.span) },
      el('th', { scope: 'row' },
        el('button', { type: 'button', class: 'link', ...src(x.span), text: x.indicator }),
        x.canonical !== x.indicator ? el('span', { class: 'canon', title: '规范名称', text: x.canonical }) : null),
      el('td', { class: 'fig past-fig', text: resultFigure(x) }),
      el('td', { class: 'phrase', text: x.text })))));
}

function reportMeta(r, i, n) {
  const facts = [
    r.place && r.place + (r.level && !r.place.endsWith(r.level) ? `（${r.level}）` : ''),
    r.year && r.year + ' 年',
    r.date, r.meeting, r.speaker,
  ].filter(Boolean);
  const box = el('div', { class: 'meta' },
    el('div', { class: 'meta-title' },
      n > 1 ? el('span', { class: 'badge', text: `${i + 1}/${n}` }) : null,
      el('h2', {}, r.title_span
        ? el('button', { type: 'button', class: 'link', ...src(r.title_span), text: r.title ?? '（无标题）' })
        : (r.title ?? '（无标题）')),
      el('span', { class: ['badge', 'kind-' + r.kind], text: REPORT_KIND_LABEL[r.kind] ?? r.kind })),
    facts.length ? el('p', { class: 'facts' }, facts.join(' · ')) : null,
    el('p', { class: 'counts' },
      `目标 ${r.targets.length} 项 · 五年目标 ${r.five_year_targets.length} 项 · 任务 ${countTasks(r.tasks)} 条` +
      (r.results?.length ? ` · 上年完成 ${r.results.length} 项` : '') +
      (r.livelihood.length ? ` · 清单 ${countTasks(r.livelihood)} 条` : '') +
      (r.glossary.length ? ` · 名词解释 ${r.glossary.length} 条` : '')));
  if (r.kind === 'not_a_report') {
    box.append(el('p', { class: 'notice', text: '这段文字看起来不是政府工作报告，因此没有提取目标。' }));
  }
  if (r.warnings.length) {
    box.append(el('ul', { class: 'warnings', 'aria-label': '解析提示' }, r.warnings.map((w) => el('li', { text: warningText(w) }))));
  }
  return box;
}

// ---- views ------------------------------------------------------------------------------------

export function renderTargets(r) {
  const results = r.results ?? [];
  const { byCanon, extra } = matchResults(r);
  const out = [targetTable(r.targets, `主要预期目标（${r.targets.length} 项）`,
    { empty: '没有找到主要预期目标', results: results.length && r.targets.length ? byCanon : null })];
  if (extra.length) {
    const caption = r.targets.length
      ? `上年完成情况：目标中没有的指标（${extra.length} 项）`
      : `上年完成情况（${extra.length} 项）`;
    out.push(resultTable(extra, caption));
  }
  if (r.five_year_targets.length) {
    out.push(targetTable(r.five_year_targets, `五年目标（${r.five_year_targets.length} 项）`));
  }
  return out;
}

/** The plan as a tree: the report's sections, each with the tasks and lists that fall in it. */
export function planTree(r) {
  const plain = r.sections.filter((s) => s.kind !== 'preamble');
  const secs = plain.filter((s) => !plain.some((o) => o !== s &&
    o.span.start16 <= s.span.start16 && s.span.end16 <= o.span.end16 &&
    o.span.end16 - o.span.start16 > s.span.end16 - s.span.start16));
  secs.sort((a, b) => a.span.start16 - b.span.start16);
  const nodes = secs.map((s) => ({ section: s, items: [] }));
  const orphans = [];
  const place = (t, list) => {
    let best = null;
    for (const n of nodes) if (n.section.span.start16 <= t.span.start16) best = n;
    (best ? best.items : orphans).push({ task: t, list });
  };
  r.tasks.forEach((t) => place(t, 'tasks'));
  r.livelihood.forEach((t) => place(t, 'livelihood'));
  if (orphans.length) nodes.unshift({ section: null, items: orphans });
  return nodes;
}

function twisty(expanded) {
  return el('button', { type: 'button', class: 'twisty', 'aria-expanded': expanded ? 'true' : 'false', 'aria-label': expanded ? '折叠' : '展开' });
}

function taskNode(t, depth, list) {
  const hasKids = t.children.length > 0;
  const expanded = hasKids && depth < 1;
  const li = el('li', { class: ['node', hasKids && !expanded && 'collapsed', list === 'livelihood' && 'node-list'] },
    el('div', { class: 'row' },
      hasKids ? twisty(expanded) : el('span', { class: 'twisty-space', 'aria-hidden': 'true' }),
      t.number ? el('span', { class: 'num', text: t.number }) : null,
      el('button', { type: 'button', class: 'link title', title: t.text.length > t.title.length ? t.text.slice(0, 300) : null, ...src(t.span), text: t.title }),
      hasKids ? el('span', { class: 'count', text: `${t.children.length} 项` }) : null,
      commitmentChips(t),
      ownerChips(t.owners)));
  if (hasKids) li.append(el('ul', { class: 'tree' }, t.children.map((c) => taskNode(c, depth + 1, list))));
  return li;
}

export function renderPlan(r) {
  const nodes = planTree(r);
  const tree = el('ul', { class: 'tree tree-root', 'aria-label': '章节与任务' });
  for (const n of nodes) {
    // a section that is just the heading of its one item: show the item in its place
    if (n.section && n.items.length === 1 && n.items[0].task.span.start16 === n.section.span.start16) {
      tree.append(taskNode(n.items[0].task, 0, n.items[0].list));
      continue;
    }
    const hasKids = n.items.length > 0;
    const s = n.section;
    const li = el('li', { class: ['node', 'section', hasKids ? null : 'leaf'] },
      el('div', { class: 'row' },
        hasKids ? twisty(true) : el('span', { class: 'twisty-space', 'aria-hidden': 'true' }),
        s ? el('span', { class: ['badge', 'sec-' + s.kind], text: SECTION_KIND_LABEL[s.kind] ?? s.kind }) : null,
        s ? el('button', { type: 'button', class: 'link title', title: s.title.length > 48 ? s.title.slice(0, 300) : null, ...src(s.span), text: clip(s.title, 48) })
          : el('span', { class: 'title', text: '其他' }),
        hasKids ? el('span', { class: 'count', text: `${n.items.length} 项` }) : null));
    if (hasKids) li.append(el('ul', { class: 'tree' }, n.items.map((x) => taskNode(x.task, 0, x.list))));
    tree.append(li);
  }
  const pre = r.sections.filter((s) => s.kind === 'preamble').sort((a, b) => a.span.start16 - b.span.start16);
  const out = [
    pre.length ? el('details', { class: 'preamble' },
      el('summary', {}, el('span', { class: ['badge', 'sec-preamble'], text: SECTION_KIND_LABEL.preamble }),
        ` 通知正文（${pre.length} 段，不是任务）`),
      el('ul', {}, pre.map((s) => el('li', {},
        el('button', { type: 'button', class: 'link', title: s.title.length > 48 ? s.title.slice(0, 300) : null, ...src(s.span), text: clip(s.title, 48) }))))) : null,
    el('div', { class: 'tree-tools' },
      el('button', { type: 'button', class: 'btn small', 'data-tree': 'expand', text: '全部展开' }),
      el('button', { type: 'button', class: 'btn small', 'data-tree': 'collapse', text: '全部折叠' })),
    tree,
  ];
  if (!nodes.length) out.push(el('p', { class: 'muted', text: '没有识别出章节和任务。' }));
  if (r.glossary.length) {
    out.push(el('details', { class: 'glossary' },
      el('summary', { text: `名词解释（${r.glossary.length} 条）` }),
      el('dl', {}, r.glossary.flatMap((g) => [
        el('dt', {}, el('button', { type: 'button', class: 'link', ...src(g.span), text: g.term })),
        el('dd', { text: g.text.length > 160 ? g.text.slice(0, 160) + '…' : g.text }),
      ]))));
  }
  return out.filter(Boolean);
}

/** Expands or collapses tree nodes in response to clicks on twisties and the expand/collapse buttons. */
export function handleTreeClick(e) {
  const tw = e.target.closest('.twisty');
  if (tw) {
    const li = tw.closest('li');
    const open = li.classList.toggle('collapsed') === false;
    tw.setAttribute('aria-expanded', String(open));
    tw.setAttribute('aria-label', open ? '折叠' : '展开');
    return true;
  }
  const all = e.target.closest('[data-tree]');
  if (all) {
    const open = all.dataset.tree === 'expand';
    const root = all.closest('.panel') ?? all.parentElement.parentElement;
    for (const t of root.querySelectorAll('.twisty')) {
      t.closest('li').classList.toggle('collapsed', !open);
      t.setAttribute('aria-expanded', String(open));
      t.setAttribute('aria-label', open ? '折叠' : '展开');
    }
    return true;
  }
  return false;
}

export function renderOwners(r) {
  const ledger = buildLedger(r);
  if (!ledger.length) {
    return [el('p', { class: 'muted empty-note', text: '这份文本没有标注牵头单位或责任单位。重点任务分解方案、民生实事清单通常会标注；试试示例“安康市重点任务分解方案”。' })];
  }
  const filter = el('input', { type: 'search', class: 'filter', placeholder: '输入单位名称筛选，如：发改', 'aria-label': '筛选单位' });
  const count = el('span', { class: 'muted', 'aria-live': 'polite' });
  const list = el('div', { class: 'ledger' });
  for (const u of ledger) {
    const roles = [u.lead && `牵头 ${u.lead}`, u.responsible && `责任 ${u.responsible}`].filter(Boolean).join(' · ');
    list.append(el('details', { class: 'unit', open: true, 'data-unit': u.unit },
      el('summary', {}, el('span', { class: 'unit-name', text: u.unit }), el('span', { class: 'unit-count', text: `${u.items.length} 项（${roles}）` })),
      el('table', { class: 'gr-table' },
        el('caption', { class: 'visually-hidden', text: `${u.unit} 承担的任务` }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '序号' }), el('th', { scope: 'col', text: '任务' }), el('th', { scope: 'col', text: '角色' }))),
        el('tbody', {}, u.items.map((it) => el('tr', { class: 'locatable', ...src(it.task.span) },
          el('td', { class: 'nowrap', text: it.path }),
          el('td', { class: 'task' }, el('button', { type: 'button', class: 'link', ...src(it.task.span), text: it.task.title }),
            it.task.owners.deadline ? el('span', { class: 'chip chip-due' }, el('span', { class: 'chip-k', text: '时限' }), it.task.owners.deadline) : null,
            commitmentChips(it.task)),
          el('td', { class: 'nowrap', text: it.roles.map((x) => (x === 'lead' ? '牵头' : '责任')).join('、') })))))));
  }
  const update = () => {
    const q = filter.value.trim();
    let n = 0;
    for (const d of list.children) {
      const show = !q || d.dataset.unit.includes(q);
      d.hidden = !show;
      if (show) n++;
    }
    count.textContent = q ? `${n} / ${ledger.length} 个单位` : `共 ${ledger.length} 个单位`;
  };
  filter.addEventListener('input', update);
  update();
  return [el('div', { class: 'ledger-tools' }, filter, count,
    el('button', { type: 'button', class: 'btn small', 'data-units': 'collapse', text: '全部折叠' })), list];
}

function niceStep(max) {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}

/** Bars for one indicator across reports, labelled with figure and qualifier, and the same data as a table. */
export function renderChart(reports, canonical, width = 640) {
  const { rows, missing } = chartSeries(reports, canonical);
  const withFig = rows.filter((x) => x.target.value != null);
  // compare like with like: the most common base unit (% vs 亿元 cannot share an axis)
  const unitCount = new Map();
  for (const x of withFig) unitCount.set(x.target.base_unit ?? '', (unitCount.get(x.target.base_unit ?? '') ?? 0) + 1);
  const unit = [...unitCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const bars = withFig.filter((x) => (x.target.base_unit ?? '') === unit);
  const other = rows.filter((x) => !bars.includes(x));
  const bv = (t) => t.base_value ?? t.value;
  const ratio = (t) => (t.value ? bv(t) / t.value : 1);
  const hi = (t) => Math.max(bv(t) ?? 0, t.upper != null ? t.upper * ratio(t) : 0, t.stretch != null ? t.stretch * ratio(t) : 0);
  const max = Math.max(0, ...bars.map((x) => hi(x.target))) || 1;
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  // drawn at the width it is shown at, so that its text keeps its size on a phone
  const W = Math.round(Math.max(300, Math.min(width, 760)));
  const L = Math.round(Math.min(112, W * 0.24)), R = Math.round(Math.min(150, W * 0.3)), rowH = 30, padT = 12, axisH = 22;
  const plotW = W - L - R;
  const H = padT + bars.length * rowH + axisH;
  const x = (v) => L + (Math.max(0, v) / top) * plotW;
  const titleId = 'chart-t-' + Math.random().toString(36).slice(2, 8);
  const unitLabel = unit || (bars[0]?.target.unit ?? '');
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId, preserveAspectRatio: 'xMinYMin meet' },
    svg('title', { id: titleId, text: `${canonical}：各报告目标值对比（${unitLabel}）` }));
  for (let v = 0; v <= top + 1e-9; v += step) {
    chart.append(svg('line', { class: 'grid', x1: x(v), x2: x(v), y1: padT - 4, y2: padT + bars.length * rowH }),
      svg('text', { class: 'tick', x: x(v), y: H - 6, 'text-anchor': 'middle', text: fmtNum(Number(v.toPrecision(10))) }));
  }
  bars.forEach((b, i) => {
    const t = b.target, y = padT + i * rowH, r = ratio(t);
    const g = svg('g', { class: ['bar-row', 'q-' + t.qualifier_class], ...src(t.span), 'data-report': b.report },
      svg('title', { text: `${b.label}：${t.text}` }),
      svg('text', { class: 'bar-label', x: L - 8, y: y + rowH / 2 + 5, 'text-anchor': 'end', text: b.label }),
      svg('rect', { class: 'bar', x: L, y: y + 6, width: Math.max(1, x(bv(t)) - L), height: rowH - 12, rx: 2 }));
    if (t.upper != null) g.append(svg('rect', { class: 'bar-range', x: x(bv(t)), y: y + 6, width: Math.max(1, x(t.upper * r) - x(bv(t))), height: rowH - 12 }));
    if (t.stretch != null) g.append(svg('line', { class: 'bar-stretch', x1: x(t.stretch * r), x2: x(t.stretch * r), y1: y + 3, y2: y + rowH - 3 }));
    const end = Math.max(x(bv(t)), t.upper != null ? x(t.upper * r) : 0, t.stretch != null ? x(t.stretch * r) : 0);
    g.append(svg('text', { class: 'bar-value', x: end + 6, y: y + rowH / 2 + 5, text: figureFull(t) }));
    chart.append(g);
  });
  chart.append(svg('line', { class: 'axis', x1: L, x2: L, y1: padT - 4, y2: padT + bars.length * rowH }));
  const table = el('table', { class: 'gr-table chart-table' },
    el('caption', { text: `${canonical}：数据表` }),
    el('thead', {}, el('tr', {}, ['报告', '目标值', '限定词', '原文'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((b) => el('tr', { class: 'locatable', ...src(b.target.span) },
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', ...src(b.target.span), text: b.label })),
      el('td', { class: 'fig', text: b.target.value == null ? '—' : figure(b.target) + (b.target.stretch != null ? `（力争${fmtNum(b.target.stretch)}${b.target.unit ?? ''}）` : '') }),
      el('td', { text: b.target.qualifier ?? '' }),
      el('td', { class: 'phrase', text: b.target.text })))));
  const notes = [];
  if (other.length) notes.push(`未画出（无数值或单位不同）：${other.map((o) => `${o.label} ${figureFull(o.target)}`).join('；')}`);
  if (missing.length) notes.push(`未提出该指标：${missing.join('、')}`);
  return el('figure', { class: 'chart-fig' },
    bars.length ? chart : el('p', { class: 'muted', text: '没有可画的数值。' }),
    el('figcaption', {},
      unitLabel ? el('span', { class: 'unit-note', text: `单位：${unitLabel}（按各报告写法标注；条形长度按同一单位换算）` }) : null,
      el('span', { class: 'legend' },
        el('span', { class: 'sw q-at_least' }), '以上/不低于 ',
        el('span', { class: 'sw q-approx' }), '左右 ',
        el('span', { class: 'sw q-exact' }), '无限定 ',
        el('span', { class: 'sw q-at_most' }), '以内/以下 ',
        el('span', { class: 'sw sw-range' }), '区间上限 ',
        el('span', { class: 'sw sw-stretch' }), '力争'),
      notes.map((n) => el('span', { class: 'note', text: n }))),
    table);
}

export function renderCompare(doc, state, onPick) {
  const reports = doc.reports;
  const labels = reportLabels(reports);
  const out = [];
  out.push(el('table', { class: 'gr-table reports' },
    el('caption', { text: `本文共识别出 ${reports.length} 份报告` }),
    el('thead', {}, el('tr', {}, ['#', '报告', '地区', '年份', '类型', '目标', '任务', ''].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, reports.map((r, i) => el('tr', { class: i === state.report ? 'current' : null },
      el('td', { text: i + 1 }),
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', ...src(r.title_span ?? r.span), text: r.title ?? labels[i] })),
      el('td', { text: r.place ?? '' }), el('td', { text: r.year ?? '' }),
      el('td', { text: REPORT_KIND_LABEL[r.kind] ?? r.kind }),
      el('td', { class: 'numcell', text: r.targets.length }), el('td', { class: 'numcell', text: countTasks(r.tasks) }),
      el('td', {}, el('button', { type: 'button', class: 'btn small', 'data-pick': i, text: '查看' })))))));

  const matrix = compareMatrix(reports);
  const cmp = el('table', { class: 'gr-table matrix' },
    el('caption', { text: '主要预期目标对照（同一规范指标在同一行）' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '指标' }), labels.map((l) => el('th', { scope: 'col', text: l })))),
    el('tbody', {}, matrix.map((row) => el('tr', {},
      el('th', { scope: 'row' }, row.canonical, el('span', { class: 'muted small', text: ` ${row.count}/${reports.length}` })),
      row.cells.map((ts) => el('td', {}, ts.map((t) => el('button', { type: 'button', class: ['link', 'cell', 'q-' + t.qualifier_class], title: t.text, ...src(t.span), text: figureFull(t) !== '—' ? figureFull(t) : '定性' }))))))));
  out.push(el('div', { class: 'scroll-x' }, cmp));

  const options = matrix.filter((r) => r.cells.some((c) => c.some((t) => t.value != null)));
  if (!options.some((o) => o.canonical === state.indicator)) {
    state.indicator = options.find((o) => o.canonical === '地区生产总值')?.canonical ?? options[0]?.canonical ?? null;
  }
  const sel = el('select', { class: 'indicator', 'aria-label': '图表指标' },
    options.map((o) => el('option', { value: o.canonical, selected: o.canonical === state.indicator, text: `${o.canonical}（${o.count} 份）` })));
  const holder = el('div', { class: 'chart-holder' });
  let drawnAt = 0;
  const draw = () => {
    drawnAt = holder.clientWidth || 640;
    holder.replaceChildren(state.indicator ? renderChart(reports, state.indicator, drawnAt) : el('p', { class: 'muted', text: '没有带数值的目标。' }));
  };
  sel.addEventListener('change', () => { state.indicator = sel.value; draw(); });
  draw();
  new ResizeObserver(() => {
    const w = holder.clientWidth;
    if (w && Math.abs(w - drawnAt) > 24) draw();
  }).observe(holder);
  out.push(el('section', { class: 'chart-section', 'aria-label': '指标图表' },
    el('div', { class: 'chart-tools' }, el('label', { text: '图表指标 ' }, sel)), holder));
  out.forEach((n) => n.addEventListener?.('click', (e) => {
    const p = e.target.closest('[data-pick]');
    if (p) onPick(Number(p.dataset.pick));
  }));
  return out;
}

// ---- the report view: picker, tabs and panels -------------------------------------------------

let uid = 0;
const TABS = [
  ['targets', '目标'], ['plan', '工作安排'], ['owners', '责任单位'], ['compare', '汇编对比'],
];

export class ReportView {
  /** @param {HTMLElement} host  @param {{onLocate?: (s16:number, e16:number, el:Element)=>void}} opts */
  constructor(host, opts = {}) {
    this.host = host;
    this.onLocate = opts.onLocate ?? (() => {});
    this.doc = null;
    this.state = { report: 0, tab: 'targets', indicator: null };
    const id = 'rv' + ++uid;
    this.pickerId = id + '-picker';
    this.picker = el('select', { id: this.pickerId, class: 'picker' });
    this.pickerBox = el('div', { class: 'picker-box', hidden: true }, el('label', { for: this.pickerId, text: '报告' }), this.picker);
    this.meta = el('div', { class: 'meta-box' });
    this.tablist = el('div', { class: 'tabs', role: 'tablist', 'aria-label': '结果视图' });
    this.tabs = {};
    this.panels = {};
    const panelBox = el('div', { class: 'panels' });
    for (const [key, label] of TABS) {
      const tab = el('button', { type: 'button', role: 'tab', id: `${id}-tab-${key}`, 'aria-controls': `${id}-panel-${key}`, 'aria-selected': 'false', tabindex: '-1', 'data-tab': key, text: label });
      const panel = el('div', { role: 'tabpanel', class: ['panel', 'panel-' + key], id: `${id}-panel-${key}`, 'aria-labelledby': tab.id, hidden: true, tabindex: '0' });
      this.tabs[key] = tab;
      this.panels[key] = panel;
      this.tablist.append(tab);
      panelBox.append(panel);
    }
    this.body = el('div', { class: 'rv', hidden: true }, this.pickerBox, this.meta, this.tablist, panelBox);
    host.append(this.body);
    this.picker.addEventListener('change', () => this.selectReport(Number(this.picker.value)));
    this.tablist.addEventListener('click', (e) => {
      const t = e.target.closest('[role=tab]');
      if (t) this.selectTab(t.dataset.tab);
    });
    this.tablist.addEventListener('keydown', (e) => {
      const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
      if (!keys.includes(e.key)) return;
      const vis = TABS.map(([k]) => k).filter((k) => !this.tabs[k].hidden);
      let i = vis.indexOf(this.state.tab);
      i = e.key === 'Home' ? 0 : e.key === 'End' ? vis.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : -1) + vis.length) % vis.length;
      this.selectTab(vis[i], true);
      e.preventDefault();
    });
    this.body.addEventListener('click', (e) => {
      if (handleTreeClick(e)) return;
      const more = e.target.closest('.figs-more');
      if (more) { toggleFigs(more); return; }
      const u = e.target.closest('[data-units]');
      if (u) { for (const d of this.panels.owners.querySelectorAll('details.unit')) d.open = false; return; }
      const loc = e.target.closest('[data-s16]');
      if (loc && this.body.contains(loc)) this.locate(loc);
    });
  }

  locate(node) {
    this.clearActive();
    const row = node.closest('tr.locatable, .row, g.bar-row') ?? node;
    row.classList.add('active');
    // a chip or a result inside the row: mark which one
    if (row !== node && node.matches('.chip-fig, .past')) node.classList.add('active');
    this.onLocate(Number(node.dataset.s16), Number(node.dataset.e16), node);
  }

  /** Unmarks the item whose source is highlighted (the caller clears the highlight itself). */
  clearActive() {
    for (const a of this.body.querySelectorAll('.active')) a.classList.remove('active');
  }

  get report() { return this.doc?.reports[this.state.report] ?? null; }

  setDocument(doc) {
    this.doc = doc;
    const n = doc?.reports.length ?? 0;
    this.body.hidden = !n;
    if (!n) return;
    if (this.state.report >= n) this.state.report = 0;
    const labels = reportLabels(doc.reports);
    this.picker.replaceChildren(...doc.reports.map((r, i) => el('option', { value: i, text: `${i + 1}. ${r.title ?? labels[i]}` })));
    this.picker.value = String(this.state.report);
    this.pickerBox.hidden = n < 2;
    this.tabs.compare.hidden = n < 2;
    if (n < 2 && this.state.tab === 'compare') this.state.tab = 'targets';
    this.rendered = {};
    this.renderMeta();
    this.selectTab(this.state.tab);
  }

  selectReport(i) {
    this.state.report = i;
    this.picker.value = String(i);
    this.rendered = {};
    this.renderMeta();
    if (this.state.tab === 'compare') this.selectTab('targets', false);
    else this.selectTab(this.state.tab);
  }

  renderMeta() {
    const r = this.report;
    this.meta.replaceChildren(reportMeta(r, this.state.report, this.doc.reports.length));
  }

  selectTab(key, focus = false) {
    this.state.tab = key;
    for (const [k] of TABS) {
      const on = k === key;
      this.tabs[k].setAttribute('aria-selected', String(on));
      this.tabs[k].tabIndex = on ? 0 : -1;
      this.panels[k].hidden = !on;
    }
    this.meta.hidden = key === 'compare';
    this.pickerBox.hidden = key === 'compare' || !this.doc || this.doc.reports.length < 2;
    if (focus) this.tabs[key].focus();
    if (!this.rendered[key] && this.doc) {
      const r = this.report;
      const p = this.panels[key];
      const content = key === 'targets' ? renderTargets(r)
        : key === 'plan' ? renderPlan(r)
          : key === 'owners' ? renderOwners(r)
            : renderCompare(this.doc, this.state, (i) => this.selectReport(i));
      p.replaceChildren(...content);
      this.rendered[key] = true;
    }
  }
}

// ---- the source pane: a textarea with a highlight drawn behind it ------------------------------

/** Highlights a span of the text inside a textarea: a backdrop with the same text and layout sits
 * behind the (transparent) textarea and carries a <mark>. Offsets are UTF-16 offsets into the
 * parsed string; when the textarea normalized CRLF to LF, they are mapped to the textarea's text. */
export class SourcePane {
  constructor(textarea, backdrop) {
    this.ta = textarea;
    this.bd = backdrop;
    this.crs = null;
    this.mark = null;
    textarea.addEventListener('scroll', () => { this.bd.scrollTop = this.ta.scrollTop; });
  }

  /** The string that was parsed; call after setting textarea.value. */
  setText(parsed) {
    this.crs = null;
    if (parsed !== this.ta.value && parsed.includes('\r')) {
      this.crs = [];
      for (let i = parsed.indexOf('\r\n'); i >= 0; i = parsed.indexOf('\r\n', i + 2)) this.crs.push(i);
    }
    this.clear();
  }

  toView(i) {
    if (!this.crs) return i;
    let lo = 0, hi = this.crs.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (this.crs[m] < i) lo = m + 1; else hi = m; }
    return i - lo;
  }

  highlight(s16, e16) {
    const view = this.ta.value;
    const a = Math.min(this.toView(s16), view.length), b = Math.min(Math.max(this.toView(e16), a), view.length);
    this.mark = el('mark', {}, view.slice(a, b) || '\u200b');
    this.bd.replaceChildren(view.slice(0, a), this.mark, view.slice(b) + '\n\u200b');
    this.bd.classList.add('on');
    this.ta.setSelectionRange(a, a);
    const top = this.mark.offsetTop;
    this.ta.scrollTop = Math.max(0, top - Math.min(80, this.ta.clientHeight / 4));
    this.bd.scrollTop = this.ta.scrollTop;
    return this.mark;
  }

  clear() {
    this.mark = null;
    this.bd.classList.remove('on');
    this.bd.replaceChildren();
  }
}
