// Building the page from data without ever parsing data as markup: every text goes in through
// textContent, every attribute through setAttribute on known names, and a source URL becomes a
// link only when it is http or https. Event data (actor names, URLs) is untrusted input.

/** An element with attributes and children (strings become text nodes, never HTML). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Data text, isolated so that direction overrides in it cannot reorder the text around it. */
export function data(text) {
  return el('bdi', { class: 'data' }, text ?? '');
}

/** The URL if it is an absolute http(s) URL, else null (javascript:, data:, relative paths...). */
export function safeHttpUrl(text) {
  if (typeof text !== 'string' || text.length > 2048) return null;
  let url;
  try { url = new URL(text); } catch { return null; }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** A link to a source for an http(s) URL; anything else is shown as inert text. */
export function sourceLink(text) {
  const href = safeHttpUrl(text);
  if (!text) return el('span', { class: 'nodata' }, 'no source');
  // A scheme that is not http(s) (javascript:, data:, ...) is said to be one; a plain citation is just text.
  if (href === null) return /^\s*[a-z][a-z0-9+.-]*:/i.test(text) ? el('span', { class: 'data unsafe-url' }, '(not a web link) ', data(text)) : data(text);
  return el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'source' }, data(href));
}

/** Replaces the children of the element with the given id. */
export function fill(id, ...children) {
  const node = document.getElementById(id);
  node.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined));
  return node;
}

export function number(value, digits = 3) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : (value === null || value === undefined ? 'no data' : String(value));
}

export function percent(value) {
  return typeof value === 'number' && Number.isFinite(value) ? `${(100 * value).toFixed(1)}%` : 'no data';
}

/** The page's one line of trouble (problem details in words), or nothing. */
export function status(text) {
  document.getElementById('status').textContent = text ?? '';
}
