// The five views, each drawn by its own module; loaded by main.js after it has asked the server
// for the first view's data, so the charting library loads while the server answers.
import { showBalance } from './balance.js';
import { showSignposts } from './signposts.js';
import { showSeries } from './series.js';
import { showOptions } from './options.js';
import { showJournal, entryWritten } from './journal.js';

export const views = { balance: showBalance, signposts: showSignposts, series: showSeries, options: showOptions, journal: showJournal };
export { entryWritten };
