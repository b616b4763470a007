// Prints the tab's first-load JavaScript, gzipped. Run `npm run build:tab` first. Budget: 200 kB.
import { measureTabBundle } from "./tab-bundle-size";

const kb = (n: number) => (n / 1024).toFixed(1);
const s = measureTabBundle();
console.log(
  `tab first-load JS: ${kb(s.browserGzip)} kB gzipped in a browser, ${kb(s.teamsGzip)} kB inside Teams (with teams-js), ${kb(s.browserRaw)} kB raw, ${s.files} files (budget 200 kB gzipped)`,
);
console.log(
  `dashboard chunk (lazy, with charts): ${kb(s.dashboardGzip)} kB gzipped, loaded only on /tab/dashboard/…; charts in first load: ${s.chartsInFirstLoad ? "yes" : "no"}`,
);
