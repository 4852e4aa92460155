// Reading this site's public API. The page only asks what the API accepts: ids and filter values it took from the
// API's own answers, never a value guessed or written here (an unknown period, say, is a 400).

import { isStated } from './dom.js';

export class ApiError extends Error {
  constructor(path, status) {
    super(`${path}: HTTP ${status}`);
    this.status = status;
  }
}

export async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ApiError(path, response.status);
  return response.json();
}

/** A query string of the parameters that have a value. */
export const query = params => new URLSearchParams(Object.entries(params).filter(([, v]) => isStated(v))).toString();

const segment = encodeURIComponent;
export const urls = {
  report: id => `/api/v1/reports/${segment(id)}`,
  section: id => `/api/v1/sections/${segment(id)}`,
  paragraph: id => `/api/v1/paragraphs/${segment(id)}`,
  indicator: id => `/api/v1/indicators/${segment(id)}`,
  indicators: params => `/api/v1/indicators?${query(params)}`,
  targets: id => `/api/v1/reports/${segment(id)}/targets`,
  database: id => `/api/v1/downloads/${segment(id)}.db`,
};

/** The API's largest page. */
const PAGE_SIZE = 500;

/** Every item of a collection in document order: one request for a report's few hundred numbers, more if it has more. */
export async function everyItem(path, params) {
  const first = await api(`${path}?${query({ ...params, limit: PAGE_SIZE })}`);
  const offsets = [];
  for (let offset = PAGE_SIZE; offset < first.total; offset += PAGE_SIZE) offsets.push(offset);
  const rest = await Promise.all(offsets.map(offset => api(`${path}?${query({ ...params, limit: PAGE_SIZE, offset })}`)));
  return [first, ...rest].flatMap(page => page.items);
}

/** The report's numbers of each kind the page draws from: last year's results, this year's targets, baselines. */
export async function factsOf(reportId) {
  const [actual, target, baseline] = await Promise.all(['actual', 'target', 'baseline']
    .map(kind => everyItem('/api/v1/indicators', { report: reportId, kind })));
  return { actual, target, baseline };
}
