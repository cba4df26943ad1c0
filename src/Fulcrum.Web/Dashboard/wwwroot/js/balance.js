// The balance sheet: the focal state's fast and slow relation with each power (z-scores against
// a trailing baseline), the tilt between the two, and the tolerance bands.
import { get } from './api.js';
import { el, data, fill, number } from './dom.js';
import { chart, base } from './charts.js';

export async function showBalance() {
  const { body } = await get('/api/balance');
  performance.mark('fulcrum:balance-answered');
  fill('balance-summary', `${body.focal} between ${body.powers.join(' and ')}, as of ${body.as_of}` + (body.tilt ? `; tilt = ${body.tilt}` : ''));
  draw('balance-fast', `Fast: ${body.fast.measure} by ${body.fast.period}`, body.fast, body.powers);
  performance.mark('fulcrum:balance-fast-drawn');
  draw('balance-slow', `Slow: ${body.slow.measure} by ${body.slow.period}`, body.slow, body.powers);
  performance.mark('fulcrum:balance-drawn');
  const items = body.bands.map(b => el('li', {}, data(b.name), ` (${b.power}): `,
    b.drawable ? `${b.relation} ${b.below ? 'below' : 'above'} ${number(b.threshold, 2)}` : el('span', { class: 'nodata' }, b.note ?? 'cannot be drawn')));
  for (const track of [body.fast, body.slow])
    for (const s of track.series) if (s.missing) items.push(el('li', { class: 'nodata' }, `${s.power}: `, data(s.missing)));
  fill('balance-bands', items.length > 0 ? items : el('li', { class: 'nodata' }, 'the case states no tolerances'));
}

function draw(id, title, track, powers) {
  const dates = track.rows.map(r => r.date);
  const series = powers.map(p => ({
    name: `z(${p})`, type: 'line', showSymbol: false, connectNulls: false,
    data: track.rows.map(r => r.relations[p]?.z ?? null),
  }));
  series.push({ name: 'tilt', type: 'line', showSymbol: false, lineStyle: { type: 'dashed' }, data: track.rows.map(r => r.tilt ?? null) });
  chart(id).setOption({
    ...base(title),
    xAxis: { type: 'category', data: dates },
    yAxis: { type: 'value', name: 'z' },
    dataZoom: [{ type: 'inside' }],
    series,
  }, true);
}
