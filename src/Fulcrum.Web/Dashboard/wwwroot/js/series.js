// A dyad's series from the store with its alarms; a click on a point lists the events behind it
// (most mentioned first) with their source links. Periods the store does not cover are gaps:
// no data, not zero.
import { get, getAll, caseInputs } from './api.js';
import { el, data, fill, number, sourceLink, status } from './dom.js';
import { chart, base } from './charts.js';

let current = null;

export async function showSeries() {
  const form = document.getElementById('series-form');
  form.addEventListener('submit', event => { event.preventDefault(); load().catch(e => status(e.message)); });
  document.getElementById('series-measure').addEventListener('change', () => current && draw());
  const c = chart('series-chart');
  c.on('click', params => {
    if (!current || params.dataIndex === undefined) return;
    const period = current.series.periods[params.dataIndex];
    if (period) listEvents(period).catch(e => status(e.message));
  });
  const inputs = await caseInputs();
  const a = document.getElementById('dyad-a');
  const b = document.getElementById('dyad-b');
  if (!a.value) a.value = inputs.focal;
  if (!b.value) b.value = inputs.powers[0] ?? '';
  await load();
}

async function load() {
  status('');
  const a = document.getElementById('dyad-a').value.trim().toUpperCase();
  const b = document.getElementById('dyad-b').value.trim().toUpperCase();
  const by = document.getElementById('series-by').value;
  const from = document.getElementById('series-from').value;
  const to = document.getElementById('series-to').value;
  const path = `/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  // The series and its alarms are asked at the same time; a problem with the alarms is shown in their list.
  let alarmsProblem = null;
  const [series, alarms] = await Promise.all([
    getAll(path, { by, from, to }, 'periods'),
    by === 'month' ? null : getAll(`${path}/alarms`, { by, from, to }, 'alarms').catch(e => { alarmsProblem = e.message; return null; }),
  ]);
  current = { a, b, series, alarms };
  draw();
  fill('alarms', alarms === null
    ? el('li', { class: 'nodata' }, alarmsProblem ?? 'alarms run on daily or weekly series')
    : alarms.alarms.length === 0 ? el('li', { class: 'nodata' }, 'no alarms')
      : alarms.alarms.map(x => el('li', { 'data-date': x.date }, `${x.date}: ${x.direction} ${x.meaning} (since ${x.onset}; ${x.method} statistic ${number(x.statistic, 2)} over ${number(x.threshold, 2)})`)));
  fill('events');
  document.body.dataset.seriesLoaded = `${a}-${b}`;
}

function draw() {
  const measure = document.getElementById('series-measure').value;
  const periods = current.series.periods;
  const index = new Map(periods.map((p, i) => [p.period_start, i]));
  const alarmPoints = (current.alarms?.alarms ?? [])
    .map(x => [index.get(periodOf(x.date, periods)), x])
    .filter(([i]) => i !== undefined)
    .map(([i, x]) => ({ value: [i, periods[i][measure] ?? 0], name: `${x.direction} ${x.meaning}` }));
  chart('series-chart').setOption({
    ...base(`${current.a}–${current.b}: ${measure} by ${current.series.by}`),
    tooltip: { trigger: 'item', renderMode: 'richText' },
    xAxis: { type: 'category', data: periods.map(p => p.period_start) },
    yAxis: { type: 'value', name: measure },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 4 }],
    series: [
      { name: measure, type: 'line', symbolSize: 7, connectNulls: false, data: periods.map(p => (p.covered ? p[measure] : null)) },
      { name: 'alarms', type: 'scatter', symbol: 'triangle', symbolSize: 14, itemStyle: { color: '#b42318' }, data: alarmPoints },
    ],
  }, true);
}

/** The period a date falls in. */
function periodOf(date, periods) {
  const p = periods.find(x => x.period_start <= date && date <= x.period_end);
  return p ? p.period_start : undefined;
}

async function listEvents(period) {
  const { a, b } = current;
  const { body } = await get(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}/events`, { from: period.period_start, to: period.period_end, limit: 50 });
  fill('events-title', `Events ${a}–${b} from ${body.from} to ${body.to}: ${body.total} in all, the ${body.events.length} most mentioned`);
  fill('events', body.events.length === 0 ? el('li', { class: 'nodata' }, 'no events in this period') : body.events.map(e =>
    el('li', { 'data-event': e.id },
      `${e.date} `, data(e.actor1_name ?? e.actor1), ` (${e.actor1}) → `, data(e.actor2_name ?? e.actor2), ` (${e.actor2}): `,
      data(e.description), ` [${e.event_code}], Goldstein ${number(e.goldstein, 1)}, ${e.num_mentions ?? 'no'} mentions — `, sourceLink(e.source_url))));
  document.body.dataset.eventsShown = String(body.events.length);
}
