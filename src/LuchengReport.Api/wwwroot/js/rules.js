// Which facts the page shows, chosen by rules over the report's own data. Nothing about one report is written here:
// not its years, not which part reviews the past year or plans the next.

import { everyItem, urls } from './api.js';

/** A single year ("2022"), not a span such as "2021-2025". */
const SINGLE_YEAR = /^\d{4}$/;

/**
 * The years the page speaks of. A report's year is its plan year (its targets are for it); its results are for the
 * year before. A report that states no year is dated by its facts: the single year most of its targets are for, and
 * the single year most of its results are for.
 */
export function yearsOf(report, facts) {
  if (Number.isInteger(report.year)) return { plan: String(report.year), results: String(report.year - 1) };
  return { plan: commonestYear(facts.target), results: commonestYear(facts.actual) };
}

const commonestYear = facts => commonest(facts.map(i => i.period).filter(period => SINGLE_YEAR.test(period)));

/** The value that occurs most often (of those tied, the one that occurs first), or null when there is none. */
function commonest(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)) best = value;
  return best;
}

export const resultsOf = (facts, years) => facts.actual.filter(i => i.period === years.results);
export const targetsOf = (facts, years) => facts.target.filter(i => i.period === years.plan);

/** Each section id → its node and its top-level section (a part, the preamble), from the table of contents. */
export function sectionIndex(contents) {
  const index = new Map();
  const walk = (node, top) => {
    index.set(node.id, { node, top });
    node.children.forEach(child => walk(child, top));
  };
  contents.sections.forEach(top => walk(top, top));
  return index;
}

/**
 * The top-level section that holds the most of these facts (the first on a tie), or null when there are none: the
 * part that holds most of last year's results is the review, the one that holds most of this year's targets the plan.
 */
export const partHolding = (facts, index) => commonest(facts.map(i => index.get(i.sectionId)?.top).filter(Boolean));

/** The facts of the first paragraph (in document order, the API's order) in that part. */
function firstParagraphIn(part, facts, index) {
  const inPart = facts.filter(i => index.get(i.sectionId)?.top === part);
  return inPart.filter(i => i.paragraphId === inPart[0]?.paragraphId);
}

/** Last year's headline results: the first paragraph of the review that states results for the results year. */
export function headlineResults(facts, years, index) {
  const results = resultsOf(facts, years), part = partHolding(results, index);
  return { part, facts: firstParagraphIn(part, results, index) };
}

/**
 * This year's main targets: those the report states as its main expected targets (主要预期目标, as the API reads
 * them: /api/v1/reports/{id}/targets); for a report that states none, the first paragraph of the plan that states
 * targets for the plan year.
 */
export async function mainTargets(report, facts, years, index) {
  const stated = await everyItem(urls.targets(report.id), {});
  if (stated.length) return { part: partHolding(stated, index), facts: stated };
  const targets = targetsOf(facts, years), part = partHolding(targets, index);
  return { part, facts: firstParagraphIn(part, targets, index) };
}
