// Which report the page is about, and what it is called. The page shows one report: the one `?report=<id>` names,
// else the first the API lists.

import { api, query, urls } from './api.js';
import { byId, en, h, isStated } from './dom.js';

/** The id the page's address asks for, or null (also for an empty ?report=). */
export const askedReportId = () => new URLSearchParams(location.search).get('report') || null;

/** The report to show: the one asked for (an unknown id throws the API's 404), else the first listed, else null. */
export async function chooseReport() {
  const asked = askedReportId();
  if (asked) return api(urls.report(asked));
  return (await api(`/api/v1/reports?${query({ limit: 1 })}`)).items[0] ?? null;
}

/** The report's name as its own data gives it: place, title and year, each only when stated and not already in the title. */
export function nameOf(report) {
  const title = isStated(report.title) ? report.title : '（标题未载明）';
  const place = isStated(report.place) && !title.includes(report.place) ? report.place : '';
  const year = Number.isInteger(report.year) && !title.includes(`${report.year}年`) ? `（${report.year}年）` : '';
  return `${place}${title}${year}`;
}

/** The page's title and heading name the report. */
export function nameThePage(report) {
  const name = nameOf(report);
  const english = `Government work report${Number.isInteger(report.year) ? ` for ${report.year}` : ''}, open data`;
  document.title = `${name} 开放数据 · ${english}`;
  byId('page-title').replaceChildren(name, ' ', h('span', { class: 'en', lang: 'en' }, english));
}

/** In place of the page's blocks: one clear message (no such report, no report at all) and where to look instead. */
export function showInstead(zh, english) {
  byId('page-title').replaceChildren(zh, ' ', h('span', { class: 'en', lang: 'en' }, english));
  document.querySelector('nav.jump-nav')?.remove();
  byId('main').replaceChildren(h('section', { id: 'missing', 'aria-labelledby': 'missing-h' },
    h('h2', { id: 'missing-h' }, zh, ' ', h('span', { class: 'en', lang: 'en' }, english)),
    h('p', { class: 'notice', role: 'alert' }, '本站收录的报告见 ', en('The reports this site holds: '),
      h('a', { href: '/api/v1/reports' }, '/api/v1/reports'), '；', h('a', { href: '/' }, '首页 ', en('front page')))));
}
