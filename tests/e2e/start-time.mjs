// A measurement, not a test: how long the real app takes from launch until the start page
// shows its data (the agreement expiring soon), through WebDriver under Xvfb, over the demo
// database. Run it as
//   xvfb-run -a node tests/e2e/start-time.mjs [runs]
import { demoDb, find, launch, startDriver, stopDriver } from './harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const db = demoDb('start');
await startDriver();
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const driver = await launch(db);
    await find(driver, 'expiring-row', 30000);
    times.push(performance.now() - t);
    await driver.quit();
  }
} finally {
  await stopDriver();
}
times.sort((a, b) => a - b);
console.log(`launch to start page with data, ${runs} runs: median ${times[Math.floor(runs / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[runs - 1].toFixed(0)} ms`);
