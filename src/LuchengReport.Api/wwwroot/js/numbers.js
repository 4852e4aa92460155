// How the page writes a number: as the report words it, from the indicator's own fields.

import { h, isStated } from './dom.js';
import { urls } from './api.js';

/** “增长8%以上”, “1172.32亿元”, “不低于10%”, “增长6.5%–7%”: [before, number, after]. */
export function wording(i) {
  const unit = i.unit ?? '';
  let before = i.measure === 'change' ? (i.direction === 'down' ? '下降' : '增长') : '';
  let after = isStated(i.valueHigh) ? `${unit}–${i.valueHigh}${unit}` : unit;
  if (isStated(i.qualifier)) {
    // The qualifier goes where the source text puts it: after the number (以上, 以内, 左右) or before it (突破, 力争).
    if (i.sourceText.lastIndexOf(i.qualifier) > i.sourceText.indexOf(i.valueText)) after += i.qualifier;
    else before += i.qualifier;
  }
  return [before, i.valueText, after];
}

export const numberText = i => wording(i).join('');

/** The number as a link to its JSON, with the words it came from as the link's title. */
export function numberLink(i) {
  const [before, value, after] = wording(i);
  return h('a', { class: 'num', href: urls.indicator(i.id), 'data-indicator': i.id, title: `原文 Source: ${i.sourceText}` },
    before, h('b', {}, value), after);
}

/** A year or a span of years, as the API writes a dated period: "2015", "2016-2020". */
const DATED = /^\d{4}(-\d{4})?$/;

export const isDated = period => DATED.test(period);

/** A period for readers: “2015年”, “2016-2020年”; one the report does not date reads “时期未载明”. */
export const periodText = period => isDated(period) ? `${period}年` : '时期未载明';

/** The change from one value to the other: percentage points for rates, else per cent of the first value. */
export function change(from, to) {
  if (from.unit !== to.unit || !from.value) return '';
  const decimals = Math.max(...[from.valueText, to.valueText].map(t => (t.split('.')[1] ?? '').length));
  const signed = n => (n > 0 ? '+' : '') + n;
  if (from.unit === '%') return `${signed(Number((to.value - from.value).toFixed(decimals)))}个百分点`;
  if (from.unit === '‰') return `${signed(Number((to.value - from.value).toFixed(decimals)))}‰`;
  return `${signed(Number(((to.value - from.value) / from.value * 100).toFixed(1)))}%`;
}
