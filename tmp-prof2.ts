import { startTestServer } from "./tests/support/test-server";
const cpu0 = process.cpuUsage();
let t = performance.now();
const lap = (n: string) => { const c = process.cpuUsage(cpu0); console.log(n, (performance.now() - t).toFixed(0), "ms wall; cpu", ((c.user + c.system) / 1000).toFixed(0)); t = performance.now(); };
lap("imports");
for (let i = 0; i < 3; i++) {
  const s = await startTestServer({ log: (m) => console.log("  log:", m) } as any); lap("start");
  await s.dispose(); lap("dispose");
}
