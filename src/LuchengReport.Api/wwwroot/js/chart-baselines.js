// Chart: each baseline (X in 从X增长到Y) against the value it grew to, one pair of bars per subject. Units differ, so
// each row is scaled to its own larger value; the baseline bar is hatched, the later one solid, so it reads in grey.

import { byId, fill, nothing, s } from './dom.js';
import { change, isDated, numberText, periodText } from './numbers.js';

/** Every baseline with the actual fact it is related to (the value it grew to); baselines without one are left out. */
function pairsOf(facts) {
  const actual = new Map(facts.actual.map(i => [i.id, i]));
  return facts.baseline
    .map(from => ({ from, to: from.relatedIds.map(id => actual.get(id)).find(Boolean) }))
    .filter(pair => pair.to);
}

/** “：2015年基数与2016-2020年数值” when all pairs share their periods and they are dated; else no years. */
function yearsOfPairs(pairs) {
  const one = list => new Set(list).size === 1 ? list[0] : null;
  const from = one(pairs.map(p => p.from.period)), to = one(pairs.map(p => p.to.period));
  return isDated(from) && isDated(to) ? `：${periodText(from)}基数与${periodText(to)}数值` : '';
}

export function drawBaselines(facts) {
  const pairs = pairsOf(facts);
  if (!pairs.length) {
    fill(byId('chart-baselines'), nothing('本报告没有写明“从…增长到…”这样带基数的数字。', 'This report states no baseline figures ("from X to Y").'));
    byId('baselines-caption').querySelector('.note')?.remove(); // no bars to explain
    return;
  }
  const title = `基数与其后数值${yearsOfPairs(pairs)}`;
  byId('baselines-title').textContent = title;
  const width = 760, labelWidth = 92, valueWidth = 150, barMax = width - labelWidth - valueWidth, rowHeight = 78;
  const svg = s('svg', { viewBox: `0 0 ${width} ${pairs.length * rowHeight + 4}`, role: 'img', 'aria-labelledby': 'baselines-svg-title baselines-desc', id: 'baselines-svg' },
    s('title', { id: 'baselines-svg-title' }, `${title} Baselines and the values they grew to`),
    s('desc', { id: 'baselines-desc' }, pairs.map(({ from, to }) =>
      `${from.subject}：${periodText(from.period)} ${numberText(from)}，${periodText(to.period)} ${to.subject} ${numberText(to)}`).join('；')),
    s('defs', {}, s('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      s('rect', { width: 6, height: 6, fill: '#ffffff' }), s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#1f4e79', 'stroke-width': 2.5 }))));
  pairs.forEach(({ from, to }, k) => {
    const y = k * rowHeight, scale = Math.max(from.value, to.value) || 1;
    const bar = (i, dy, fillWith) => {
      const w = Math.max(2, (i.value / scale) * barMax);
      return [
        s('text', { x: 0, y: y + dy + 13, class: 'muted', 'font-size': 13 }, periodText(i.period)),
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
  fill(byId('chart-baselines'), svg);
}
