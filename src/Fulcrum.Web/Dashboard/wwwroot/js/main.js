// The dashboard: five views over the REST API, one shown at a time (the address's #hash names
// it), and, when the server runs the loop, the journal's new entries heard as server-sent events.
import { caseInputs, early } from './api.js';
import { status } from './dom.js';

// The first view's data and the case's inputs are asked for before the views' modules (and the
// charting library under them, about 1 MB of script) are loaded, so both happen at once.
const firstView = location.hash.slice(1) || 'balance';
if (firstView === 'balance') early('/api/balance');
caseInputs().catch(() => { /* said by start(), which awaits it again */ });
const { views, entryWritten } = await import('./views.js');
performance.mark('fulcrum:views-loaded'); // with the charting library: the browser test reports where the first view's time goes
const shown = new Set();

async function open(name) {
  if (!(name in views)) name = 'balance';
  for (const button of document.querySelectorAll('nav button')) button.setAttribute('aria-pressed', String(button.dataset.view === name));
  for (const section of document.querySelectorAll('.view')) section.hidden = section.id !== `view-${name}`;
  document.body.dataset.view = name;
  if (shown.has(name)) return;
  shown.add(name);
  try {
    await views[name]();
    document.body.dataset[`${name}Ready`] = 'true';
  } catch (e) {
    shown.delete(name);
    status(e.message);
  }
}

function listen() {
  const stream = new EventSource('/api/updates');
  stream.addEventListener('journal', async event => {
    const notice = JSON.parse(event.data);
    const live = document.getElementById('live');
    live.hidden = false;
    live.textContent = `new journal entry ${notice.id} (as of ${notice.as_of})`;
    try { await entryWritten(notice); } catch (e) { status(e.message); }
  });
  stream.addEventListener('open', () => { document.body.dataset.live = 'true'; });
}

async function start() {
  for (const button of document.querySelectorAll('nav button'))
    button.addEventListener('click', () => { location.hash = button.dataset.view; });
  window.addEventListener('hashchange', () => open(location.hash.slice(1)));
  // The title and the first view ask the server at the same time; each is drawn when its answer comes.
  const title = caseInputs().then(body => {
    document.getElementById('case-title').textContent = `— ${body.title}`;
    document.title = `Fulcrum — ${body.title}`;
  }, e => status(e.message));
  const first = open(firstView);
  listen();
  await Promise.all([title, first]);
}

start();
