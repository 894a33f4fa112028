// A measurement, not a test: how long the real app takes from launch until the partner list
// is on screen, through WebDriver under Xvfb, over a demo database. Run it as
//   xvfb-run -a node tests/e2e/start-time.mjs [runs]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { find, launch, startDriver, stopDriver, tempDb } from './harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const db = tempDb('start');
const cli = path.join(path.dirname(process.env.PARTNERDESK_APP ?? path.resolve(import.meta.dirname, '../../target/debug/partnerdesk')), 'partnerdesk-cli');
execFileSync(cli, ['demo', '--db', db]);
await startDriver();
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const driver = await launch(db);
    await find(driver, 'partner-row', 30000);
    times.push(performance.now() - t);
    await driver.quit();
  }
} finally {
  await stopDriver();
}
times.sort((a, b) => a - b);
console.log(`start to first rows over ${runs} runs: median ${times[Math.floor(runs / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[runs - 1].toFixed(0)} ms`);
