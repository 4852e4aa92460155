// Where the report's text comes from, as its provenance record says (`provenance` on /api/v1/reports/{id}):
// source address, publisher, licence statement, date retrieved, note. The record may be absent or null, and any
// of its fields null; what it does not say reads "未载明".

import { en, h, isStated, statedOr } from './dom.js';

/** Only a web address becomes a link (never javascript: or data:); it leaves the site, so it says so. */
function sourceLink(address) {
  let url;
  try { url = new URL(address); } catch { return address; }
  return url.protocol === 'https:' || url.protocol === 'http:'
    ? h('a', { href: url.href, rel: 'external noopener noreferrer', class: 'external' }, address)
    : address;
}

/** The rows of the provenance record, for the "what this is" list: [zh, english, value] each. */
export function provenanceRows(provenance) {
  const p = provenance ?? {};
  return [
    ['来源', 'Source', statedOr(p.sourceUrl, sourceLink)],
    ['来源发布者', 'Source publisher', statedOr(p.publisher)],
    ['许可', 'Licence', statedOr(p.licence)],
    ['取得日期', 'Retrieved', statedOr(p.retrievedOn)],
    ['说明', 'Note', isStated(provenance)
      ? statedOr(p.note)
      : h('span', { class: 'not-stated' }, '本报告没有来源记录 ', en('No provenance is recorded for this report'))],
  ];
}
