// Downloads: every CSV resource the data package lists, the database file, and ready-made curl lines for this report.

import { query, urls } from './api.js';
import { byId, en, fill, h, nothing } from './dom.js';

const tableNames = { reports: '报告', sections: '章节', paragraphs: '段落', indicators: '数字', subjects: '指标主题', projects: '项目' };

export function drawDownloads(report, pkg) {
  const csv = (pkg.resources ?? []).filter(r => r.format === 'csv');
  fill(byId('csv-links'), csv.length ? csv.map(r => {
    const url = new URL(r.path, location.origin);
    url.searchParams.set('download', '1');
    return h('li', {}, h('a', { href: url.pathname + url.search, download: '' }, `${tableNames[r.name] ?? r.name} `, en(r.title)), ` (${r.name}.csv)`);
  }) : h('li', {}, nothing('数据包没有列出 CSV 表格。', 'The data package lists no CSV tables.')));
  fill(byId('db-link-item'), h('a', { href: urls.database(report.id), download: '' },
    'SQLite 数据库文件 ', en('SQLite database file'), ` (${report.id}.db)`));
}

/**
 * The curl lines, filled from the report: its targets (for its plan year when it has targets for that year), a word
 * to search for taken from its own numbers, its database file.
 */
export function drawCurlLines(report, { planTargets, years, word }) {
  const targets = query({ report: report.id, kind: 'target', period: planTargets.length ? years.plan : null, format: 'csv', bom: 1 });
  const values = { origin: location.origin, report: report.id, targets, word };
  for (const code of document.querySelectorAll('code[data-curl]'))
    code.textContent = code.dataset.curl.replace(/\{(\w+)\}/g, (_, name) => values[name]);
}
