// The REST API as the page uses it: GET only, same origin (the token, if any, travels in the
// HttpOnly cookie), problem details turned into the domain's own sentences.

export class ApiError extends Error {
  constructor(status, problems, title) {
    super(problems.length > 0 ? problems.map(describe).join('\n') : title);
    this.status = status;
    this.problems = problems;
  }
}

function describe(p) {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : (p.subject ? `${p.subject}: ` : '');
  return `${where}${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

const asked = new Map();

/** Starts a GET of <path> now; the next get() of the same address takes its answer instead of asking again. */
export function early(path) {
  if (asked.has(path)) return;
  const answer = fetchJson(path);
  answer.catch(() => { /* the view that takes it says the problem */ });
  asked.set(path, answer);
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') query.set(k, String(v));
  const url = query.size > 0 ? `${path}?${query}` : path;
  const started = asked.get(url);
  if (started) {
    asked.delete(url);
    return started;
  }
  return fetchJson(url);
}

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.problems ?? [], body?.detail ?? body?.title ?? `HTTP ${response.status}`);
  return { body, response };
}

let inputs = null;

/** The case's inputs (title, focal state, powers, scenarios, interests): asked once, shared by the views that need them. */
export function caseInputs() {
  inputs ??= get('/api/case/inputs').then(r => r.body, e => { inputs = null; throw e; });
  return inputs;
}

/** Every page of a paged list: follows the Link rel="next" headers, concatenating the list named. */
export async function getAll(path, params, listName) {
  const first = await get(path, { ...params, limit: 1000 });
  const body = first.body;
  let next = nextLink(first.response);
  while (next) {
    const response = await fetch(next, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const page = await response.json();
    if (!response.ok) throw new ApiError(response.status, page?.problems ?? [], page?.title ?? `HTTP ${response.status}`);
    body[listName] = body[listName].concat(page[listName]);
    next = nextLink(response);
  }
  return body;
}

function nextLink(response) {
  const link = response.headers.get('Link');
  const match = link && /<([^>]+)>;\s*rel="next"/.exec(link);
  return match ? match[1] : null;
}
