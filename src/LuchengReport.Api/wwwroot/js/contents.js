// The contents: every section, nested, each linking to its JSON.

import { urls } from './api.js';
import { byId, fill, h, isStated } from './dom.js';

/** A section as the report heads it: “一、title” for a part, “（一）title” for an item, else the title alone. */
export function sectionLabel(n) {
  if (!isStated(n.number)) return n.title;
  return n.level === 'part' ? `${n.number}、${n.title}` : n.level === 'item' ? `（${n.number}）${n.title}` : n.title;
}

export function drawContents(contents) {
  const list = nodes => h('ol', {}, nodes.map(n => h('li', {},
    h('a', { href: urls.section(n.id) }, sectionLabel(n)), ' ', h('span', { class: 'count' }, `${n.paragraphCount}段`),
    n.children.length ? list(n.children) : null)));
  fill(byId('toc'), list(contents.sections));
}
