// One window per database file: launching the app again on a file that is open hands over to
// the running window and exits; a launch on another file opens normally. (The suite runs under
// dbus-run-session, which gives the app the session bus it finds other instances through.)

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { APP, TODAY, demoDb, eventually, find, launch, startDriver, stopDriver, textOf } from './harness.mjs';

before(startDriver);
after(stopDriver);

/** Resolves to the exit code of `child` if it exits within `ms`, else to 'running'. */
function exitWithin(child, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('running'), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test('a second launch on the same database exits; another database opens beside it', { timeout: 120000 }, async () => {
  assert.ok(process.env.DBUS_SESSION_BUS_ADDRESS, 'the end-to-end tests run under dbus-run-session');
  const db = demoDb('single');
  const driver = await launch(db);
  const others = [];
  try {
    await find(driver, 'nav-start');
    const env = { ...process.env, PARTNERDESK_TODAY: TODAY, PARTNERDESK_VIEWER: 'true' };
    const second = spawn(APP, ['--db', db], { env, stdio: 'ignore' });
    others.push(second);
    assert.equal(await exitWithin(second, 20000), 0, 'the second launch on the same file did not hand over');
    // The first window still works.
    await (await find(driver, 'nav-partners')).click();
    await eventually(driver, async () => /\b47\b/.test(await textOf(driver, 'partner-count')), 'the first window stopped working');

    const other = spawn(APP, ['--db', demoDb('single-other')], { env, stdio: 'ignore' });
    others.push(other);
    assert.equal(await exitWithin(other, 6000), 'running', 'a launch on another file was refused');
  } finally {
    for (const c of others) if (c.exitCode === null) c.kill('SIGTERM');
    await driver.quit();
  }
});
