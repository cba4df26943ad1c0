// The options ranked, re-ranked as the analyst moves the scenario probabilities (normalised to
// sum to 1) and the interest weights (only the ratios count): each move asks /api/examine again
// (fewer draws, no sensitivities, the same seed, so a ranking moves only because an input did).
import { get, caseInputs } from './api.js';
import { el, data, fill, number, percent, status } from './dom.js';
import { chart, base } from './charts.js';

const Draws = 4000;
let inputs = null;
let pending = null;
let asked = 0;

export async function showOptions() {
  inputs = await caseInputs();
  fill('scenario-sliders', inputs.scenarios.map(s => slider('scenario', s.id, s.name, s.prior, 0, 1, 0.01)));
  fill('weight-sliders', inputs.interests.map(i => slider('interest', i.id, i.name, (i.weight_low + i.weight_high) / 2, 0, Math.max(1, 2 * i.weight_high), 0.01)));
  document.getElementById('options-reset').addEventListener('click', () => { reset(); examine(false); });
  await examine(false);
}

function slider(kind, id, name, value, min, max, step) {
  const input = el('input', { type: 'range', min, max, step, value, [`data-${kind}`]: id, 'aria-label': `${kind} ${id}` });
  input.dataset.initial = String(value);
  const shown = el('output', {}, number(value, 2));
  input.addEventListener('input', () => { shown.textContent = number(Number(input.value), 2); schedule(); });
  return el('label', { class: 'slider' }, data(name), input, shown);
}

function reset() {
  for (const input of document.querySelectorAll('#view-options input[type=range]')) {
    input.value = input.dataset.initial;
    input.dispatchEvent(new Event('input'));
  }
}

function schedule() {
  clearTimeout(pending);
  pending = setTimeout(() => examine(true).catch(e => status(e.message)), 200);
}

function moved(selector) {
  return [...document.querySelectorAll(selector)].some(i => Number(i.value) !== Number(i.dataset.initial));
}

async function examine(fromSliders) {
  const params = { draws: Draws, sensitivity: false };
  if (fromSliders && moved('input[data-scenario]')) {
    const values = [...document.querySelectorAll('input[data-scenario]')].map(i => [i.dataset.scenario, Number(i.value)]);
    const sum = values.reduce((t, [, v]) => t + v, 0);
    if (sum <= 0) { status('give at least one scenario a probability above zero'); return; }
    params.scenario_probabilities = values.map(([id, v]) => `${id}=${(v / sum).toFixed(6)}`).join(',');
  }
  if (fromSliders && moved('input[data-interest]'))
    params.weights = [...document.querySelectorAll('input[data-interest]')].map(i => `${i.dataset.interest}=${Number(i.value)}`).join(',');
  const ticket = ++asked;
  document.body.dataset.ranking = 'busy';
  const { body } = await get('/api/examine', params);
  if (ticket !== asked) return; // a later move already asked again
  status('');
  render(body);
  document.body.dataset.ranking = body.options.map(o => o.id).sort((x, y) => rankOf(body, x) - rankOf(body, y)).join(',');
}

function rankOf(body, id) {
  const o = body.options.find(x => x.id === id);
  return -o.expected_utility;
}

function render(body) {
  const ranked = [...body.options].sort((x, y) => y.expected_utility - x.expected_utility);
  const recommended = body.recommendation.option;
  fill('recommendation', 'Recommended: ', data(body.options.find(o => o.id === recommended)?.name ?? recommended),
    ` — probabilities from ${body.probability_source}`);
  const rows = ranked.map((o, i) => el('tr', { 'data-option': o.id, class: o.id === recommended ? 'recommended' : null },
    el('td', { class: 'num' }, String(i + 1)), el('td', {}, data(o.name)), el('td', { class: 'num' }, number(o.expected_utility)),
    el('td', { class: 'num' }, percent(o.p_best)), el('td', { class: 'num' }, percent(o.breach)), el('td', { class: 'num' }, number(o.expected_regret))));
  document.querySelector('#ranking tbody').replaceChildren(...rows);
  chart('options-chart').setOption({
    ...base('Expected utility (90% interval)'),
    tooltip: { trigger: 'item', renderMode: 'richText' },
    xAxis: { type: 'category', data: ranked.map(o => o.id) },
    yAxis: { type: 'value', scale: true },
    series: [
      { name: 'expected utility', type: 'bar', data: ranked.map(o => o.expected_utility) },
      { name: 'interval', type: 'scatter', symbol: 'rect', symbolSize: [18, 2], data: ranked.flatMap((o, i) => [[i, o.eu_low], [i, o.eu_high]]) },
    ],
  }, true);
}
