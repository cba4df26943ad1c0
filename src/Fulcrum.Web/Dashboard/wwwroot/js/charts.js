// ECharts, served by this server from the npm package embedded at build time. Tooltips render
// on the canvas (richText), so no data text is ever put into the page as HTML.
import * as echarts from '/assets/vendor/echarts.esm.min.mjs';

const charts = new Map();

export function chart(id) {
  let c = charts.get(id);
  if (!c) {
    c = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    charts.set(id, c);
    window.addEventListener('resize', () => c.resize());
  }
  return c;
}

/** Options every chart shares: canvas tooltips, a legend, room for the axes. */
export function base(title) {
  return {
    title: { text: title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0, right: 0, type: 'scroll' },
    grid: { left: 60, right: 30, top: 40, bottom: 40 },
    animation: false,
  };
}
