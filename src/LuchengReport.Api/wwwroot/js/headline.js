// Headline numbers: last year's results beside this year's main targets, one row per subject in the order the
// report names them. Which paragraphs: see rules.js (headlineResults, mainTargets).

import { urls } from './api.js';
import { byId, en, fill, h, nothing } from './dom.js';
import { numberLink } from './numbers.js';
import { sectionLabel } from './contents.js';

/** The years in the heading and column heads: “2020年实绩”, or the generic words when the report gives no year. */
function nameTheYears(years) {
  const results = years.results ? `${years.results}年实绩` : '上一年实绩', plan = years.plan ? `${years.plan}年目标` : '本年目标';
  byId('headline-years').textContent = `：${results}与${plan}`;
  byId('col-results').replaceChildren(results, ' ', en(years.results ? `${years.results} results` : "Last year's results"));
  byId('col-targets').replaceChildren(plan, ' ', en(years.plan ? `${years.plan} targets` : "This year's targets"));
}

/** Under each column head, a link to the paragraph its numbers come from. */
function sourceParagraph(facts, columnId) {
  if (facts.length) byId(columnId).append(h('a', { class: 'para-link', href: urls.paragraph(facts[0].paragraphId) },
    '原文段落 ', en('source paragraph'), ` (${facts[0].paragraphId})`));
}

/** Which parts the rule found, named as the report heads them. */
function nameTheParts(results, targets) {
  const named = [[results.part, '实绩'], [targets.part, '目标']].filter(([part]) => part)
    .map(([part, what]) => `${what}取自“${sectionLabel(part)}”`);
  if (named.length) byId('headline-parts').replaceChildren(`本报告：${named.join('；')}。`, ' ', en('In this report, from the parts named.'));
}

export function drawHeadline(results, targets, years) {
  nameTheYears(years);
  nameTheParts(results, targets);
  const body = byId('headline-table').tBodies[0];
  if (!results.facts.length && !targets.facts.length) {
    fill(body, h('tr', {}, h('td', { colspan: 3 }, nothing('本报告没有可按此规则列出的实绩或目标。', 'This report states no results or targets this rule can show.'))));
    return;
  }
  const subjects = new Map([...results.facts, ...targets.facts].map(i => [i.subjectKey, i.subject]));
  const cell = list => list.length ? h('td', {}, list.map(numberLink))
    : h('td', { class: 'none' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, '该段未列出 Not in this paragraph'));
  fill(body, [...subjects].map(([key, subject]) => h('tr', { 'data-subject': key },
    h('th', { scope: 'row', class: 'subject' }, subject),
    cell(results.facts.filter(i => i.subjectKey === key)),
    cell(targets.facts.filter(i => i.subjectKey === key)))));
  sourceParagraph(results.facts, 'col-results');
  sourceParagraph(targets.facts, 'col-targets');
}
