// The front page. Everything it shows is fetched from this site's public API (same origin); the page only chooses
// which facts to show, by the rules written next to each block, and never holds a number of its own.
// Text from the API is always inserted as text (never parsed as HTML); the only markup taken from it is the
// <mark></mark> pair in search snippets, which is split out, not parsed.
'use strict';

(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const state = { reportId: null };

  // ---- small helpers ----------------------------------------------------------------------------------------

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  }
  const query = params => new URLSearchParams(params).toString();
  const indicators = params => api(`/api/v1/indicators?${query(params)}`);

  /** h('a', { href }, 'text', node): strings become text nodes, so API text is never read as markup. */
  const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);
  const s = (tag, attrs, ...children) => build(document.createElementNS(SVG, tag), attrs, children);
  function build(node, attrs = {}, children = []) {
    for (const [name, value] of Object.entries(attrs ?? {}))
      if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
    for (const child of children.flat(Infinity))
      if (child !== undefined && child !== null && child !== false) node.append(child instanceof Node ? child : String(child));
    return node;
  }
  const en = text => h('span', { lang: 'en' }, text);
  const byId = id => document.getElementById(id);
  function fill(target, ...nodes) {
    target.replaceChildren(...nodes.flat());
    target.removeAttribute('aria-busy');
  }
  /** Runs one block; if its requests fail, says so in the block instead of leaving "Loading" behind. */
  async function block(target, work) {
    try {
      await work();
    } catch (error) {
      const message = h('p', { class: 'error' }, '加载失败 ', en('Could not load'), `: ${error.message}`);
      fill(target, target.tagName === 'TBODY' ? h('tr', {}, h('td', { colspan: 3 }, message)) : message);
    }
  }
  const indicatorUrl = id => `/api/v1/indicators/${encodeURIComponent(id)}`;
  const sectionUrl = id => `/api/v1/sections/${encodeURIComponent(id)}`;
  const paragraphUrl = id => `/api/v1/paragraphs/${encodeURIComponent(id)}`;

  /** How the report words a number: “增长8%以上”, “1172.32亿元”, “不低于10%”: [before, number, after]. */
  function wording(i) {
    const unit = i.unit ?? '';
    let before = i.measure === 'change' ? (i.direction === 'down' ? '下降' : '增长') : '';
    let after = unit;
    if (i.qualifier) {
      // The qualifier goes where the source text puts it: after the number (以上, 以内) or before it (突破, 确保).
      if (i.sourceText.includes(i.valueText + unit + i.qualifier)) after += i.qualifier;
      else before += i.qualifier;
    }
    return [before, i.valueText, after];
  }
  const numberText = i => wording(i).join('');
  function numberLink(i) {
    const [before, value, after] = wording(i);
    return h('a', { class: 'num', href: indicatorUrl(i.id), 'data-indicator': i.id, title: `原文 Source: ${i.sourceText}` },
      before, h('b', {}, value), after);
  }
  const itemLabel = n => n.level === 'part' ? `${n.number}、${n.title}` : n.level === 'item' ? `（${n.number}）${n.title}` : n.title;

  // ---- what this is --------------------------------------------------------------------------------------------

  async function about(report, pkg, health) {
    const total = (await indicators({ report: report.id, limit: 1 })).total;
    const c = report.counts;
    const row = (zh, english, ...value) => [h('dt', {}, zh, ' ', en(english)), h('dd', {}, ...value)];
    fill(byId('facts'),
      row('报告', 'Report', `${report.place}${report.title}（${report.year}年）`),
      row('会议', 'Session', report.session),
      row('报告人', 'Speaker', `${report.speakerRole} ${report.speaker}`),
      row('日期', 'Delivered', report.deliveredOn),
      row('发布', 'Published', `${report.publisher}，${report.publishedOn}，索引号 ${report.indexNumber}`),
      row('来源', 'Source', pkg.sources.map(x => x.title).join('；')),
      row('许可', 'Licence', pkg.licenses.map(l => `${l.title} (${l.name})`).join('；')),
      row('规模', 'Size', `${c.parts}个部分、${c.items}项、${c.subsections}个小节、${c.paragraphs}个段落；${total}个数字`,
        ' ', en(`${c.parts} parts, ${c.items} items, ${c.subsections} subsections, ${c.paragraphs} paragraphs; ${total} numbers`)),
      row('数据库版本', 'Database version',
        h('span', { class: 'hash', id: 'db-version', title: pkg.version }, pkg.version.slice(0, 12)),
        `（${pkg.created.slice(0, 10)} 构建，schema ${health.schemaVersion}，种子 `, h('span', { class: 'hash', title: health.seedsFingerprint }, health.seedsFingerprint.slice(0, 12)), '）'));
  }

  // ---- headline numbers ----------------------------------------------------------------------------------------
  // Rule: part 一's own first paragraph with 2020 actual facts (the year's results), and part 三's own first
  // paragraph with 2021 targets (the main targets); one row per subject, in the order the report names them.

  async function headline(reportId, contents) {
    const part = number => contents.sections.find(x => x.level === 'part' && x.number === number);
    const one = part('一'), three = part('三');
    const [actuals, targets] = await Promise.all([
      indicators({ report: reportId, section: one.id, kind: 'actual', period: '2020', limit: 500 }),
      indicators({ report: reportId, section: three.id, kind: 'target', period: '2021', limit: 500 })]);
    const firstParagraph = (items, sectionId) => {
      const own = items.filter(i => i.sectionId === sectionId);
      return own.filter(i => i.paragraphId === own[0]?.paragraphId);
    };
    const results = firstParagraph(actuals.items, one.id), goals = firstParagraph(targets.items, three.id);
    const subjects = new Map([...results, ...goals].map(i => [i.subjectKey, i.subject]));
    const cell = list => list.length ? h('td', {}, list.map(numberLink))
      : h('td', { class: 'none' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, '该段未列出 Not in this paragraph'));
    const rows = [...subjects].map(([key, subject]) => h('tr', { 'data-subject': key },
      h('th', { scope: 'row', class: 'subject' }, subject),
      cell(results.filter(i => i.subjectKey === key)),
      cell(goals.filter(i => i.subjectKey === key))));
    const source = (list, id) => list.length
      ? byId(id).append(h('a', { class: 'para-link', href: paragraphUrl(list[0].paragraphId) }, '原文段落 ', en('source paragraph'), ` (${list[0].paragraphId})`))
      : null;
    source(results, 'col-2020');
    source(goals, 'col-2021');
    fill(byId('headline-table').tBodies[0], rows);
  }

  // ---- chart: five years of change ---------------------------------------------------------------------------
  // Rule: every 2015 baseline and the actual fact it is related to (its 2016-2020 value).

  async function fiveYears(reportId) {
    const baselines = (await indicators({ report: reportId, kind: 'baseline', period: '2015', limit: 500 })).items;
    const ids = [...new Set(baselines.flatMap(b => b.relatedIds))];
    const related = new Map((await Promise.all(ids.map(id => api(indicatorUrl(id))))).map(i => [i.id, i]));
    const pairs = baselines
      .map(from => ({ from, to: from.relatedIds.map(id => related.get(id)).find(i => i?.kind === 'actual') }))
      .filter(p => p.to);

    const width = 760, labelWidth = 92, valueWidth = 150, barMax = width - labelWidth - valueWidth, rowHeight = 78;
    const height = pairs.length * rowHeight + 4;
    const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'five-year-title five-year-desc', id: 'five-year-svg' },
      s('title', { id: 'five-year-title' }, '“十三五”五年变化：2015年基数与2016-2020年数值 Five years of change'),
      s('desc', { id: 'five-year-desc' }, pairs.map(({ from, to }) =>
        `${from.subject}：${from.period}年 ${numberText(from)}，${to.period} ${to.subject} ${numberText(to)}`).join('；')),
      s('defs', {}, s('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        s('rect', { width: 6, height: 6, fill: '#ffffff' }), s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#1f4e79', 'stroke-width': 2.5 }))));
    pairs.forEach(({ from, to }, k) => {
      const y = k * rowHeight, scale = Math.max(from.value, to.value) || 1;
      const bar = (i, dy, fillWith) => {
        const w = Math.max(2, (i.value / scale) * barMax);
        return [
          s('text', { x: 0, y: y + dy + 13, class: 'muted', 'font-size': 13 }, i.period),
          s('rect', { x: labelWidth, y: y + dy, width: w, height: 17, fill: fillWith, stroke: '#1f4e79', 'stroke-width': 1 }),
          s('text', { x: labelWidth + w + 8, y: y + dy + 14, class: 'value', 'font-size': 15, 'data-indicator': i.id }, numberText(i))];
      };
      svg.append(s('g', { 'data-from': from.id, 'data-to': to.id },
        s('text', { x: 0, y: y + 18, class: 'label', 'font-size': 16 },
          to.subject === from.subject ? from.subject : `${from.subject} → ${to.subject}`,
          s('tspan', { class: 'muted', dx: 10, 'font-size': 14, 'font-weight': 'normal' }, change(from, to))),
        bar(from, 27, 'url(#hatch)'),
        bar(to, 50, '#1f4e79')));
    });
    fill(byId('chart-five-year'), svg);
  }

  /** The change from one value to the other: percentage points for rates, else per cent of the first value. */
  function change(from, to) {
    if (from.unit !== to.unit || !from.value) return '';
    const decimals = Math.max(...[from.valueText, to.valueText].map(t => (t.split('.')[1] ?? '').length));
    const signed = n => (n > 0 ? '+' : '') + n;
    if (from.unit === '%') return `${signed(Number((to.value - from.value).toFixed(decimals)))}个百分点`;
    if (from.unit === '‰') return `${signed(Number((to.value - from.value).toFixed(decimals)))}‰`;
    return `${signed(Number(((to.value - from.value) / from.value * 100).toFixed(1)))}%`;
  }

  // ---- chart: 2021 targets by item of part 三 -------------------------------------------------------------------
  // Rule: for each item of part 三, how many 2021 targets the item and its subsections hold (the collection's total).

  async function targetsByItem(reportId, contents) {
    const three = contents.sections.find(x => x.level === 'part' && x.number === '三');
    const items = three.children.filter(c => c.level === 'item');
    const params = item => ({ report: reportId, section: item.id, kind: 'target', period: '2021' });
    const counts = await Promise.all(items.map(item => indicators({ ...params(item), limit: 1 }).then(p => p.total)));
    const max = Math.max(1, ...counts);

    const width = 760, labelWidth = 300, barMax = width - labelWidth - 50, rowHeight = 32;
    const svg = s('svg', { viewBox: `0 0 ${width} ${items.length * rowHeight + 4}`, role: 'img', 'aria-labelledby': 'targets-title targets-desc', id: 'targets-svg' },
      s('title', { id: 'targets-title' }, '2021年目标数量：按第三部分各项工作 2021 targets by item of part 三'),
      s('desc', { id: 'targets-desc' }, items.map((item, k) => `${itemLabel(item)}：${counts[k]}个目标`).join('；')));
    items.forEach((item, k) => {
      const y = k * rowHeight, w = (counts[k] / max) * barMax;
      svg.append(s('g', { 'data-section': item.id },
        s('text', { x: 0, y: y + 20, 'font-size': 15 }, itemLabel(item)),
        s('rect', { x: labelWidth, y: y + 6, width: Math.max(w, 0), height: 19, fill: '#1f4e79' }),
        s('text', { x: labelWidth + w + 8, y: y + 21, class: 'value', 'font-size': 15 }, String(counts[k]))));
    });
    fill(byId('chart-targets'), svg);
    fill(byId('targets-links'), items.map((item, k) => h('li', {},
      h('a', { href: `/api/v1/indicators?${query(params(item))}` }, `（${item.number}）${counts[k]}个目标 `, en('JSON')))));
  }

  // ---- contents ----------------------------------------------------------------------------------------------------

  function contentsList(contents) {
    const list = nodes => h('ol', {}, nodes.map(n => h('li', {},
      h('a', { href: sectionUrl(n.id) }, itemLabel(n)), ' ', h('span', { class: 'count' }, `${n.paragraphCount}段`),
      n.children.length ? list(n.children) : null)));
    fill(byId('toc'), list(contents.sections));
  }

  // ---- downloads ---------------------------------------------------------------------------------------------------
  // Every CSV resource the data package lists, as a download; the database file of the report.

  const tableNames = { reports: '报告', sections: '章节', paragraphs: '段落', indicators: '数字', subjects: '指标主题', projects: '项目' };

  function downloads(reportId, pkg) {
    fill(byId('csv-links'), pkg.resources.filter(r => r.format === 'csv').map(r => {
      const url = new URL(r.path, location.origin);
      url.searchParams.set('download', '1');
      return h('li', {}, h('a', { href: url.pathname + url.search, download: '' }, `${tableNames[r.name] ?? r.name} `, en(r.title)), ` (${r.name}.csv)`);
    }));
    fill(byId('db-link-item'), h('a', { href: `/api/v1/downloads/${encodeURIComponent(reportId)}.db`, download: '' },
      'SQLite 数据库文件 ', en('SQLite database file'), ` (${reportId}.db)`));
    for (const code of document.querySelectorAll('code[data-curl]'))
      code.textContent = code.dataset.curl.replace('{origin}', location.origin).replace('{report}', reportId);
  }

  // ---- search ------------------------------------------------------------------------------------------------------

  const hitPaths = { paragraph: 'paragraphs', section: 'sections', indicator: 'indicators', project: 'projects' };
  const hitTypes = { paragraph: '段落', section: '章节', indicator: '数字', project: '项目' };

  /** The snippet is plain text with <mark></mark> around matches: split on exactly those tags, insert the rest as text. */
  function snippet(text) {
    const p = h('p', { class: 'snippet' });
    let marked = false;
    for (const part of text.split(/(<mark>|<\/mark>)/)) {
      if (part === '<mark>') marked = true;
      else if (part === '</mark>') marked = false;
      else if (part) p.append(marked ? h('mark', {}, part) : part);
    }
    return p;
  }

  async function search(words) {
    const status = byId('search-status'), results = byId('search-results');
    status.textContent = '检索中… Searching…';
    const params = { q: words, limit: 20, ...(state.reportId ? { report: state.reportId } : {}) };
    try {
      const page = await api(`/api/v1/search?${query(params)}`);
      status.replaceChildren(`“${words}”：共 ${page.total} 条结果`, page.total > page.items.length ? `，显示前 ${page.items.length} 条` : '', ' ',
        en(`${page.total} results`), ' · ', h('a', { href: `/api/v1/search?${query(params)}` }, 'JSON'));
      fill(results, page.items.map(hit => h('li', { 'data-type': hit.type },
        h('span', { class: 'type' }, hitTypes[hit.type] ?? hit.type),
        h('a', { href: hitPaths[hit.type] ? `/api/v1/${hitPaths[hit.type]}/${encodeURIComponent(hit.id)}` : sectionUrl(hit.sectionId) }, hit.title),
        snippet(hit.snippet))));
    } catch (error) {
      status.textContent = `检索失败 Search failed: ${error.message}`;
      results.replaceChildren();
    }
  }

  function wireSearch() {
    const form = byId('search-form'), input = byId('q');
    form.addEventListener('submit', event => {
      event.preventDefault();
      const words = input.value.trim();
      if (!words) return;
      history.replaceState(null, '', `?${query({ q: words })}#search`);
      search(words);
    });
    const asked = new URLSearchParams(location.search).get('q');
    if (asked) {
      input.value = asked;
      search(asked);
    }
  }

  // ---- start -------------------------------------------------------------------------------------------------------

  async function start() {
    wireSearch();
    let report, pkg, health, contents;
    await block(byId('facts'), async () => {
      [{ items: [report] }, pkg, health] = await Promise.all([api('/api/v1/reports'), api('/datapackage.json'), api('/healthz')]);
      state.reportId = report.id;
    });
    if (!report) return;
    await block(byId('toc'), async () => { contents = await api(`/api/v1/reports/${encodeURIComponent(report.id)}/contents`); });
    await Promise.all([
      block(byId('facts'), () => about(report, pkg, health)),
      contents && block(byId('headline-table').tBodies[0], () => headline(report.id, contents)),
      block(byId('chart-five-year'), () => fiveYears(report.id)),
      contents && block(byId('chart-targets'), () => targetsByItem(report.id, contents)),
      contents && block(byId('toc'), async () => contentsList(contents)),
      block(byId('csv-links'), async () => downloads(report.id, pkg)),
    ]);
    document.body.dataset.ready = 'true';
  }

  start();
})();
