// Chart: how many of this year's targets each section of the plan holds (an item with its subsections), the plan
// being the part that holds most of them (rules.js).

import { query } from './api.js';
import { byId, en, fill, h, isStated, nothing, s } from './dom.js';
import { sectionLabel } from './contents.js';
import { partHolding, targetsOf } from './rules.js';

const idsUnder = node => [node.id, ...node.children.flatMap(idsUnder)];

/** “（三）” for a numbered item, else its title: the text of the link to its list of targets. */
const shortLabel = n => isStated(n.number) ? (n.level === 'part' ? `${n.number}、` : `（${n.number}）`) : n.title;

export function drawTargetsByItem(report, facts, years, index) {
  const targets = targetsOf(facts, years), plan = partHolding(targets, index);
  const items = plan?.children ?? [];
  if (!items.length) {
    fill(byId('chart-targets'), nothing('本报告的目标不按分项列出。', "This report's targets are not set out item by item."));
    fill(byId('targets-links'));
    return;
  }
  byId('targets-title').textContent = `${years.plan}年目标数量：按“${sectionLabel(plan)}”各项`;
  const counts = items.map(item => {
    const ids = new Set(idsUnder(item));
    return targets.filter(i => ids.has(i.sectionId)).length;
  });
  const max = Math.max(1, ...counts);

  const width = 760, labelWidth = 300, barMax = width - labelWidth - 50, rowHeight = 32;
  const svg = s('svg', { viewBox: `0 0 ${width} ${items.length * rowHeight + 4}`, role: 'img', 'aria-labelledby': 'targets-svg-title targets-desc', id: 'targets-svg' },
    s('title', { id: 'targets-svg-title' }, `${years.plan}年目标数量 Targets for ${years.plan} by item`),
    s('desc', { id: 'targets-desc' }, items.map((item, k) => `${sectionLabel(item)}：${counts[k]}个目标`).join('；')));
  items.forEach((item, k) => {
    const y = k * rowHeight, w = (counts[k] / max) * barMax;
    svg.append(s('g', { 'data-section': item.id },
      s('text', { x: 0, y: y + 20, 'font-size': 15 }, sectionLabel(item)),
      s('rect', { x: labelWidth, y: y + 6, width: Math.max(w, 0), height: 19, fill: '#1f4e79' }),
      s('text', { x: labelWidth + w + 8, y: y + 21, class: 'value', 'font-size': 15 }, String(counts[k]))));
  });
  fill(byId('chart-targets'), svg);
  const list = item => `/api/v1/indicators?${query({ report: report.id, section: item.id, kind: 'target', period: years.plan })}`;
  fill(byId('targets-links'), items.map((item, k) => h('li', {},
    h('a', { href: list(item) }, `${shortLabel(item)}${counts[k]}个目标 `, en('JSON')))));
}
