// Search the report: hits with their matches marked, as the API's search returns them.

import { api, query, urls } from './api.js';
import { byId, en, fill, h } from './dom.js';

const hitPaths = { paragraph: 'paragraphs', section: 'sections', indicator: 'indicators', project: 'projects' };
const hitTypes = { paragraph: '段落', section: '章节', indicator: '数字', project: '项目' };

/** The snippet is plain text with <mark></mark> around matches: split on exactly those tags, insert the rest as text. */
function snippet(text) {
  const p = h('p', { class: 'snippet' });
  let marked = false;
  for (const part of text.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) p.append(marked ? h('mark', {}, part) : part);
  }
  return p;
}

async function search(words, reportId) {
  const status = byId('search-status'), results = byId('search-results');
  status.textContent = '检索中… Searching…';
  const params = { q: words, report: reportId, limit: 20 };
  try {
    const page = await api(`/api/v1/search?${query(params)}`);
    status.replaceChildren(`“${words}”：共 ${page.total} 条结果`, page.total > page.items.length ? `，显示前 ${page.items.length} 条` : '', ' ',
      en(`${page.total} results`), ' · ', h('a', { href: `/api/v1/search?${query(params)}` }, 'JSON'));
    fill(results, page.items.map(hit => h('li', { 'data-type': hit.type },
      h('span', { class: 'type' }, hitTypes[hit.type] ?? hit.type),
      h('a', { href: hitPaths[hit.type] ? `/api/v1/${hitPaths[hit.type]}/${encodeURIComponent(hit.id)}` : urls.section(hit.sectionId) }, hit.title),
      snippet(hit.snippet))));
  } catch (error) {
    status.textContent = `检索失败 Search failed: ${error.message}`;
    results.replaceChildren();
  }
}

/** The form searches this report; the report and the words go into the page's address, so a search can be linked. */
export function wireSearch(reportId) {
  const form = byId('search-form'), input = byId('q');
  form.addEventListener('submit', event => {
    event.preventDefault();
    const words = input.value.trim();
    if (!words) return;
    history.replaceState(null, '', `?${query({ report: reportId, q: words })}#search`);
    search(words, reportId);
  });
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    search(asked, reportId);
  }
}
