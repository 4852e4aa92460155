// The front page: one report, drawn block by block from this site's public API. The page only chooses which facts
// to show, by the rules in rules.js, and never holds a number, a name or a year of its own.

import { ApiError, api, factsOf, urls } from './api.js';
import { block, byId, showFailure } from './dom.js';
import { askedReportId, chooseReport, nameThePage, showInstead } from './report.js';
import { drawCover } from './cover.js';
import { headlineResults, mainTargets, sectionIndex, targetsOf, yearsOf } from './rules.js';
import { drawHeadline } from './headline.js';
import { drawBaselines } from './chart-baselines.js';
import { drawTargetsByItem } from './chart-targets.js';
import { drawContents } from './contents.js';
import { drawCurlLines, drawDownloads } from './downloads.js';
import { wireSearch } from './search.js';

/** The report, or null after saying on the page why there is none to show. */
async function reportOrSayWhy() {
  try {
    const report = await chooseReport();
    if (!report) showInstead('本站还没有报告', 'No report is loaded yet');
    return report;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    showInstead(`没有编号为“${askedReportId()}”的报告`, `No report has the id “${askedReportId()}”`);
    return null;
  }
}

async function start() {
  const report = await reportOrSayWhy();
  if (!report) return;
  nameThePage(report);
  wireSearch(report.id);

  // Each request once; the blocks that need it wait for it, and a block whose requests fail says so alone.
  const contents = api(`${urls.report(report.id)}/contents`);
  const facts = factsOf(report.id);
  const pkg = api('/datapackage.json'), health = api('/healthz');
  const total = api(urls.indicators({ report: report.id, limit: 1 })).then(page => page.total);
  const ready = Promise.all([contents, facts]).then(async ([contents, facts]) => {
    const years = yearsOf(report, facts), index = sectionIndex(contents);
    const results = headlineResults(facts, years, index), targets = await mainTargets(report, facts, years, index);
    return { contents, facts, years, index, results, targets };
  });

  await Promise.all([
    block(byId('facts'), async () => drawCover(report, ...await Promise.all([total, pkg, health]))),
    block(byId('headline-table').tBodies[0], async () => {
      const { results, targets, years } = await ready;
      drawHeadline(results, targets, years);
    }),
    block(byId('chart-baselines'), async () => drawBaselines(await facts)),
    block(byId('chart-targets'), async () => {
      const { facts, years, index } = await ready;
      drawTargetsByItem(report, facts, years, index);
    }),
    block(byId('toc'), async () => drawContents(await contents)),
    block(byId('csv-links'), async () => drawDownloads(report, await pkg)),
    block(byId('curl-lines'), async () => {
      const { facts, years, results, targets } = await ready;
      const word = [...targets.facts, ...results.facts][0]?.subject ?? '政府';
      drawCurlLines(report, { planTargets: targetsOf(facts, years), years, word });
    }),
  ]);
}

start()
  .catch(error => showFailure(byId('facts'), error)) // the report itself could not be read
  .finally(() => { document.body.dataset.ready = 'true'; });
