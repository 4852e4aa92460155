// "What this is": the report's cover (title, place, year, session, speaker, date), the page it was published on,
// its provenance, its size and the database it is served from. Every field the report does not state reads "未载明".

import { byId, en, fill, h, isStated, notStated, statedOr } from './dom.js';
import { provenanceRows } from './provenance.js';

const row = ([zh, english, value]) => [h('dt', {}, zh, ' ', en(english)), h('dd', {}, value)];

/** The stated values joined with "，", or null when none is stated. */
const joined = (...values) => values.filter(isStated).join('，') || null;

function coverRows(report) {
  const year = Number.isInteger(report.year) ? report.year : null;
  return [
    ['报告', 'Report', statedOr(report.title)],
    ['地方', 'Place', statedOr(report.place)],
    ['年度', 'Year', statedOr(year, y => [`${y}年`, ' ', en(`plan year; its results are for ${y - 1}`)])],
    ['会议', 'Session', statedOr(report.session)],
    ['报告人', 'Speaker', statedOr([report.speakerRole, report.speaker].filter(isStated).join(' '))],
    ['日期', 'Delivered', statedOr(report.deliveredOn)],
    ['发布', 'Published', statedOr(joined(report.publisher, report.publishedOn,
      isStated(report.indexNumber) ? `索引号 ${report.indexNumber}` : null))],
  ];
}

function sizeRow(report, total) {
  const c = report.counts;
  return ['规模', 'Size', [`${c.parts}个部分、${c.items}项、${c.subsections}个小节、${c.paragraphs}个段落；${total}个数字`,
    ' ', en(`${c.parts} parts, ${c.items} items, ${c.subsections} subsections, ${c.paragraphs} paragraphs; ${total} numbers`)]];
}

/** What the importer could not read the usual way, in its own words; no row when it read the report cleanly. */
const warningRows = report => (report.warnings ?? []).length
  ? [['提示', 'Warnings', h('ul', { class: 'warnings' }, report.warnings.map(w => h('li', {}, w)))]]
  : [];

const short = hash => h('span', { class: 'hash', title: hash }, hash.slice(0, 12));

function versionRow(pkg, health) {
  const built = isStated(pkg.created) ? `${pkg.created.slice(0, 10)} 构建，` : '';
  return ['数据库版本', 'Database version', isStated(pkg.version)
    ? [h('span', { class: 'hash', id: 'db-version', title: pkg.version }, pkg.version.slice(0, 12)),
      `（${built}schema ${health.schemaVersion}，种子 `, short(health.seedsFingerprint), '）']
    : notStated()];
}

export function drawCover(report, total, pkg, health) {
  fill(byId('facts'), [...coverRows(report), ...provenanceRows(report.provenance), sizeRow(report, total),
    ...warningRows(report), versionRow(pkg, health)].flatMap(row));
}
