// Building the page from API answers. Strings always become text nodes, so text from the API is never read as
// markup; the only markup taken from it is the <mark></mark> pair in search snippets, split out in search.js.

const SVG = 'http://www.w3.org/2000/svg';

/** h('a', { href }, 'text', node): an HTML element; attributes that are null, undefined or false are left out. */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);
/** The same for SVG elements. */
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG, tag), attrs, children);

function build(node, attrs = {}, children = []) {
  for (const [name, value] of Object.entries(attrs ?? {}))
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  for (const child of children.flat(Infinity))
    if (child !== undefined && child !== null && child !== false) node.append(child instanceof Node ? child : String(child));
  return node;
}

export const en = text => h('span', { lang: 'en' }, text);
export const byId = id => document.getElementById(id);

/** A value the report states: not null, not absent, not blank. */
export const isStated = value => value !== null && value !== undefined && String(value).trim() !== '';

/** How a field the report does not state reads: never "null" or "undefined". */
export const notStated = () => h('span', { class: 'not-stated' }, '未载明 ', en('not stated'));

/** The value as shown (by `show`, text by default), or "未载明" when the report does not state it. */
export const statedOr = (value, show = String) => isStated(value) ? show(value) : notStated();

/** The one line a block shows instead of an empty table or chart. */
export const nothing = (zh, english) => h('p', { class: 'empty' }, zh, ' ', en(english));

export function fill(target, ...nodes) {
  target.replaceChildren(...nodes.flat());
  target.removeAttribute('aria-busy');
}

/** Says in the block that its requests failed, instead of leaving "Loading" behind. */
export function showFailure(target, error) {
  const message = h('p', { class: 'error' }, '加载失败 ', en('Could not load'), `: ${error.message}`);
  fill(target, target.tagName === 'TBODY' ? h('tr', {}, h('td', { colspan: 3 }, message)) : message);
}

/** Runs one block; a failure shows in that block alone. */
export async function block(target, work) {
  try {
    await work();
  } catch (error) {
    showFailure(target, error);
  }
}
