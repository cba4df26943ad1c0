// The signposts as of the case's date: each one's state, since when and why, the events behind
// a fired alarm (with their sources), and each scenario's prior against its posterior.
import { get } from './api.js';
import { el, data, fill, percent, sourceLink } from './dom.js';
import { chart, base } from './charts.js';

export async function showSignposts() {
  const { body } = await get('/api/signposts');
  fill('signposts-summary', `As of ${body.as_of}` + (body.moved_by.length > 0 ? `; the probabilities moved by ${body.moved_by.join(', ')}` : '; no signpost moved the probabilities'));
  const rows = body.signposts.map(s => el('tr', { 'data-signpost': s.id, class: `state-${s.state}` },
    el('td', {}, data(s.name)), el('td', {}, s.state), el('td', {}, s.since ?? ''), el('td', {}, data(s.reason)), el('td', {}, evidence(s))));
  document.querySelector('#signposts tbody').replaceChildren(...(rows.length > 0 ? rows : [el('tr', {}, el('td', { colspan: 5, class: 'nodata' }, 'the case has no signposts'))]));
  chart('signposts-chart').setOption({
    ...base('Prior and posterior of each scenario'),
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: body.scenarios.map(s => s.id) },
    yAxis: { type: 'value', min: 0, max: 1 },
    series: [
      { name: 'prior', type: 'bar', data: body.scenarios.map(s => s.prior) },
      { name: 'posterior', type: 'bar', data: body.scenarios.map(s => s.posterior) },
    ],
  }, true);
  fill('signposts-scenarios', body.scenarios.map(s => el('li', {}, data(s.name), `: ${percent(s.prior)} → ${percent(s.posterior)}`)));
}

function evidence(s) {
  const events = s.evidence.alarm?.evidence?.events ?? [];
  if (s.evidence.observation) return el('span', {}, data(s.evidence.observation.note), ' — ', sourceLink(s.evidence.observation.source));
  if (events.length === 0) return el('span', { class: 'nodata' }, s.evidence.alarm ? 'no events behind the alarm' : '');
  return el('ul', {}, events.slice(0, 5).map(e => el('li', {}, `${e.date} `, data(e.actor1_name ?? e.actor1), ' → ', data(e.actor2_name ?? e.actor2), ': ',
    data(e.description), ' — ', sourceLink(e.source_url))));
}
