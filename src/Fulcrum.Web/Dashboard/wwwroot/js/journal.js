// The journal: every examination recorded, its probabilities over time, and what changed between
// any two entries. A new entry written by the server's loop is added without a reload.
import { get, getAll } from './api.js';
import { el, data, fill, status } from './dom.js';
import { chart, base } from './charts.js';

let loaded = false;

export async function showJournal() {
  document.getElementById('diff-form').addEventListener('submit', event => { event.preventDefault(); diff().catch(e => status(e.message)); });
  loaded = true;
  await refresh();
}

/** Told by the server that an entry was written: refresh the list if the view was opened. */
export async function entryWritten(notice) {
  document.body.dataset.lastEntry = String(notice.id);
  if (loaded) await refresh();
}

async function refresh() {
  let journal;
  try {
    journal = await getAll('/api/journal', {}, 'entries');
  } catch (e) {
    fill('diff', el('li', { class: 'nodata' }, e.message));
    return;
  }
  const entries = journal.entries;
  const rows = entries.map(e => el('tr', { 'data-entry': e.id },
    el('td', { class: 'num' }, String(e.id)), el('td', {}, e.time), el('td', {}, e.as_of), el('td', {}, data(e.recommendation ?? 'none')), el('td', {}, data(e.summary))));
  document.querySelector('#journal-list tbody').replaceChildren(...(rows.length > 0 ? rows : [el('tr', {}, el('td', { colspan: 5, class: 'nodata' }, 'the journal is empty'))]));
  const options = entries.map(e => el('option', { value: e.id }, `${e.id} (as of ${e.as_of})`));
  fill('diff-from', options.map(o => o.cloneNode(true)));
  fill('diff-to', options);
  if (entries.length >= 2) {
    document.getElementById('diff-from').value = String(entries[entries.length - 2].id);
    document.getElementById('diff-to').value = String(entries[entries.length - 1].id);
  }
  const scenarios = [...new Set(entries.flatMap(e => Object.keys(e.probabilities)))];
  chart('journal-chart').setOption({
    ...base('Scenario probabilities, entry by entry'),
    xAxis: { type: 'category', data: entries.map(e => `${e.id}`), name: 'entry' },
    yAxis: { type: 'value', min: 0, max: 1 },
    series: scenarios.map(s => ({ name: s, type: 'line', data: entries.map(e => e.probabilities[s] ?? null) })),
  }, true);
  document.body.dataset.journalEntries = String(entries.length);
}

async function diff() {
  const from = document.getElementById('diff-from').value;
  const to = document.getElementById('diff-to').value;
  if (!from || !to) return;
  const { body } = await get(`/api/journal/${encodeURIComponent(from)}/diff/${encodeURIComponent(to)}`);
  const lines = body.diff.summary ?? [];
  fill('diff', lines.length === 0 ? el('li', { class: 'nodata' }, 'nothing changed') : lines.map(line => el('li', {}, data(line))));
}
