// The parts of ECharts the dashboard draws with, bundled by esbuild at build time into one
// module (dist/echarts.esm.min.mjs, served as /assets/vendor/echarts.esm.min.mjs): line, bar and
// scatter charts on a canvas, with titles, axis tooltips, legends and zoom. The full library is
// 1.1 MB of script that Chromium must parse before the first chart is drawn; these parts are
// 0.57 MB. A view that needs another chart type or component adds it here.
import { use } from 'echarts/core';
import { LineChart, BarChart, ScatterChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent, LegendComponent, GridComponent, DataZoomComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, BarChart, ScatterChart, TitleComponent, TooltipComponent, LegendComponent, GridComponent, DataZoomComponent, CanvasRenderer]);

export { init, getInstanceByDom, version } from 'echarts/core';
